import { describe, expect, it } from "vitest";
import { computeIkm, gradeOf, round2, weakestUnsur, type ItemTally } from "../../worker/scoring/ikm";

const KEYS = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];
const fromSums = (sums: number[], n: number): ItemTally[] => sums.map((sum, i) => ({ key: KEYS[i]!, sum, n }));
const fromRespondents = (rows: number[][]): ItemTally[] =>
  KEYS.map((key, i) => ({ key, sum: rows.reduce((s, r) => s + r[i]!, 0), n: rows.length }));

describe("computeIkm: the public vectors of domain.md", () => {
  const A = fromSums([105, 101, 100, 116, 102, 105, 106, 105, 115], 29);
  const B = fromRespondents([
    [4, 4, 3, 4, 3, 4, 4, 3, 4],
    [3, 3, 3, 4, 3, 3, 4, 3, 3],
    [4, 3, 2, 4, 3, 3, 3, 3, 2],
    [2, 3, 3, 4, 3, 2, 3, 2, 3],
  ]);
  const C = fromSums(Array(9).fill(4 * 17), 17);

  it.each([
    ["A exact", A, "exact", 91.4751, "A", "Sangat Baik"],
    ["A 0.111", A, "0.111", 91.3836, "A", "Sangat Baik"],
    ["A 0.11", A, "0.11", 90.5603, "A", "Sangat Baik"],
    ["B exact", B, "exact", 79.1667, "B", "Baik"],
    ["B 0.111", B, "0.111", 79.0875, "B", "Baik"],
    ["B 0.11", B, "0.11", 78.375, "B", "Baik"],
    ["C exact", C, "exact", 100, "A", "Sangat Baik"],
    ["C 0.111", C, "0.111", 99.9, "A", "Sangat Baik"],
    ["C 0.11", C, "0.11", 99.0, "A", "Sangat Baik"],
  ] as const)("%s", (_name, items, weighting, converted, grade, performance) => {
    const r = computeIkm(items, weighting)!;
    expect(r.converted).toBeCloseTo(converted, 4);
    expect(r).toMatchObject({ grade, performance, weighting });
    expect(r.index * 25).toBeCloseTo(r.converted, 12);
  });

  it("gives NRR per unsur unrounded", () => {
    const r = computeIkm(A)!;
    expect(r.items.map((i) => Number(i.nrr.toFixed(4)))).toEqual([
      3.6207, 3.4828, 3.4483, 4, 3.5172, 3.6207, 3.6552, 3.6207, 3.9655,
    ]);
    expect(r.index).toBeCloseTo(3.659004, 6);
    expect(computeIkm(B)!.items.map((i) => i.nrr)).toEqual([3.25, 3.25, 2.75, 4, 3, 3, 3.5, 2.75, 3]);
  });

  it("averages each unsur over the respondents who answered it", () => {
    const r = computeIkm([
      { key: "U1", sum: 12, n: 3 },
      { key: "U2", sum: 6, n: 2 },
    ])!;
    expect(r.items).toEqual([
      { key: "U1", nrr: 4, n: 3 },
      { key: "U2", nrr: 3, n: 2 },
    ]);
  });

  it("is null, not zero, without answers", () => {
    expect(computeIkm([])).toBeNull();
    expect(computeIkm(fromSums(Array(9).fill(0), 0))).toBeNull();
  });
});

describe("the 2017 grade table", () => {
  it.each([
    [100, "A"],
    [88.31, "A"],
    [88.305, "A"],
    [88.3049, "B"],
    [88.3, "B"],
    [76.61, "B"],
    [76.6, "C"],
    [65.0, "C"],
    [64.995, "C"],
    [64.99, "D"],
    [25, "D"],
  ] as const)("%d reads %s", (value, grade) => {
    expect(gradeOf(value).grade).toBe(grade);
  });

  it("names the kinerja of each mutu", () => {
    expect([95, 80, 70, 50].map((v) => gradeOf(v).performance)).toEqual([
      "Sangat Baik",
      "Baik",
      "Kurang Baik",
      "Tidak Baik",
    ]);
  });

  it("rounds half up to two decimals despite binary fractions", () => {
    expect([1.005, 2.675, 88.305, 76.605, 0.125].map(round2)).toEqual([1.01, 2.68, 88.31, 76.61, 0.13]);
    expect(round2(3.14159)).toBe(3.14);
  });
});

describe("the weakest unsur", () => {
  it("is the lowest NRR, the first of equals in questionnaire order, and null without answers", () => {
    const items = [3.5, 3.2, 3.9, 3.2].map((nrr, i) => ({ key: `U${i + 1}`, nrr, n: 4 }));
    expect(weakestUnsur(items)).toEqual({ key: "U2", nrr: 3.2, n: 4 });
    expect(weakestUnsur([])).toBeNull();
  });
});
