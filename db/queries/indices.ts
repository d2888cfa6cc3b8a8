import { and, between, inArray, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../db";
import { rollupItemDaily, rollupScoreDaily, rollupUnitDaily } from "../schema";

const month = (col: AnySQLiteColumn) => sql<string>`substr(${col}, 1, 7)`;

/**
 * Everything an index needs for some units and a date range, summed per calendar month from the daily
 * rollups in one round trip. Never reads `answers`: the cost grows with months × items, not with
 * respondents. A whole period is the sum of its months; a trend is the months themselves.
 */
export async function sumRollupsByMonth(db: Db, unitIds: string[], from: string, to: string) {
  const i = rollupItemDaily;
  const s = rollupScoreDaily;
  const u = rollupUnitDaily;
  const [items, scores, days] = await db.batch([
    db
      .select({
        month: month(i.localDate),
        instrument: i.instrument,
        item: i.item,
        sum: sql<number>`sum(${i.value} * ${i.count})`,
        n: sql<number>`sum(${i.count})`,
      })
      .from(i)
      .where(and(inArray(i.unitId, unitIds), between(i.localDate, from, to)))
      .groupBy(month(i.localDate), i.instrument, i.item),
    db
      .select({
        month: month(s.localDate),
        instrument: s.instrument,
        respondents: sql<number>`sum(${s.respondents})`,
        scoreSum: sql<number>`sum(${s.scoreSum})`,
        scoreSqSum: sql<number>`sum(${s.scoreSqSum})`,
      })
      .from(s)
      .where(and(inArray(s.unitId, unitIds), between(s.localDate, from, to)))
      .groupBy(month(s.localDate), s.instrument),
    db
      .select({
        month: month(u.localDate),
        respondents: sql<number>`sum(${u.respondents})`,
        steeredYes: sql<number>`sum(${u.steeredYes})`,
        steeredAnswered: sql<number>`sum(${u.steeredAnswered})`,
      })
      .from(u)
      .where(and(inArray(u.unitId, unitIds), between(u.localDate, from, to)))
      .groupBy(month(u.localDate)),
  ]);
  return { items, scores, days };
}

export type MonthlyTotals = Awaited<ReturnType<typeof sumRollupsByMonth>>;
