import { lt } from "drizzle-orm";
import type { Db } from "../db";
import { rateBuckets } from "../schema";

/** Drops rate counters whose window has passed; run on a timer (Node) or the cron trigger (Worker). */
export async function purgeExpiredRateBuckets(db: Db, nowSeconds: number) {
  await db.delete(rateBuckets).where(lt(rateBuckets.expiresAt, nowSeconds));
}
