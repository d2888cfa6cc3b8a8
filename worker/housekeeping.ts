import type { Db } from "../db/db";
import { purgeExpiredRateBuckets } from "../db/queries/rate-buckets";
import { purgeExpiredSessions } from "../db/queries/users";
import { SYSTEM_ACTOR } from "./actions/action";
import { enforceRetention } from "./actions/data";
import { announceOverdueFollowUps } from "./actions/overdue-follow-ups";

/**
 * The hourly chores of both entries: spent rate counters and sessions, each organization's retention,
 * and followup.overdue events (the dispatcher sends them).
 */
export async function housekeeping(db: Db, now: number) {
  await purgeExpiredRateBuckets(db, now);
  await purgeExpiredSessions(db, now);
  await enforceRetention(db, SYSTEM_ACTOR, now);
  await announceOverdueFollowUps(db, now);
}
