import type { Db } from "../../db/db";
import { outboxEventInsert } from "../../db/queries/outbox";
import { listOverdueCandidates, markOverdueNotified } from "../../db/queries/overdue-follow-ups";
import { localDate } from "../survey/local-date";
import { commit, isUniqueViolation } from "./action";

// Kiritimati (UTC+14) is the furthest-ahead zone: no unit's today is later than this.
const MAX_ZONE_AHEAD_SECONDS = 14 * 3600;

/**
 * The hourly chores' part for webhooks: a followup.overdue event for each follow-up whose due date has
 * passed in its unit's zone and that is not done, in one batch with the mark that it was announced.
 */
export async function announceOverdueFollowUps(db: Db, now: number): Promise<number> {
  const candidates = await listOverdueCandidates(db, localDate(now + MAX_ZONE_AHEAD_SECONDS, "UTC"));
  let announced = 0;
  for (const f of candidates) {
    // Overdue: the due day has ended where the unit is.
    if (f.dueDate === null || f.dueDate >= localDate(now, f.timeZone)) continue;
    const data = { unitId: f.unitId, followUpId: f.id, period: f.period, item: f.item, dueDate: f.dueDate };
    try {
      await commit(db, [
        markOverdueNotified(db, f.id, now),
        // One id per follow-up: a second chore running at the same moment fails whole instead of announcing twice.
        outboxEventInsert(db, {
          id: `msg_overdue_${f.id}`,
          orgId: f.orgId,
          unitId: f.unitId,
          type: "followup.overdue",
          data,
          createdAt: now,
        }),
      ]);
      announced += 1;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  return announced;
}
