import type { readRollups } from "../../db/queries/rollups";

type Rollups = Awaited<ReturnType<typeof readRollups>>;
export type RollupTable = "items" | "scores" | "days" | "profiles";

/** One cell that differs: `expected` null means the stored row should not exist, `stored` null that it is missing. */
export type RollupDifference = {
  [T in RollupTable]: { table: T; key: string; stored: Rollups[T][number] | null; expected: Rollups[T][number] | null };
}[RollupTable];

const keyOf: { [T in RollupTable]: (r: Rollups[T][number]) => string } = {
  items: (r) => `${r.unitId}|${r.localDate}|${r.item}|${r.value}`,
  scores: (r) => `${r.unitId}|${r.localDate}|${r.instrument}`,
  days: (r) => `${r.unitId}|${r.localDate}`,
  profiles: (r) => `${r.unitId}|${r.localDate}|${r.field}|${r.band}`,
};

/**
 * Every difference between the stored rollups and a recount from raw answers, on the (unit, day)
 * pairs `inScope` accepts: days whose raw responses retention has deleted can no longer be recounted.
 */
export function diffRollups(stored: Rollups, expected: Rollups, inScope: (unitId: string, localDate: string) => boolean) {
  const out: RollupDifference[] = [];
  for (const table of ["items", "scores", "days", "profiles"] as const) {
    const key = keyOf[table] as (r: Rollups[RollupTable][number]) => string;
    const want = new Map(expected[table].filter((r) => inScope(r.unitId, r.localDate)).map((r) => [key(r), r]));
    for (const row of stored[table]) {
      if (!inScope(row.unitId, row.localDate)) continue;
      const k = key(row);
      const exp = want.get(k) ?? null;
      if (!exp || JSON.stringify(exp) !== JSON.stringify(row)) out.push({ table, key: k, stored: row, expected: exp } as RollupDifference);
      want.delete(k);
    }
    for (const [k, exp] of want) out.push({ table, key: k, stored: null, expected: exp } as RollupDifference);
  }
  return out;
}
