import type { Db } from "../db/db";
import { purgeExpiredRateBuckets } from "../db/queries/rate-buckets";
import { purgeExpiredSessions } from "../db/queries/users";
import { SYSTEM_ACTOR } from "./actions/action";
import { enforceRetention } from "./actions/data";

/** The hourly chores of both entries: spent rate counters and sessions, and each organization's retention. */
export async function housekeeping(db: Db, now: number) {
  await purgeExpiredRateBuckets(db, now);
  await purgeExpiredSessions(db, now);
  await enforceRetention(db, SYSTEM_ACTOR, now);
}
