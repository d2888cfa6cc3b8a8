/**
 * IPKP and IPAK, the ZI perception indices (PermenPAN-RB 90/2021), from per-item tallies on the 1..6
 * scale, and their place in the ZI worksheet (LKE).
 */
import { roundHalfUp2 } from "./worksheet";
export type Conversion = "ratio" | "linear";
export const CONVERSIONS: readonly Conversion[] = ["ratio", "linear"];

export type PerceptionTally = { key: string; sum: number; n: number };

// Open question (domain.md): the official 1..6 → 0..4 mapping was not found. "ratio" (raw × 4/6) is the
// default; "linear" maps 1..6 onto 1..4. Both are linear, so a confidence interval maps the same way.
const CONVERT: Record<Conversion, { a: number; b: number }> = {
  ratio: { a: 4 / 6, b: 0 },
  linear: { a: 3 / 5, b: 1 - 3 / 5 },
};

export function toIndex4(raw: number, conversion: Conversion): number {
  const { a, b } = CONVERT[conversion];
  return a * raw + b;
}

/** The LKE worksheet gives each of IPAK and IPKP 17.5 points of the 40-point komponen hasil. */
export function lkeValue(index4: number): number {
  return (17.5 * index4) / 4;
}

export type PerceptionResult = {
  items: { key: string; mean: number; n: number }[];
  /** mean of the item means, 1..6 */
  raw: number;
  /** 0..4, as the LKE asks */
  index4: number;
  lke: number;
  conversion: Conversion;
};

export function computePerception(
  items: readonly PerceptionTally[],
  conversion: Conversion = "ratio",
): PerceptionResult | null {
  const answered = items.filter((i) => i.n > 0);
  if (answered.length === 0) return null;
  const means = answered.map((i) => ({ key: i.key, mean: i.sum / i.n, n: i.n }));
  const raw = means.reduce((s, i) => s + i.mean, 0) / means.length;
  const index4 = toIndex4(raw, conversion);
  return { items: means, raw, index4, lke: lkeValue(index4), conversion };
}

// Minimum index4 per predicate; lke = 17.5 × index4 / 4, so 3.6 ↔ 15.75 and 3.2 ↔ 14.00.
const ZI_MINIMUMS = {
  wbk: { ipak: 3.6, ipkp: 3.2 },
  wbbm: { ipak: 3.6, ipkp: 3.6 },
} as const;

type Check = boolean | null;

/** Whether each index meets the WBK and WBBM minimum; null where the index has no data. */
export function ziChecks(ipakIndex4: number | null, ipkpIndex4: number | null) {
  // The worksheet takes index4 with two decimals, rounded half up, before any comparison: 3.5951 meets 3.6.
  const meets = (v: number | null, min: number): Check => (v === null ? null : roundHalfUp2(v) >= min);
  return {
    wbk: { ipak: meets(ipakIndex4, ZI_MINIMUMS.wbk.ipak), ipkp: meets(ipkpIndex4, ZI_MINIMUMS.wbk.ipkp) },
    wbbm: { ipak: meets(ipakIndex4, ZI_MINIMUMS.wbbm.ipak), ipkp: meets(ipkpIndex4, ZI_MINIMUMS.wbbm.ipkp) },
  };
}

/** The factor and offset that turn a respondent's item total (k items) into the index4 scale. */
export function index4PerTotal(conversion: Conversion, items: number): { a: number; b: number } {
  const { a, b } = CONVERT[conversion];
  return { a: a / items, b };
}
