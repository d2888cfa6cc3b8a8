/**
 * Krejcie & Morgan (1970) minimum sample, as the SKM guideline's table uses it:
 * s = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P)), X² = 3.841 (95%, 1 df), P = 0.5, d = 0.05, rounded half-up.
 * Reproduces the published table: 10→10, 100→80, 1000→278, 10000→370, 1000000→384.
 */
const X2 = 3.841;
const P = 0.5;
const D = 0.05;

export function requiredSampleSize(population: number): number {
  if (!(population > 0)) return 0;
  const pq = P * (1 - P);
  const s = (X2 * population * pq) / (D * D * (population - 1) + X2 * pq);
  return Math.floor(s + 0.5);
}

/**
 * A unit's population is per year; a shorter period gets its share by days (a quarter of a 365-day
 * year is 92/365 of it). A period of a year or longer uses the yearly figure as it is.
 */
export function proratedPopulation(yearly: number, periodDays: number, yearDays: number): number {
  // Rounded to whole people before the formula, so the figure a report prints is the one used.
  return periodDays >= yearDays ? yearly : Math.round((yearly * periodDays) / yearDays);
}

/**
 * Which population a period's minimum sample is read from (domain.md, *open*, a named setting): the
 * report template applies the yearly population's minimum to each survey period (`annual-per-period`,
 * the default); `prorated` takes the period's share of the year by days.
 */
export const SAMPLE_BASES = ["annual-per-period", "prorated"] as const;
export type SampleBasis = (typeof SAMPLE_BASES)[number];

export type SampleAdequacy = {
  basis: SampleBasis;
  population: number | null;
  periodPopulation: number | null;
  prorated: boolean;
  required: number | null;
  adequate: boolean | null;
};

export function sampleAdequacy(
  yearly: number | null,
  periodDays: number,
  yearDays: number,
  respondents: number,
  basis: SampleBasis = "annual-per-period",
): SampleAdequacy {
  if (yearly === null || !(yearly > 0)) {
    return { basis, population: null, periodPopulation: null, prorated: false, required: null, adequate: null };
  }
  const prorated = basis === "prorated" && periodDays < yearDays;
  const periodPopulation = prorated ? proratedPopulation(yearly, periodDays, yearDays) : yearly;
  const required = requiredSampleSize(periodPopulation);
  return { basis, population: yearly, periodPopulation, prorated, required, adequate: respondents >= required };
}
