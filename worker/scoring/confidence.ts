/**
 * 95% confidence interval of a mean from respondent-level sums: n, Σx and Σx² of each respondent's
 * score. Student's t with n−1 degrees of freedom (exact table to 30, Cornish–Fisher expansion beyond,
 * good to 1e-4), so a small sample gets the wider interval it deserves.
 */
export const CI_METHOD = "student-t-95";

// t(0.975, df) for df = 1..30.
const T_TABLE = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const Z = 1.959963984540054;

export function tCritical95(df: number): number {
  if (df < 1) return Infinity;
  if (df <= T_TABLE.length) return T_TABLE[Math.floor(df) - 1]!;
  const z3 = Z ** 3;
  const z5 = Z ** 5;
  const z7 = Z ** 7;
  return (
    Z +
    (z3 + Z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * Z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * Z) / (384 * df ** 3)
  );
}

export type Moments = { n: number; sum: number; sumSquares: number };

/**
 * The interval of the mean of x, mapped through the index's linear transform a·x + b. Null below two
 * respondents, where no spread can be estimated.
 */
export function meanCi95(m: Moments, a = 1, b = 0): [number, number] | null {
  if (m.n < 2) return null;
  const mean = m.sum / m.n;
  // Clamped at 0: with identical scores, rounding can push the difference a hair below zero.
  const variance = Math.max(0, (m.sumSquares - m.n * mean * mean) / (m.n - 1));
  const half = tCritical95(m.n - 1) * Math.sqrt(variance / m.n);
  const lo = a * (mean - half) + b;
  const hi = a * (mean + half) + b;
  return a >= 0 ? [lo, hi] : [hi, lo];
}
