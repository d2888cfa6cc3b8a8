import { eq, lt, sql } from "drizzle-orm";
import type { Db } from "../db";
import { rateBuckets } from "../schema";

/** Drops rate counters whose window has passed; run on a timer (Node) or the cron trigger (Worker). */
export async function purgeExpiredRateBuckets(db: Db, nowSeconds: number) {
  await db.delete(rateBuckets).where(lt(rateBuckets.expiresAt, nowSeconds));
}

/** Counts one more use in a rate bucket and returns the new count, in one statement. */
export function incrementRateBucket(db: Db, key: string, expiresAt: number) {
  return db
    .insert(rateBuckets)
    .values({ key, count: 1, expiresAt })
    .onConflictDoUpdate({ target: rateBuckets.key, set: { count: sql`${rateBuckets.count} + 1` } })
    .returning({ count: rateBuckets.count });
}

export async function getRateCount(db: Db, key: string): Promise<number> {
  const [row] = await db.select({ count: rateBuckets.count }).from(rateBuckets).where(eq(rateBuckets.key, key)).limit(1);
  return row?.count ?? 0;
}
