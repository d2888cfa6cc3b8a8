import * as z from "zod";
import type { Db } from "../../db/db";
import { insertSnapshot, latestSnapshotVersion } from "../../db/queries/publications";
import { randomId } from "../crypto";
import { buildSnapshot } from "../publication/snapshot";
import { audit, commit, isUniqueViolation, validated, type Actor } from "./action";

const publication = z.object({ unitId: z.string(), period: z.string() });

/**
 * Freezes a unit's results for a period as its next version, with the audit row in the same batch.
 * Later responses or setting changes never touch a snapshot; publishing again adds a version.
 */
export async function publish(db: Db, actor: Actor, input: z.input<typeof publication>, now: number) {
  const p = validated(publication, input);
  const built = await buildSnapshot(db, { unitId: p.unitId, period: p.period, now });
  // Two publications of one period at the same moment: the later finds its version taken and takes the next.
  for (let attempt = 1; ; attempt++) {
    const version = (await latestSnapshotVersion(db, built.unitId, built.period)) + 1;
    try {
      await commit(db, [
        insertSnapshot(db, {
          id: randomId(),
          unitId: built.unitId,
          period: built.period,
          version,
          publishedAt: now,
          publishedBy: actor.name,
          data: built.data,
        }),
        audit(db, actor, built.orgId, now, {
          action: "publish",
          target: built.unitId,
          detail: `${built.period} v${version}`,
        }),
      ]);
      return { unitId: built.unitId, period: built.period, version };
    } catch (err) {
      if (attempt >= 3 || !isUniqueViolation(err)) throw err;
    }
  }
}
