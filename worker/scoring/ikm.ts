/**
 * IKM (Indeks Kepuasan Masyarakat) of PermenPAN-RB 14/2017 from per-item answer tallies.
 * Pure: counts in, numbers out. Nothing here rounds except where the regulation's grade table does.
 */
export type Weighting = "exact" | "0.111" | "0.11";
export const WEIGHTINGS: readonly Weighting[] = ["exact", "0.111", "0.11"];

/** The sum of the answers to one item and how many respondents answered it. */
export type ItemTally = { key: string; sum: number; n: number };

// The regulation's weight is 1/9 for nine unsur; legacy spreadsheets truncated it to 0.111 or 0.11,
// which makes a perfect score read 99.9 or 99.0. Kept only for parity with old reports, always named.
const WEIGHT: Record<Weighting, number> = { exact: 1 / 9, "0.111": 0.111, "0.11": 0.11 };

export type Grade = "A" | "B" | "C" | "D";
export type Performance = "Sangat Baik" | "Baik" | "Kurang Baik" | "Tidak Baik";

// The 2017 table on the converted value (25..100), lower bounds inclusive, read on the value rounded
// to 2 decimals: so 88.305 reads 88.31 (A) and 88.3049 reads 88.30 (B). Not the 2004 table.
const GRADE_TABLE: readonly { min: number; grade: Grade; performance: Performance }[] = [
  { min: 88.31, grade: "A", performance: "Sangat Baik" },
  { min: 76.61, grade: "B", performance: "Baik" },
  { min: 65.0, grade: "C", performance: "Kurang Baik" },
  { min: -Infinity, grade: "D", performance: "Tidak Baik" },
];

/** Half-up to 2 decimals; the epsilon absorbs binary noise such as 88.305 stored as 88.30499999. */
export function round2(x: number): number {
  return Math.floor(x * 100 + 0.5 + 1e-9) / 100;
}

export function gradeOf(converted: number): { grade: Grade; performance: Performance } {
  const value = round2(converted);
  const row = GRADE_TABLE.find((r) => value >= r.min)!;
  return { grade: row.grade, performance: row.performance };
}

export type IkmResult = {
  items: { key: string; nrr: number; n: number }[];
  /** 1..4 */
  index: number;
  /** 25..100: the "IKM unit pelayanan". */
  converted: number;
  grade: Grade;
  performance: Performance;
  weighting: Weighting;
};

/** NRR per unsur = sum / respondents who answered it; IKM = Σ NRR × w; converted = IKM × 25. */
export function computeIkm(items: readonly ItemTally[], weighting: Weighting = "exact"): IkmResult | null {
  const answered = items.filter((i) => i.n > 0);
  if (answered.length === 0) return null;
  const nrr = answered.map((i) => ({ key: i.key, nrr: i.sum / i.n, n: i.n }));
  const total = nrr.reduce((s, i) => s + i.nrr, 0);
  // Dividing by 9 rather than multiplying by 1/9 keeps a perfect score exactly 4 (and 100), not 99.99999….
  const index = weighting === "exact" ? total / 9 : total * WEIGHT[weighting];
  const converted = index * 25;
  return { items: nrr, index, converted, ...gradeOf(converted), weighting };
}

/** The factor that turns a respondent's SKM item total into the converted (25..100) scale. */
export function ikmConvertedPerTotal(weighting: Weighting): number {
  return WEIGHT[weighting] * 25;
}

/** The unsur with the lowest NRR (the first of equals, in questionnaire order): the priority for improvement. */
export function weakestUnsur<T extends { key: string; nrr: number }>(items: readonly T[]): T | null {
  return items.reduce<T | null>((a, b) => (a === null || b.nrr < a.nrr ? b : a), null);
}
