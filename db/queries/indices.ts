import { and, between, inArray, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../db";
import { rollupItemDaily, rollupScoreDaily, rollupUnitDaily } from "../schema";

const month = (col: AnySQLiteColumn) => sql<string>`substr(${col}, 1, 7)`;

/**
 * Everything an index needs for some units and a date range, summed per unit and calendar month from the daily
 * rollups in one round trip. Never reads `answers`: the cost grows with months × items, not with
 * respondents. A whole period is the sum of its rows; a trend or one unit of many is a filter on them.
 */
export async function sumRollupsByMonth(db: Db, unitIds: string[], from: string, to: string) {
  const i = rollupItemDaily;
  const s = rollupScoreDaily;
  const u = rollupUnitDaily;
  const [items, scores, days] = await db.batch([
    db
      .select({
        unitId: i.unitId,
        month: month(i.localDate),
        instrument: i.instrument,
        item: i.item,
        sum: sql<number>`sum(${i.value} * ${i.count})`,
        n: sql<number>`sum(${i.count})`,
      })
      .from(i)
      .where(and(inArray(i.unitId, unitIds), between(i.localDate, from, to)))
      .groupBy(i.unitId, month(i.localDate), i.instrument, i.item),
    db
      .select({
        unitId: s.unitId,
        month: month(s.localDate),
        instrument: s.instrument,
        respondents: sql<number>`sum(${s.respondents})`,
        scoreSum: sql<number>`sum(${s.scoreSum})`,
        scoreSqSum: sql<number>`sum(${s.scoreSqSum})`,
      })
      .from(s)
      .where(and(inArray(s.unitId, unitIds), between(s.localDate, from, to)))
      .groupBy(s.unitId, month(s.localDate), s.instrument),
    db
      .select({
        unitId: u.unitId,
        month: month(u.localDate),
        respondents: sql<number>`sum(${u.respondents})`,
        steeredYes: sql<number>`sum(${u.steeredYes})`,
        steeredAnswered: sql<number>`sum(${u.steeredAnswered})`,
      })
      .from(u)
      .where(and(inArray(u.unitId, unitIds), between(u.localDate, from, to)))
      .groupBy(u.unitId, month(u.localDate)),
  ]);
  return { items, scores, days };
}

export type MonthlyTotals = Awaited<ReturnType<typeof sumRollupsByMonth>>;
