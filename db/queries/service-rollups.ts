import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db";
import { rollupServiceDaily, rollupServiceMonth } from "../schema";

export type ServiceDayRollup = {
  unitId: string;
  localDate: string;
  serviceId: string;
  measure: string;
  n: number;
  total: number;
  totalSq: number;
};
export type ServiceMonthRollup = Omit<ServiceDayRollup, "localDate"> & { month: string };

/**
 * `rollup_service_daily` as it should be, recounted from the raw responses and answers: the same four
 * measure families as migration 0009's backfill. Slow by design, for verification and repair only.
 */
export function recountServiceDays(db: Db) {
  return db.all<ServiceDayRollup>(sql`
    select unit_id as unitId, local_date as localDate, service_id as serviceId, measure, n, total, total_sq as totalSq from (
      select unit_id, local_date, coalesce(service_id, '') as service_id, 'respondents' as measure,
        count(*) as n, 0 as total, 0 as total_sq
      from responses group by unit_id, local_date, coalesce(service_id, '')
      union all
      select unit_id, local_date, coalesce(service_id, ''), 'steered', count(*), sum(steered = 1), sum(steered = 1)
      from responses where steered is not null group by unit_id, local_date, coalesce(service_id, '')
      union all
      select r.unit_id, r.local_date, coalesce(r.service_id, ''), a.item, count(*), sum(a.value), sum(a.value * a.value)
      from answers a join responses r on r.id = a.response_id
      group by r.unit_id, r.local_date, coalesce(r.service_id, ''), a.item
      union all
      select unit_id, local_date, service_id, instrument, count(*), sum(total), sum(total * total) from (
        select r.unit_id, r.local_date, coalesce(r.service_id, '') as service_id, a.instrument, sum(a.value) as total
        from answers a join responses r on r.id = a.response_id group by r.id, a.instrument
      ) group by unit_id, local_date, service_id, instrument
    ) order by unitId, localDate, serviceId, measure`);
}

/** The monthly service rollup that the daily one implies (what the insert path adds to it). */
export function serviceMonthsOf(days: ServiceDayRollup[]): ServiceMonthRollup[] {
  const out = new Map<string, ServiceMonthRollup>();
  for (const d of days) {
    const month = d.localDate.slice(0, 7);
    const k = `${d.unitId}|${month}|${d.serviceId}|${d.measure}`;
    const cur = out.get(k);
    if (cur) {
      cur.n += d.n;
      cur.total += d.total;
      cur.totalSq += d.totalSq;
    } else
      out.set(k, {
        unitId: d.unitId,
        month,
        serviceId: d.serviceId,
        measure: d.measure,
        n: d.n,
        total: d.total,
        totalSq: d.totalSq,
      });
  }
  // Byte order, as SQLite compares text, so the recount lines up with what is read back.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...out.values()].sort(
    (a, b) =>
      cmp(a.unitId, b.unitId) || cmp(a.month, b.month) || cmp(a.serviceId, b.serviceId) || cmp(a.measure, b.measure),
  );
}

/** The two stored service rollups, as statements for `readRollups`' batch. */
export function serviceRollupQueries(db: Db) {
  const d = rollupServiceDaily;
  const m = rollupServiceMonth;
  return [
    db
      .select({
        unitId: d.unitId,
        localDate: d.localDate,
        serviceId: d.serviceId,
        measure: d.measure,
        n: d.n,
        total: d.total,
        totalSq: d.totalSq,
      })
      .from(d)
      .orderBy(asc(d.unitId), asc(d.localDate), asc(d.serviceId), asc(d.measure)),
    db
      .select({
        unitId: m.unitId,
        month: m.month,
        serviceId: m.serviceId,
        measure: m.measure,
        n: m.n,
        total: m.total,
        totalSq: m.totalSq,
      })
      .from(m)
      .orderBy(asc(m.unitId), asc(m.month), asc(m.serviceId), asc(m.measure)),
  ] as const;
}

/** A repair of one service rollup row: written as expected, or deleted when it should not exist. */
export function repairServiceDay(db: Db, stored: ServiceDayRollup | null, expected: ServiceDayRollup | null) {
  const d = rollupServiceDaily;
  if (expected)
    return db
      .insert(d)
      .values(expected)
      .onConflictDoUpdate({ target: [d.unitId, d.localDate, d.serviceId, d.measure], set: expected });
  const row = stored!;
  return db
    .delete(d)
    .where(
      and(
        eq(d.unitId, row.unitId),
        eq(d.localDate, row.localDate),
        eq(d.serviceId, row.serviceId),
        eq(d.measure, row.measure),
      ),
    );
}

export function repairServiceMonth(db: Db, stored: ServiceMonthRollup | null, expected: ServiceMonthRollup | null) {
  const m = rollupServiceMonth;
  if (expected)
    return db
      .insert(m)
      .values(expected)
      .onConflictDoUpdate({ target: [m.unitId, m.month, m.serviceId, m.measure], set: expected });
  const row = stored!;
  return db
    .delete(m)
    .where(
      and(eq(m.unitId, row.unitId), eq(m.month, row.month), eq(m.serviceId, row.serviceId), eq(m.measure, row.measure)),
    );
}
