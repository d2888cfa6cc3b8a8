import { describe, expect, it } from "vitest";
import { meanCi95, tCritical95 } from "../../worker/scoring/confidence";

const moments = (xs: number[]) => ({
  n: xs.length,
  sum: xs.reduce((a, b) => a + b, 0),
  sumSquares: xs.reduce((a, b) => a + b * b, 0),
});

describe("95% confidence interval (Student's t)", () => {
  it("uses t critical values that meet the normal limit", () => {
    expect(tCritical95(1)).toBe(12.706);
    expect(tCritical95(30)).toBe(2.042);
    expect(tCritical95(40)).toBeCloseTo(2.0211, 3);
    expect(tCritical95(60)).toBeCloseTo(2.0003, 3);
    expect(tCritical95(120)).toBeCloseTo(1.9799, 3);
    expect(tCritical95(1e7)).toBeCloseTo(1.96, 3);
  });

  it("matches a hand computation", () => {
    // mean 3, sample sd = sqrt(2.5), n = 5, t(4) = 2.776 → half-width 2.776·sqrt(0.5) = 1.96293
    const [lo, hi] = meanCi95(moments([1, 2, 3, 4, 5]))!;
    expect(lo).toBeCloseTo(3 - 1.96293, 4);
    expect(hi).toBeCloseTo(3 + 1.96293, 4);
  });

  it("maps through the index's linear transform", () => {
    const m = moments([30, 32, 36, 28, 33, 35]);
    const [lo, hi] = meanCi95(m)!;
    const [clo, chi] = meanCi95(m, 25 / 9)!;
    expect(clo).toBeCloseTo((lo * 25) / 9, 10);
    expect(chi).toBeCloseTo((hi * 25) / 9, 10);
    const [llo] = meanCi95(m, 0.075, 0.4)!;
    expect(llo).toBeCloseTo(lo * 0.075 + 0.4, 10);
  });

  it("collapses to the mean when everyone agrees and is null below two respondents", () => {
    expect(meanCi95(moments([36, 36, 36]))).toEqual([36, 36]);
    expect(meanCi95(moments([36]))).toBeNull();
    expect(meanCi95(moments([]))).toBeNull();
  });
});
