import type { Db } from "../db/db";
import { deleteResponsesBefore, listOrganizationsForRetention } from "../db/queries/retention";
import { monthsBefore } from "./indices/period";
import { parseOrgSettings } from "./settings";
import { localDate } from "./survey/local-date";

/**
 * Enforces each organization's retention setting (UU 27/2022: keep personal data no longer than
 * needed): responses older than `retentionMonths` in the organization's calendar are deleted.
 */
export async function enforceRetention(db: Db, now: number) {
  const results: { orgId: string; cutoff: string; deleted: number }[] = [];
  for (const org of await listOrganizationsForRetention(db)) {
    const cutoff = monthsBefore(localDate(now, org.timeZone), parseOrgSettings(org.settings).retentionMonths);
    results.push({ orgId: org.id, cutoff, deleted: await deleteResponsesBefore(db, org.id, cutoff) });
  }
  return results;
}
