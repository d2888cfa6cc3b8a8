import { describe, expect, it } from "vitest";
import { proratedPopulation, requiredSampleSize, sampleAdequacy } from "../../worker/scoring/sample";

describe("Krejcie–Morgan minimum sample", () => {
  it.each([
    [10, 10],
    [50, 44],
    [100, 80],
    [500, 217],
    [1000, 278],
    [5000, 357],
    [10000, 370],
    [100000, 383],
    [1000000, 384],
  ])("N=%d needs %d respondents", (n, s) => {
    expect(requiredSampleSize(n)).toBe(s);
  });

  it("matches more rows of the published table", () => {
    const table: [number, number][] = [
      [15, 14],
      [20, 19],
      [30, 28],
      [40, 36],
      [75, 63],
      [150, 108],
      [200, 132],
      [300, 169],
      [400, 196],
      [600, 234],
      [800, 260],
      [1500, 306],
      [2000, 322],
      [3000, 341],
      [20000, 377],
      [50000, 381],
    ];
    for (const [n, s] of table) expect(requiredSampleSize(n), `N=${n}`).toBe(s);
  });

  it("needs nobody from an empty population", () => {
    expect(requiredSampleSize(0)).toBe(0);
  });
});

describe("sample adequacy for a period", () => {
  it("prorates a yearly population by the period's days", () => {
    expect(proratedPopulation(12000, 92, 365)).toBe(3025);
    expect(proratedPopulation(12000, 365, 365)).toBe(12000);
    expect(proratedPopulation(12000, 400, 365)).toBe(12000);
    expect(sampleAdequacy(12000, 92, 365, 341, "prorated")).toEqual({
      basis: "prorated",
      population: 12000,
      periodPopulation: 3025,
      prorated: true,
      required: 341,
      adequate: true,
    });
    expect(sampleAdequacy(12000, 366, 366, 371, "prorated")).toMatchObject({
      prorated: false,
      required: 372,
      adequate: false,
    });
  });

  it("applies the yearly population's minimum to each period by default (annual-per-period)", () => {
    expect(sampleAdequacy(12000, 92, 365, 341)).toEqual({
      basis: "annual-per-period",
      population: 12000,
      periodPopulation: 12000,
      prorated: false,
      required: 372,
      adequate: false,
    });
    expect(sampleAdequacy(12000, 92, 365, 372)).toMatchObject({ required: 372, adequate: true });
  });

  it("says nothing when the population is unknown", () => {
    expect(sampleAdequacy(null, 30, 365, 50)).toEqual({
      basis: "annual-per-period",
      population: null,
      periodPopulation: null,
      prorated: false,
      required: null,
      adequate: null,
    });
  });
});
