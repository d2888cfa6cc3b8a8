import type { MonthRollup, readRollups } from "../../db/queries/rollups";

type Rollups = Awaited<ReturnType<typeof readRollups>>;
export type RollupTable = "items" | "scores" | "days" | "profiles" | "months" | "serviceDays" | "serviceMonths";

/** One cell that differs: `expected` null means the stored row should not exist, `stored` null that it is missing. */
export type RollupDifference = {
  [T in RollupTable]: { table: T; key: string; stored: Rollups[T][number] | null; expected: Rollups[T][number] | null };
}[RollupTable];

const keyOf: { [T in RollupTable]: (r: Rollups[T][number]) => string } = {
  items: (r) => `${r.unitId}|${r.localDate}|${r.item}|${r.value}`,
  scores: (r) => `${r.unitId}|${r.localDate}|${r.instrument}`,
  days: (r) => `${r.unitId}|${r.localDate}`,
  profiles: (r) => `${r.unitId}|${r.localDate}|${r.field}|${r.band}`,
  months: (r) => `${r.unitId}|${r.month}|${r.measure}`,
  serviceDays: (r) => `${r.unitId}|${r.localDate}|${r.serviceId}|${r.measure}`,
  serviceMonths: (r) => `${r.unitId}|${r.month}|${r.serviceId}|${r.measure}`,
};

/**
 * Every difference between the stored rollups and a recount from raw answers, on the (unit, day)
 * pairs `inScope` accepts: days whose raw responses retention has deleted can no longer be recounted.
 * A month is in scope only when its first day is.
 */
export function diffRollups(
  stored: Rollups,
  expected: Rollups,
  inScope: (unitId: string, localDate: string) => boolean,
) {
  const scoped = (table: RollupTable, r: Rollups[RollupTable][number]) =>
    table === "months" || table === "serviceMonths"
      ? inScope(r.unitId, `${(r as MonthRollup).month}-01`)
      : inScope(r.unitId, (r as { localDate: string }).localDate);
  const out: RollupDifference[] = [];
  for (const table of ["items", "scores", "days", "profiles", "months", "serviceDays", "serviceMonths"] as const) {
    const key = keyOf[table] as (r: Rollups[RollupTable][number]) => string;
    const expectedRows = new Map(
      (expected[table] as Rollups[RollupTable][number][]).filter((r) => scoped(table, r)).map((r) => [key(r), r]),
    );
    for (const row of stored[table]) {
      if (!scoped(table, row)) continue;
      const k = key(row);
      const exp = expectedRows.get(k) ?? null;
      if (!exp || JSON.stringify(exp) !== JSON.stringify(row))
        out.push({ table, key: k, stored: row, expected: exp } as RollupDifference);
      expectedRows.delete(k);
    }
    for (const [k, exp] of expectedRows) out.push({ table, key: k, stored: null, expected: exp } as RollupDifference);
  }
  return out;
}
