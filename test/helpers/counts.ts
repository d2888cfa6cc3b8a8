import { sql } from "drizzle-orm";
import type { Db } from "../../db/db";

/**
 * Everything a submission could change: row counts and the sums inside the rollups and rate counters
 * (an upsert that adds 1 to an existing row changes no row count). "Nothing stored" means all equal.
 */
export async function writtenRows(db: Db) {
  const [row] = await db.all<Record<string, number>>(sql`
    select
      (select count(*) from responses) as responses,
      (select count(*) from answers) as answers,
      (select count(*) from rollup_item_daily) as itemRollups,
      (select coalesce(sum(count), 0) from rollup_item_daily) as itemCounts,
      (select count(*) from rollup_score_daily) as scoreRollups,
      (select coalesce(sum(respondents), 0) || '/' || coalesce(sum(score_sum), 0) || '/' || coalesce(sum(score_sq_sum), 0) from rollup_score_daily) as scoreSums,
      (select coalesce(sum(respondents), 0) || '/' || coalesce(sum(steered_yes), 0) || '/' || coalesce(sum(steered_answered), 0) from rollup_unit_daily) as unitSums,
      (select coalesce(sum(count), 0) from rollup_profile_daily) as profileCounts,
      (select count(*) || '/' || coalesce(sum(n), 0) || '/' || coalesce(sum(total), 0) || '/' || coalesce(sum(total_sq), 0) from rollup_month) as monthSums,
      (select count(*) from rate_buckets) as rateBuckets,
      (select coalesce(sum(count), 0) from rate_buckets) as rateCounts`);
  return row!;
}
