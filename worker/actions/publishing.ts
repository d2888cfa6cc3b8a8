import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import { outboxEventInsert } from "../../db/queries/outbox";
import { insertSnapshot, latestSnapshotVersion } from "../../db/queries/publications";
import { randomId } from "../crypto";
import { AppError } from "../errors";
import type { PublicationFlag } from "../publication/flags";
import { buildSnapshot } from "../publication/snapshot";
import { audit, commit, isUniqueViolation, validated, type Actor } from "./action";

const publication = z.object({
  unitId: z.string(),
  period: z.string(),
  confirm: z.boolean().default(false),
  /** Where the public pages live (PUBLIC_URL or the request's origin), for the period.published event's link. */
  publicBase: z.string().optional(),
});

/** Publishing was not confirmed although the period is running or its sample is short: nothing written. */
export class NeedsConfirmation extends AppError {
  constructor(readonly reasons: PublicationFlag[]) {
    super("NEEDS_CONFIRMATION", `Publishing needs --confirm: ${reasons.join(", ")}`, {
      localized: {
        id: "Publikasi periode ini perlu konfirmasi.",
        en: `Publishing this period needs a confirmation (${reasons.join(", ")}).`,
      },
    });
  }
}

/**
 * Freezes a unit's results for a period as its next version, with the audit row in the same batch.
 * Later responses or setting changes never touch a snapshot; publishing again adds a version. A running
 * period or a short sample is published only when confirmed, and the snapshot says so in its flags.
 */
export async function publish(db: Db, actor: Actor, input: z.input<typeof publication>, now: number) {
  const p = validated(publication, input);
  const built = await buildSnapshot(db, { unitId: p.unitId, period: p.period, now });
  if (built.flags.length > 0 && !p.confirm) throw new NeedsConfirmation(built.flags);
  const code = (await getUnit(db, built.unitId))?.code ?? built.unitId;
  const url = `${(p.publicBase ?? "").replace(/\/$/, "")}/p/${encodeURIComponent(code)}`;
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
        outboxEventInsert(db, {
          id: `msg_publish_${built.unitId}_${built.period}_v${version}`,
          orgId: built.orgId,
          unitId: built.unitId,
          type: "period.published",
          data: { unitId: built.unitId, period: built.period, version, url },
          createdAt: now,
        }),
        audit(db, actor, built.orgId, now, {
          action: "publish",
          target: built.unitId,
          detail: `${built.period} v${version}${built.flags.length ? ` ${built.flags.join(",")}` : ""}`,
        }),
      ]);
      return { unitId: built.unitId, period: built.period, version, flags: built.flags };
    } catch (err) {
      if (attempt >= 3 || !isUniqueViolation(err)) throw err;
    }
  }
}
