import type { Db } from "../../db/db";
import { listFollowUpOutcomes } from "../../db/queries/follow-ups";
import { followUpProgress } from "../scoring/follow-up";
import { localDate } from "../survey/local-date";

/**
 * A unit's RTL of a year as PEKPPP and the LKE score it: rows planned and done, the share done, and the
 * slowest completion in months. A row's clock starts at the Forum Konsultasi Publik that agreed it when
 * linked (the plan is agreed after the SKM report), else on the day it was recorded, in the unit's calendar.
 */
export async function followUpOutcomes(db: Db, unit: { id: string; timeZone: string }, year: string) {
  const rows = await listFollowUpOutcomes(db, unit.id, year);
  return followUpProgress(
    rows.map((r) => ({
      status: r.status,
      start: r.forumHeldOn ?? localDate(r.createdAt, unit.timeZone),
      doneOn: r.doneOn,
    })),
  );
}
