import type { Db } from "../../db/db";
import { sumRollupsByMonth, type MonthlyTotals } from "../../db/queries/indices";
import { flagCountsByStatus } from "../../db/queries/flags";
import { activeTouchpointCounts } from "../../db/queries/overview";
import type { UnitSummary } from "../../db/queries/units";
import type { Measures, TreeRow } from "../../web/overview-types";
import { computeIndices, groupTotals, ikmFromScores, mergeMonths, type IndexOptions } from "../indices/compute";
import { bucketOf, bucketsOf, checkPeriodLabel, type Period } from "../indices/period";
import { weakestUnsur } from "../scoring/ikm";
import { ziVerdicts } from "../scoring/zi";
import { localDate } from "../survey/local-date";
import { MATERIAL_STEERED_SHARE } from "./overview";
import { subtreeLists, treeOrder } from "./tree";

type Indices = ReturnType<typeof computeIndices>;
const NO_TOTALS: MonthlyTotals = { items: [], scores: [], days: [] };

/** The calendar quarter of `now` in the zone, up to today: what "belum ada survei triwulan ini" looks at. */
export function currentQuarter(now: number, zone: string) {
  const today = localDate(now, zone);
  const quarter = checkPeriodLabel(bucketOf(today, "quarter"));
  if (!quarter.ok) throw new RangeError(`No quarter for ${today}`);
  return { label: quarter.period.label, from: quarter.period.from, to: today };
}

function measuresOf(ix: Indices): Measures {
  const zi = ziVerdicts(ix.zi);
  const figure = (f: { n: number; ci95: [number, number] | null; sufficient: boolean }, value: number) => ({
    value,
    n: f.n,
    ci95: f.ci95,
    sufficient: f.sufficient,
  });
  return {
    respondents: ix.respondents,
    ikm: ix.ikm && { ...figure(ix.ikm, ix.ikm.converted), grade: ix.ikm.grade },
    ipkp: ix.ipkp && { ...figure(ix.ipkp, ix.ipkp.index4), lke: ix.ipkp.lke, wbk: zi.wbk.ipkp, wbbm: zi.wbbm.ipkp },
    ipak: ix.ipak && { ...figure(ix.ipak, ix.ipak.index4), lke: ix.ipak.lke, wbk: zi.wbk.ipak, wbbm: zi.wbbm.ipak },
  };
}

/** Concatenated totals of many groups (a unit and the units below it). */
function joinTotals(parts: readonly MonthlyTotals[]): MonthlyTotals {
  return {
    items: parts.flatMap((p) => p.items),
    scores: parts.flatMap((p) => p.scores),
    days: parts.flatMap((p) => p.days),
  };
}

/**
 * The leaders' overview: every visible unit in tree order with its own indices and those of its
 * subtree, the sparkline of the subtree's monthly IKM, and its flags. Five grouped reads in parallel
 * whatever the number of units (the period's totals per unit, the monthly SKM scores per unit, this
 * quarter's respondents per unit, active touchpoints per unit, flags per unit and status); the subtrees
 * are summed in memory.
 */
export async function leadersOverview(
  db: Db,
  units: UnitSummary[],
  period: Period,
  options: IndexOptions,
  quarter: { from: string; to: string },
): Promise<TreeRow[]> {
  if (units.length === 0) return [];
  const ids = units.map((u) => u.id);
  const [totals, monthly, thisQuarter, touchpoints, flagCounts] = await Promise.all([
    sumRollupsByMonth(db, ids, period.from, period.to, { perUnit: true, perMonth: false }),
    sumRollupsByMonth(db, ids, period.from, period.to, { perUnit: true, measures: ["skm"] }),
    sumRollupsByMonth(db, ids, quarter.from, quarter.to, { perUnit: true, perMonth: false, measures: ["respondents"] }),
    activeTouchpointCounts(db, ids),
    flagCountsByStatus(db, ids),
  ]);
  const attention = new Map(flagCounts.filter((f) => f.status === "baru").map((f) => [f.unitId, f.n]));
  const entries = treeOrder(units);
  const byUnit = groupTotals(totals, (r) => r.unitId);
  const monthlyByUnit = groupTotals(monthly, (r) => r.unitId);
  const subtreeTotals = subtreeLists(entries, (id) => [byUnit.get(id) ?? NO_TOTALS]);
  const subtreeMonthly = subtreeLists(entries, (id) => monthlyByUnit.get(id)?.scores ?? []);
  const quarterN = new Map<string, number>();
  for (const d of thisQuarter.days) quarterN.set(d.unitId, (quarterN.get(d.unitId) ?? 0) + d.respondents);
  const months = bucketsOf(period, "month");

  const rows = entries.map((e): TreeRow => {
    const u = e.unit;
    const own = computeIndices(mergeMonths(byUnit.get(u.id) ?? NO_TOTALS), options, u.population, period);
    const hasChildren = e.childIds.length > 0;
    const collects = !hasChildren || (touchpoints.get(u.id) ?? 0) > 0;
    const sub = hasChildren
      ? computeIndices(mergeMonths(joinTotals(subtreeTotals.get(u.id)!)), options, null, period)
      : null;
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      depth: e.depth,
      path: e.ancestors.map((a) => a.name),
      hasChildren,
      collects,
      own: measuresOf(own),
      subtree: sub && measuresOf(sub),
      required: own.sample.required,
      flags: {
        noSurvey: collects && (quarterN.get(u.id) ?? 0) === 0,
        belowSample: collects && own.sample.adequate === false,
      },
      flaggedBelow: 0,
      attention: attention.get(u.id) ?? 0,
      weakest: weakestUnsur(own.ikm?.items ?? []),
      steeredShare: own.steeredShare !== null && own.steeredShare >= MATERIAL_STEERED_SHARE ? own.steeredShare : null,
      spark: sparkOf(subtreeMonthly.get(u.id) ?? [], months, options),
    };
  });
  countFlaggedBelow(rows, entries);
  return rows;
}

/**
 * The monthly IKM of a unit and the units below it. A month with fewer respondents than the minimum is
 * left out (a gap), so six answers in a month just begun cannot look like a collapse.
 */
function sparkOf(scores: MonthlyTotals["scores"], months: string[], options: IndexOptions) {
  const perMonth = new Map<string, { n: number; sum: number }>();
  for (const s of scores) {
    const cur = perMonth.get(s.month) ?? { n: 0, sum: 0 };
    perMonth.set(s.month, { n: cur.n + s.respondents, sum: cur.sum + s.scoreSum });
  }
  return months.map((m) => {
    const t = perMonth.get(m);
    const value = t && t.n >= options.minRespondents ? ikmFromScores(t, options.weighting) : null;
    return { label: m, value };
  });
}

/** Rows and entries are in the same (tree) order: each flagged unit counts once for every unit above it. */
function countFlaggedBelow(rows: TreeRow[], entries: ReturnType<typeof treeOrder<UnitSummary>>) {
  const index = new Map(rows.map((r) => [r.unitId, r]));
  rows.forEach((r, i) => {
    if (r.flags.noSurvey || r.flags.belowSample)
      for (const a of entries[i]!.ancestors) index.get(a.id)!.flaggedBelow += 1;
  });
}
