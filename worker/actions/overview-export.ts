import type { Db } from "../../db/db";
import { audit, commit, type Actor } from "./action";

/** The overview's export is a read, but who took the instansi's figures out, and which, is logged. */
export async function recordOverviewExport(
  db: Db,
  actor: Actor,
  e: { orgId: string; format: "csv" | "xlsx"; view: string; period: string; scopeUnitId: string | null },
  now: number,
) {
  await commit(db, [
    audit(db, actor, e.orgId, now, {
      action: "export.overview",
      target: e.scopeUnitId,
      detail: `${e.format} ${e.view} ${e.period}`,
    }),
  ]);
}
