import type { rollupIncrements } from "./responses";

type Increments = ReturnType<typeof rollupIncrements>;
type Table = keyof Increments;

// Each rollup's key columns (what its upsert conflicts on) and the counters an upsert adds up.
const SHAPES: { [T in Table]: { key: string[]; sums: string[] } } = {
  unit: { key: ["unitId", "localDate"], sums: ["respondents", "steeredYes", "steeredAnswered"] },
  items: { key: ["unitId", "localDate", "item", "value"], sums: ["count"] },
  profile: { key: ["unitId", "localDate", "field", "band"], sums: ["count"] },
  scores: { key: ["unitId", "localDate", "instrument"], sums: ["respondents", "scoreSum", "scoreSqSum"] },
  month: { key: ["unitId", "month", "measure"], sums: ["n", "total", "totalSq"] },
  serviceMonth: { key: ["unitId", "month", "serviceId", "measure"], sums: ["n", "total", "totalSq"] },
  serviceDay: { key: ["unitId", "localDate", "serviceId", "measure"], sums: ["n", "total", "totalSq"] },
};

export type MergedIncrements = { [T in Table]: (Increments[T] extends (infer R)[] ? R : Increments[T])[] };

/**
 * Many responses' rollup increments as one row per rollup key: a group of submissions then upserts each
 * counter once, and the sums equal what the responses' own upserts would have added one by one.
 */
export function mergeIncrements(list: Increments[]): MergedIncrements {
  const out = {} as Record<Table, Record<string, unknown>[]>;
  for (const table of Object.keys(SHAPES) as Table[]) {
    const { key, sums } = SHAPES[table];
    const rows = new Map<string, Record<string, number | string>>();
    for (const inc of list) {
      const part = inc[table];
      for (const row of (Array.isArray(part) ? part : [part]) as Record<string, number | string>[]) {
        let id = "";
        for (const k of key) id += `${row[k]}\u0000`;
        const seen = rows.get(id);
        if (!seen) rows.set(id, { ...row });
        else for (const s of sums) seen[s] = (seen[s] as number) + (row[s] as number);
      }
    }
    out[table] = [...rows.values()];
  }
  return out as unknown as MergedIncrements;
}
