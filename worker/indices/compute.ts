import type { MonthlyTotals } from "../../db/queries/indices";
import { CI_METHOD, meanCi95, type Moments } from "../scoring/confidence";
import { computeIkm, ikmConvertedPerTotal, type Weighting } from "../scoring/ikm";
import { computePerception, index4PerTotal, ziChecks, type Conversion } from "../scoring/perception";
import { sampleAdequacy, type SampleBasis } from "../scoring/sample";
import { formulaVersion } from "../scoring/version";
import { INSTRUMENTS, type Instrument } from "../survey/instruments";
import type { OrgSettings } from "../settings";
import type { Period } from "./period";

export type IndexOptions = {
  weighting: Weighting;
  conversion: Conversion;
  minRespondents: number;
  sampleBasis: SampleBasis;
};

/** The formula choices of an organization's settings; an evaluator may ask for another weighting or conversion. */
export function optionsFromSettings(
  org: OrgSettings,
  ask: Partial<Pick<IndexOptions, "weighting" | "conversion">> = {},
): IndexOptions {
  return {
    weighting: ask.weighting ?? org.weighting,
    conversion: ask.conversion ?? org.conversion,
    minRespondents: org.minRespondents,
    sampleBasis: org.sampleBasis,
  };
}

type Tallies = {
  items: Map<string, { sum: number; n: number }>;
  scores: Map<string, Moments>;
  respondents: number;
  steeredYes: number;
  steeredAnswered: number;
};

type RowKey = { unitId: string; month: string };

/** Sums every row (each unit and month the totals hold) into one set of tallies. */
export function mergeMonths(t: MonthlyTotals): Tallies {
  const out: Tallies = { items: new Map(), scores: new Map(), respondents: 0, steeredYes: 0, steeredAnswered: 0 };
  for (const r of t.items) {
    const cur = out.items.get(r.item) ?? { sum: 0, n: 0 };
    out.items.set(r.item, { sum: cur.sum + r.sum, n: cur.n + r.n });
  }
  for (const r of t.scores) {
    const cur = out.scores.get(r.instrument) ?? { n: 0, sum: 0, sumSquares: 0 };
    out.scores.set(r.instrument, {
      n: cur.n + r.respondents,
      sum: cur.sum + r.scoreSum,
      sumSquares: cur.sumSquares + r.scoreSqSum,
    });
  }
  for (const r of t.days) {
    out.respondents += r.respondents;
    out.steeredYes += r.steeredYes;
    out.steeredAnswered += r.steeredAnswered;
  }
  return out;
}

/** Splits totals into groups by a key of their rows (a unit, a month) in one pass over the rows. */
export function groupTotals(t: MonthlyTotals, keyOf: (row: RowKey) => string): Map<string, MonthlyTotals> {
  const out = new Map<string, MonthlyTotals>();
  const group = (row: RowKey) => {
    const k = keyOf(row);
    return out.get(k) ?? out.set(k, { items: [], scores: [], days: [] }).get(k)!;
  };
  for (const r of t.items) group(r).items.push(r);
  for (const r of t.scores) group(r).scores.push(r);
  for (const r of t.days) group(r).days.push(r);
  return out;
}

const NO_TOTALS: MonthlyTotals = { items: [], scores: [], days: [] };

/** The tallies of one group of `groupTotals` (empty when the group has no rows). */
export const tallyOf = (groups: Map<string, MonthlyTotals>, key: string) => mergeMonths(groups.get(key) ?? NO_TOTALS);

/**
 * The IKM (converted) of some respondents from their SKM score totals alone: every SKM respondent
 * answers all nine unsur, so the mean of their converted totals is Σ NRR × w × 25, the IKM itself.
 * For a month's point on a sparkline, where reading every unsur of every unit and month would cost
 * nine times the rows.
 */
export function ikmFromScores(m: Pick<Moments, "n" | "sum">, weighting: Weighting): number | null {
  return m.n > 0 ? (ikmConvertedPerTotal(weighting) * m.sum) / m.n : null;
}

function itemTallies(t: Tallies, instrument: Instrument) {
  return INSTRUMENTS[instrument].items.map((key) => ({ key, ...(t.items.get(key) ?? { sum: 0, n: 0 }) }));
}

/** The indices of one set of tallies, in the evaluator API's shape (numbers unrounded). */
export function computeIndices(
  t: Tallies,
  opts: IndexOptions,
  population: number | null,
  period: Pick<Period, "days" | "yearDays">,
) {
  const moments = (ins: Instrument) => t.scores.get(ins) ?? { n: 0, sum: 0, sumSquares: 0 };
  const sufficient = (n: number) => n >= opts.minRespondents;

  const skm = computeIkm(itemTallies(t, "skm"), opts.weighting);
  const skmN = moments("skm").n;
  const ikm = skm && {
    n: skmN,
    ...skm,
    // No grade is read off too few answers: the numbers stay, the verdict waits.
    grade: sufficient(skmN) ? skm.grade : null,
    performance: sufficient(skmN) ? skm.performance : null,
    ci95: meanCi95(moments("skm"), ikmConvertedPerTotal(opts.weighting)),
    sufficient: sufficient(skmN),
  };

  const perception = (ins: "spkp" | "spak") => {
    const r = computePerception(itemTallies(t, ins), opts.conversion);
    if (!r) return null;
    const { a, b } = index4PerTotal(opts.conversion, INSTRUMENTS[ins].items.length);
    const n = moments(ins).n;
    return { n, ...r, ci95: meanCi95(moments(ins), a, b), sufficient: sufficient(n) };
  };
  const ipkp = perception("spkp");
  const ipak = perception("spak");
  const zi = ziChecks(ipak?.sufficient ? ipak.index4 : null, ipkp?.sufficient ? ipkp.index4 : null);

  return {
    respondents: t.respondents,
    ikm,
    ipkp,
    ipak,
    steeredShare: t.steeredAnswered > 0 ? t.steeredYes / t.steeredAnswered : null,
    sample: sampleAdequacy(population, period.days, period.yearDays, t.respondents, opts.sampleBasis),
    zi,
    minRespondents: opts.minRespondents,
    ciMethod: CI_METHOD,
    formulaVersion: formulaVersion(opts.weighting, opts.conversion, CI_METHOD, opts.sampleBasis),
  };
}
