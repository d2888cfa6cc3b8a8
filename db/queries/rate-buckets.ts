import { eq, lt, sql, type Placeholder } from "drizzle-orm";
import type { Db } from "../db";
import { RATE_BUCKET_LIMIT, rateBuckets } from "../schema";

/** Drops rate counters whose window has passed; run on a timer (Node) or the cron trigger (Worker). */
export async function purgeExpiredRateBuckets(db: Db, nowSeconds: number) {
  await db.delete(rateBuckets).where(lt(rateBuckets.expiresAt, nowSeconds));
}

export type RateCharge = { key: string; max: number; expiresAt: number };

/**
 * Counts one more use in a rate bucket, in one statement. Past the bucket's maximum the statement fails
 * (and the batch it is part of rolls back): see `isOverRateLimit`.
 */
export function incrementRateBucket(db: Db, charge: { [K in keyof RateCharge]: RateCharge[K] | Placeholder }) {
  return db
    .insert(rateBuckets)
    .values({ key: charge.key, count: 1, max: charge.max, expiresAt: charge.expiresAt })
    .onConflictDoUpdate({ target: rateBuckets.key, set: { count: sql`${rateBuckets.count} + 1` } });
}

/** Whether a failed write failed because a rate counter would have passed its maximum. */
export function isOverRateLimit(err: unknown): boolean {
  const text =
    String((err as { message?: unknown })?.message ?? err) + String((err as { cause?: unknown })?.cause ?? "");
  return text.includes(RATE_BUCKET_LIMIT);
}

/** Takes one use back (an attempt that turned out fine should not use up a shared allowance). */
export function refundRateBucket(db: Db, key: string) {
  return db
    .update(rateBuckets)
    .set({ count: sql`max(${rateBuckets.count} - 1, 0)` })
    .where(eq(rateBuckets.key, key));
}

export function clearRateBucket(db: Db, key: string) {
  return db.delete(rateBuckets).where(eq(rateBuckets.key, key));
}
