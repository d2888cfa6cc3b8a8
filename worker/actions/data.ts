import type { Db } from "../../db/db";
import { countResponsesBefore, deleteResponsesBefore, listOrganizationsForRetention } from "../../db/queries/retention";
import { repairStatements } from "../../db/queries/rollups";
import { listUnitsWithOrgSettings } from "../../db/queries/units";
import { monthsBefore } from "../indices/period";
import { verifyRollups } from "../indices/verify";
import { parseOrgSettings } from "../settings";
import { localDate } from "../survey/local-date";
import { audit, commit, type Actor } from "./action";

/**
 * Enforces each organization's retention setting (UU 27/2022: keep personal data no longer than
 * needed): responses older than `retentionMonths` in the organization's calendar are deleted, with an
 * audit row saying how many, in one batch per organization. Nothing deleted, nothing logged.
 */
export async function enforceRetention(db: Db, actor: Actor, now: number) {
  const results: { orgId: string; cutoff: string; deleted: number }[] = [];
  for (const org of await listOrganizationsForRetention(db)) {
    const cutoff = monthsBefore(localDate(now, org.timeZone), parseOrgSettings(org.settings).retentionMonths);
    const deleted = await countResponsesBefore(db, org.id, cutoff);
    if (deleted > 0)
      await commit(db, [
        ...deleteResponsesBefore(db, org.id, cutoff),
        audit(db, actor, org.id, now, { action: "retention.delete", detail: `${deleted} before ${cutoff}` }),
      ]);
    results.push({ orgId: org.id, cutoff, deleted });
  }
  return results;
}

/**
 * Writes what a recount of the raw answers says wherever a rollup differs, with an audit row for each
 * organization whose figures changed; returns what it repaired.
 */
export async function rebuildRollups(db: Db, actor: Actor, now: number) {
  const differences = await verifyRollups(db, now);
  if (differences.length === 0) return differences;
  const orgOf = new Map((await listUnitsWithOrgSettings(db)).map((u) => [u.unitId, u.orgId]));
  const perOrg = new Map<string, number>();
  for (const d of differences) {
    const orgId = orgOf.get((d.expected ?? d.stored)!.unitId);
    if (orgId) perOrg.set(orgId, (perOrg.get(orgId) ?? 0) + 1);
  }
  await commit(db, [
    ...repairStatements(db, differences),
    ...[...perOrg].map(([orgId, n]) => audit(db, actor, orgId, now, { action: "rollups.repair", detail: `${n} rows` })),
  ]);
  return differences;
}

/** An export is a read, but who took which unit's responses out is logged. */
export async function recordExport(
  db: Db,
  actor: Actor,
  e: { orgId: string; unitId: string; format: string; period: string },
  now: number,
) {
  await commit(db, [
    audit(db, actor, e.orgId, now, { action: `export.${e.format}`, target: e.unitId, detail: e.period }),
  ]);
}
