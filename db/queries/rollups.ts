import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db";
import {
  answers,
  responses,
  rollupItemDaily,
  rollupMonth,
  rollupProfileDaily,
  rollupScoreDaily,
  rollupUnitDaily,
} from "../schema";
import {
  recountServiceDays,
  repairServiceDay,
  repairServiceMonth,
  serviceMonthsOf,
  serviceRollupQueries,
  type ServiceDayRollup,
  type ServiceMonthRollup,
} from "./service-rollups";

/**
 * The rollup tables as they should be, recomputed from the raw responses and answers (the monthly one
 * folded from the daily recount). Slow by
 * design (it reads every answer): for verification and repair, never for serving an index.
 */
export async function recountRollups(db: Db) {
  const items = await db
    .select({
      unitId: responses.unitId,
      localDate: responses.localDate,
      instrument: answers.instrument,
      item: answers.item,
      value: answers.value,
      count: sql<number>`count(*)`,
    })
    .from(answers)
    .innerJoin(responses, sql`${responses.id} = ${answers.responseId}`)
    .groupBy(responses.unitId, responses.localDate, answers.item, answers.value)
    .orderBy(asc(responses.unitId), asc(responses.localDate), asc(answers.item), asc(answers.value));

  const perRespondent = db
    .select({
      unitId: responses.unitId,
      localDate: responses.localDate,
      instrument: answers.instrument,
      total: sql<number>`sum(${answers.value})`.as("total"),
    })
    .from(answers)
    .innerJoin(responses, sql`${responses.id} = ${answers.responseId}`)
    .groupBy(responses.id, answers.instrument)
    .as("per_respondent");
  const scores = await db
    .select({
      unitId: perRespondent.unitId,
      localDate: perRespondent.localDate,
      instrument: perRespondent.instrument,
      respondents: sql<number>`count(*)`,
      scoreSum: sql<number>`sum(${perRespondent.total})`,
      scoreSqSum: sql<number>`sum(${perRespondent.total} * ${perRespondent.total})`,
    })
    .from(perRespondent)
    .groupBy(perRespondent.unitId, perRespondent.localDate, perRespondent.instrument)
    .orderBy(asc(perRespondent.unitId), asc(perRespondent.localDate), asc(perRespondent.instrument));

  const days = await db
    .select({
      unitId: responses.unitId,
      localDate: responses.localDate,
      respondents: sql<number>`count(*)`,
      steeredYes: sql<number>`coalesce(sum(${responses.steered} = 1), 0)`,
      steeredAnswered: sql<number>`count(${responses.steered})`,
    })
    .from(responses)
    .groupBy(responses.unitId, responses.localDate)
    .orderBy(asc(responses.unitId), asc(responses.localDate));

  const profiles = await db.all<{ unitId: string; localDate: string; field: string; band: string; count: number }>(sql`
    select unit_id as unitId, local_date as localDate, field, band, count(*) as count from (
      select unit_id, local_date, 'age' as field, age as band from responses where age is not null
      union all select unit_id, local_date, 'gender', gender from responses where gender is not null
      union all select unit_id, local_date, 'education', education from responses where education is not null
      union all select unit_id, local_date, 'occupation', occupation from responses where occupation is not null
    ) group by unit_id, local_date, field, band order by unit_id, local_date, field, band`);

  const serviceDays = await recountServiceDays(db);
  return {
    items,
    scores,
    days,
    profiles,
    months: monthsOf({ items, scores, days, profiles }),
    serviceDays,
    serviceMonths: serviceMonthsOf(serviceDays),
  };
}

/** The rollup tables as stored, in the same order and shape as `recountRollups`. */
export async function readRollups(db: Db) {
  const t = rollupItemDaily;
  const s = rollupScoreDaily;
  const u = rollupUnitDaily;
  const p = rollupProfileDaily;
  const m = rollupMonth;
  const [items, scores, days, profiles, months, serviceDays, serviceMonths] = await db.batch([
    db
      .select({
        unitId: t.unitId,
        localDate: t.localDate,
        instrument: t.instrument,
        item: t.item,
        value: t.value,
        count: t.count,
      })
      .from(t)
      .orderBy(asc(t.unitId), asc(t.localDate), asc(t.item), asc(t.value)),
    db
      .select({
        unitId: s.unitId,
        localDate: s.localDate,
        instrument: s.instrument,
        respondents: s.respondents,
        scoreSum: s.scoreSum,
        scoreSqSum: s.scoreSqSum,
      })
      .from(s)
      .orderBy(asc(s.unitId), asc(s.localDate), asc(s.instrument)),
    db
      .select({
        unitId: u.unitId,
        localDate: u.localDate,
        respondents: u.respondents,
        steeredYes: u.steeredYes,
        steeredAnswered: u.steeredAnswered,
      })
      .from(u)
      .orderBy(asc(u.unitId), asc(u.localDate)),
    db
      .select({ unitId: p.unitId, localDate: p.localDate, field: p.field, band: p.band, count: p.count })
      .from(p)
      .orderBy(asc(p.unitId), asc(p.localDate), asc(p.field), asc(p.band)),
    db
      .select({ unitId: m.unitId, month: m.month, measure: m.measure, n: m.n, total: m.total, totalSq: m.totalSq })
      .from(m)
      .orderBy(asc(m.unitId), asc(m.month), asc(m.measure)),
    ...serviceRollupQueries(db),
  ]);
  return { items, scores, days, profiles, months, serviceDays, serviceMonths };
}

export type MonthRollup = Awaited<ReturnType<typeof readRollups>>["months"][number];

/** The monthly rollup that the daily counts imply: what the insert path adds to `rollup_month`. */
function monthsOf(daily: Pick<Rollups, "items" | "scores" | "days" | "profiles">): MonthRollup[] {
  const out = new Map<string, MonthRollup>();
  const add = (unitId: string, date: string, measure: string, n: number, total: number, totalSq: number) => {
    const k = `${unitId}|${date.slice(0, 7)}|${measure}`;
    const cur =
      out.get(k) ?? out.set(k, { unitId, month: date.slice(0, 7), measure, n: 0, total: 0, totalSq: 0 }).get(k)!;
    cur.n += n;
    cur.total += total;
    cur.totalSq += totalSq;
  };
  for (const r of daily.items)
    add(r.unitId, r.localDate, r.item, r.count, r.value * r.count, r.value * r.value * r.count);
  for (const r of daily.scores) add(r.unitId, r.localDate, r.instrument, r.respondents, r.scoreSum, r.scoreSqSum);
  for (const r of daily.days) {
    add(r.unitId, r.localDate, "respondents", r.respondents, 0, 0);
    if (r.steeredAnswered > 0) add(r.unitId, r.localDate, "steered", r.steeredAnswered, r.steeredYes, r.steeredYes);
  }
  // The order of readRollups (unit, month, measure; byte order as SQLite compares text).
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...out.values()].sort(
    (a, b) => cmp(a.unitId, b.unitId) || cmp(a.month, b.month) || cmp(a.measure, b.measure),
  );
}

type Rollups = Awaited<ReturnType<typeof readRollups>>;
type Repair =
  | { table: "months"; stored: MonthRollup | null; expected: MonthRollup | null }
  | { table: "items"; stored: Rollups["items"][number] | null; expected: Rollups["items"][number] | null }
  | { table: "scores"; stored: Rollups["scores"][number] | null; expected: Rollups["scores"][number] | null }
  | { table: "days"; stored: Rollups["days"][number] | null; expected: Rollups["days"][number] | null }
  | { table: "profiles"; stored: Rollups["profiles"][number] | null; expected: Rollups["profiles"][number] | null }
  | { table: "serviceDays"; stored: ServiceDayRollup | null; expected: ServiceDayRollup | null }
  | { table: "serviceMonths"; stored: ServiceMonthRollup | null; expected: ServiceMonthRollup | null };

/** The statements of a repair: a wrong or missing row is written as expected, a stray one deleted. */
export function repairStatements(db: Db, repairs: Repair[]) {
  const i = rollupItemDaily;
  const s = rollupScoreDaily;
  const u = rollupUnitDaily;
  const statements = repairs.map((r) => {
    if (r.table === "serviceDays") return repairServiceDay(db, r.stored, r.expected);
    if (r.table === "serviceMonths") return repairServiceMonth(db, r.stored, r.expected);
    if (r.table === "months") {
      const row = (r.expected ?? r.stored)!;
      const m = rollupMonth;
      return r.expected
        ? db
            .insert(m)
            .values(r.expected)
            .onConflictDoUpdate({ target: [m.unitId, m.month, m.measure], set: r.expected })
        : db.delete(m).where(and(eq(m.unitId, row.unitId), eq(m.month, row.month), eq(m.measure, row.measure)));
    }
    if (r.table === "items") {
      const row = (r.expected ?? r.stored)!;
      const where = and(
        eq(i.unitId, row.unitId),
        eq(i.localDate, row.localDate),
        eq(i.item, row.item),
        eq(i.value, row.value),
      );
      return r.expected
        ? db
            .insert(i)
            .values(r.expected)
            .onConflictDoUpdate({
              target: [i.unitId, i.localDate, i.item, i.value],
              set: { count: r.expected.count, instrument: r.expected.instrument },
            })
        : db.delete(i).where(where);
    }
    if (r.table === "scores") {
      const row = (r.expected ?? r.stored)!;
      const where = and(eq(s.unitId, row.unitId), eq(s.localDate, row.localDate), eq(s.instrument, row.instrument));
      return r.expected
        ? db
            .insert(s)
            .values(r.expected)
            .onConflictDoUpdate({ target: [s.unitId, s.localDate, s.instrument], set: r.expected })
        : db.delete(s).where(where);
    }
    if (r.table === "profiles") {
      const row = (r.expected ?? r.stored)!;
      const p = rollupProfileDaily;
      return r.expected
        ? db
            .insert(p)
            .values(r.expected)
            .onConflictDoUpdate({ target: [p.unitId, p.localDate, p.field, p.band], set: { count: r.expected.count } })
        : db
            .delete(p)
            .where(
              and(
                eq(p.unitId, row.unitId),
                eq(p.localDate, row.localDate),
                eq(p.field, row.field),
                eq(p.band, row.band),
              ),
            );
    }
    const row = (r.expected ?? r.stored)!;
    return r.expected
      ? db
          .insert(u)
          .values(r.expected)
          .onConflictDoUpdate({ target: [u.unitId, u.localDate], set: r.expected })
      : db.delete(u).where(and(eq(u.unitId, row.unitId), eq(u.localDate, row.localDate)));
  });
  return statements;
}
