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

export type SampleAdequacy = {
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
): SampleAdequacy {
  if (yearly === null || !(yearly > 0)) {
    return { population: null, periodPopulation: null, prorated: false, required: null, adequate: null };
  }
  const periodPopulation = proratedPopulation(yearly, periodDays, yearDays);
  const required = requiredSampleSize(periodPopulation);
  return {
    population: yearly,
    periodPopulation,
    prorated: periodDays < yearDays,
    required,
    adequate: respondents >= required,
  };
}
