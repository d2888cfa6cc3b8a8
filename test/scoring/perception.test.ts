import { describe, expect, it } from "vitest";
import { computePerception, lkeValue, toIndex4, ziChecks } from "../../worker/scoring/perception";

const tallies = (means: number[], n = 10) => means.map((m, i) => ({ key: `P${i + 1}`, sum: m * n, n }));

describe("IPKP / IPAK", () => {
  it("takes the mean of the item means on 1..6 and converts it to 0..4", () => {
    const r = computePerception(tallies([5, 6, 4, 5, 5, 6, 5, 4]))!;
    expect(r.raw).toBe(5);
    expect(r.index4).toBeCloseTo((5 * 4) / 6, 12);
    expect(r.lke).toBeCloseTo((17.5 * r.index4) / 4, 12);
    expect(r.conversion).toBe("ratio");
    expect(r.items[1]).toEqual({ key: "P2", mean: 6, n: 10 });
  });

  it("weights items equally even when they have different respondents", () => {
    const r = computePerception([
      { key: "A1", sum: 60, n: 10 },
      { key: "A2", sum: 8, n: 2 },
    ])!;
    expect(r.raw).toBe(5);
  });

  it("supports the linear conversion 1..6 → 1..4", () => {
    expect(toIndex4(6, "linear")).toBeCloseTo(4, 12);
    expect(toIndex4(1, "linear")).toBeCloseTo(1, 12);
    expect(toIndex4(6, "ratio")).toBeCloseTo(4, 12);
    expect(toIndex4(1, "ratio")).toBeCloseTo(4 / 6, 12);
    expect(computePerception(tallies([3.5]), "linear")!.index4).toBeCloseTo(2.5, 12);
  });

  it("is null without answers", () => {
    expect(computePerception([])).toBeNull();
    expect(computePerception([{ key: "P1", sum: 0, n: 0 }])).toBeNull();
  });
});

describe("LKE and the WBK/WBBM minimums", () => {
  it("maps index4 to the 17.5-point LKE scale", () => {
    expect(lkeValue(4)).toBe(17.5);
    expect(lkeValue(3.6)).toBeCloseTo(15.75, 12);
    expect(lkeValue(3.2)).toBeCloseTo(14, 12);
  });

  it("applies IPAK ≥ 3.6 for both, IPKP ≥ 3.2 for WBK and ≥ 3.6 for WBBM, inclusive", () => {
    expect(ziChecks(3.6, 3.6)).toEqual({ wbk: { ipak: true, ipkp: true }, wbbm: { ipak: true, ipkp: true } });
    expect(ziChecks(3.59, 3.2)).toEqual({ wbk: { ipak: false, ipkp: true }, wbbm: { ipak: false, ipkp: false } });
    expect(ziChecks(toIndex4(5.4, "ratio"), toIndex4(4.8, "ratio")).wbk).toEqual({ ipak: true, ipkp: true });
    expect(ziChecks(null, 3.1)).toEqual({ wbk: { ipak: null, ipkp: false }, wbbm: { ipak: null, ipkp: false } });
  });
});
