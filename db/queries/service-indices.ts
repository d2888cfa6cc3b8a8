import { and, between, eq, or, sql } from "drizzle-orm";
import type { Db } from "../db";
import { rollupServiceDaily, rollupServiceMonth } from "../schema";
import { splitRange } from "./indices";
import { listUnitServices } from "./services";

/** One measure of one service summed over a date range (see `rollupMonth` in the schema for the measures). */
export type ServiceMeasure = { serviceId: string; measure: string; n: number; total: number; totalSq: number };

/**
 * The services of a unit and every measure per service over [from, to], in one round trip: whole
 * months from `rollup_service_month`, the partial months at the edges from `rollup_service_daily`.
 */
export async function sumServiceRollups(db: Db, unitId: string, from: string, to: string) {
  const { months, days } = splitRange(from, to);
  const m = rollupServiceMonth;
  const d = rollupServiceDaily;
  const sums = { n: sql<number>`sum(n)`, total: sql<number>`sum(total)`, totalSq: sql<number>`sum(total_sq)` };
  const monthly = db
    .select({ serviceId: m.serviceId, measure: m.measure, ...sums })
    .from(m)
    .where(and(eq(m.unitId, unitId), months ? between(m.month, months[0], months[1]) : sql`0`))
    .groupBy(m.serviceId, m.measure);
  const daily = db
    .select({ serviceId: d.serviceId, measure: d.measure, ...sums })
    .from(d)
    .where(
      and(eq(d.unitId, unitId), days.length === 0 ? sql`0` : or(...days.map(([a, b]) => between(d.localDate, a, b)))),
    )
    .groupBy(d.serviceId, d.measure);
  const [a, b, unitServices] = await db.batch([monthly, daily, listUnitServices(db, unitId)]);
  return { services: unitServices, measures: [...a, ...b] as ServiceMeasure[] };
}
