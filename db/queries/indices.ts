import { and, between, inArray, or, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../db";
import { rollupItemDaily, rollupMonth, rollupScoreDaily, rollupUnitDaily } from "../schema";

const monthOf = (col: AnySQLiteColumn) => sql<string>`substr(${col}, 1, 7)`;

type ItemRow = { unitId: string; month: string; item: string; sum: number; n: number };
type ScoreRow = {
  unitId: string;
  month: string;
  instrument: string;
  respondents: number;
  scoreSum: number;
  scoreSqSum: number;
};
type DayRow = { unitId: string; month: string; respondents: number; steeredYes: number; steeredAnswered: number };
export type MonthlyTotals = { items: ItemRow[]; scores: ScoreRow[]; days: DayRow[] };

const lastDayOf = (month: string) =>
  `${month}-${new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate()}`;
const shiftMonth = (month: string, by: number) => {
  const total = +month.slice(0, 4) * 12 + +month.slice(5, 7) - 1 + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
};

/** The whole months inside [from, to] (read from the monthly rollup), and the partial days at its edges. */
export function splitRange(from: string, to: string) {
  const first = from.endsWith("-01") ? from.slice(0, 7) : shiftMonth(from.slice(0, 7), 1);
  const last = to === lastDayOf(to.slice(0, 7)) ? to.slice(0, 7) : shiftMonth(to.slice(0, 7), -1);
  if (first > last) return { months: null, days: [[from, to]] as [string, string][] };
  const days: [string, string][] = [];
  if (from < `${first}-01`) days.push([from, lastDayOf(from.slice(0, 7))]);
  if (to > lastDayOf(last)) days.push([`${to.slice(0, 7)}-01`, to]);
  return { months: [first, last] as [string, string], days };
}

export type SumOptions = {
  /** Rows per unit (else one set for all the units together). */
  perUnit?: boolean;
  /** Rows per calendar month (the default), else one set for the whole range (month ""). */
  perMonth?: boolean;
  /** Only these measures (item keys, instrument names, "respondents", "steered"). */
  measures?: string[];
};

/**
 * Everything an index needs for some units and a date range, summed per calendar month (and per unit
 * when asked), in one round trip. Whole months come from `rollup_month`, the partial months at the
 * edges of a date range from the daily rollups. Never reads `answers`: the cost grows with units ×
 * months × items, not with respondents.
 */
export async function sumRollupsByMonth(
  db: Db,
  unitIds: string[],
  from: string,
  to: string,
  o: SumOptions = {},
): Promise<MonthlyTotals> {
  const out: MonthlyTotals = { items: [], scores: [], days: [] };
  if (unitIds.length === 0) return out;
  const { months, days } = splitRange(from, to);
  const g: Grouping = {
    unit: (col) => (o.perUnit ? sql<string>`${col}` : sql<string>`''`),
    month: (col, whole) => (o.perMonth === false ? sql<string>`''` : whole ? sql<string>`${col}` : monthOf(col)),
    only: (col) => (o.measures ? inArray(col, o.measures) : undefined),
  };
  const m = rollupMonth;
  const monthly = db
    .select({
      unitId: g.unit(m.unitId),
      month: g.month(m.month, true),
      measure: m.measure,
      n: sql<number>`sum(${m.n})`,
      total: sql<number>`sum(${m.total})`,
      totalSq: sql<number>`sum(${m.totalSq})`,
    })
    .from(m)
    .where(and(inArray(m.unitId, unitIds), months ? between(m.month, months[0], months[1]) : sql`0`, g.only(m.measure)))
    .groupBy(g.unit(m.unitId), g.month(m.month, true), m.measure);
  const [monthRows, items, scores, dayTotals] = await db.batch([monthly, ...dailyQueries(db, unitIds, days, g)]);
  const dayMap = new Map<string, DayRow>();
  const dayRow = (unitId: string, month: string) =>
    dayMap.get(`${unitId}|${month}`) ??
    dayMap
      .set(`${unitId}|${month}`, { unitId, month, respondents: 0, steeredYes: 0, steeredAnswered: 0 })
      .get(`${unitId}|${month}`)!;
  const addDay = (unitId: string, month: string, d: Pick<DayRow, "respondents" | "steeredYes" | "steeredAnswered">) => {
    const row = dayRow(unitId, month);
    row.respondents += d.respondents;
    row.steeredYes += d.steeredYes;
    row.steeredAnswered += d.steeredAnswered;
  };
  for (const r of monthRows) {
    if (r.measure === "respondents") addDay(r.unitId, r.month, { respondents: r.n, steeredYes: 0, steeredAnswered: 0 });
    else if (r.measure === "steered")
      addDay(r.unitId, r.month, { respondents: 0, steeredYes: r.total, steeredAnswered: r.n });
    // Item keys are a letter and a number (U1, P8, A5); anything else is an instrument's score.
    else if (/^[A-Z]\d+$/.test(r.measure))
      out.items.push({ unitId: r.unitId, month: r.month, item: r.measure, sum: r.total, n: r.n });
    else
      out.scores.push({
        unitId: r.unitId,
        month: r.month,
        instrument: r.measure,
        respondents: r.n,
        scoreSum: r.total,
        scoreSqSum: r.totalSq,
      });
  }
  out.items.push(...items);
  out.scores.push(...scores);
  if (!o.measures || o.measures.includes("respondents")) for (const d of dayTotals) addDay(d.unitId, d.month, d);
  out.days = [...dayMap.values()];
  return out;
}

type Grouping = {
  unit: (col: AnySQLiteColumn) => SQL<string>;
  month: (col: AnySQLiteColumn, whole: boolean) => SQL<string>;
  only: (col: AnySQLiteColumn) => SQL | undefined;
};

/** The partial months from the daily rollups, summed to the same shape as the monthly rows. */
function dailyQueries(db: Db, unitIds: string[], ranges: [string, string][], g: Grouping) {
  const i = rollupItemDaily;
  const s = rollupScoreDaily;
  const u = rollupUnitDaily;
  // No partial months: the three statements still run (a fixed batch), and match nothing.
  const within = (col: AnySQLiteColumn) =>
    ranges.length === 0 ? sql`0` : or(...ranges.map(([a, b]) => between(col, a, b)));
  return [
    db
      .select({
        unitId: g.unit(i.unitId),
        month: g.month(i.localDate, false),
        item: i.item,
        sum: sql<number>`sum(${i.value} * ${i.count})`,
        n: sql<number>`sum(${i.count})`,
      })
      .from(i)
      .where(and(inArray(i.unitId, unitIds), within(i.localDate), g.only(i.item)))
      .groupBy(g.unit(i.unitId), g.month(i.localDate, false), i.item),
    db
      .select({
        unitId: g.unit(s.unitId),
        month: g.month(s.localDate, false),
        instrument: s.instrument,
        respondents: sql<number>`sum(${s.respondents})`,
        scoreSum: sql<number>`sum(${s.scoreSum})`,
        scoreSqSum: sql<number>`sum(${s.scoreSqSum})`,
      })
      .from(s)
      .where(and(inArray(s.unitId, unitIds), within(s.localDate), g.only(s.instrument)))
      .groupBy(g.unit(s.unitId), g.month(s.localDate, false), s.instrument),
    db
      .select({
        unitId: g.unit(u.unitId),
        month: g.month(u.localDate, false),
        respondents: sql<number>`sum(${u.respondents})`,
        steeredYes: sql<number>`sum(${u.steeredYes})`,
        steeredAnswered: sql<number>`sum(${u.steeredAnswered})`,
      })
      .from(u)
      .where(and(inArray(u.unitId, unitIds), within(u.localDate)))
      .groupBy(g.unit(u.unitId), g.month(u.localDate, false)),
  ] as const;
}
