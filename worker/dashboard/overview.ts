import type { Db } from "../../db/db";
import { getOrganizationById } from "../../db/queries/admin";
import { sumRollupsByMonth } from "../../db/queries/indices";
import type { UnitSummary } from "../../db/queries/units";
import type { OverviewRow } from "../../web/pages/OverviewPage";
import {
  computeIndices,
  groupTotals,
  ikmFromScores,
  mergeMonths,
  optionsFromSettings,
  type IndexOptions,
} from "../indices/compute";
import { bucketsOf, type Period } from "../indices/period";
import { weakestUnsur } from "../scoring/ikm";
import { ziVerdicts } from "../scoring/zi";
import { parseOrgSettings } from "../settings";

// A steering share from 5% up is worth a look: a few "Ya" among many answers is noise, one in twenty is not.
export const MATERIAL_STEERED_SHARE = 0.05;

export async function indexOptionsOf(db: Db, orgId: string): Promise<IndexOptions> {
  return (await orgDashboardSettings(db, orgId)).options;
}

/** The organization's formula choices and its profile categories, from one read. */
async function orgDashboardSettings(db: Db, orgId: string) {
  return dashboardSettings((await getOrganizationById(db, orgId))?.settings);
}

/** The formula choices and profile categories of stored organization settings (a unit's page has them already). */
export function dashboardSettings(orgSettings: string | null | undefined) {
  const org = parseOrgSettings(orgSettings);
  return {
    options: optionsFromSettings(org),
    profileBands: org.profileBands,
  };
}

/**
 * One row per visible unit: its own indices for the period (not its subtree), from two grouped reads
 * whatever the number of units: the period's totals per unit, and the SKM scores per unit and month.
 */
export async function overviewRows(
  db: Db,
  units: UnitSummary[],
  period: Period,
  options: IndexOptions,
): Promise<OverviewRow[]> {
  if (units.length === 0) return [];
  const ids = units.map((u) => u.id);
  const [totals, monthly] = await Promise.all([
    sumRollupsByMonth(db, ids, period.from, period.to, { perUnit: true, perMonth: false }),
    sumRollupsByMonth(db, ids, period.from, period.to, { perUnit: true, measures: ["skm"] }),
  ]);
  const months = bucketsOf(period, "month");
  // Grouped once: filtering every unit's rows out of the whole instansi's would cost units² steps.
  const byUnit = groupTotals(totals, (r) => r.unitId);
  // A month below the minimum n is marked thin: the sparkline draws it hollow and unjoined.
  const sparks = new Map(
    monthly.scores.map((s) => [
      `${s.unitId}|${s.month}`,
      {
        value: ikmFromScores({ n: s.respondents, sum: s.scoreSum }, options.weighting),
        n: s.respondents,
        thin: s.respondents < options.minRespondents,
      },
    ]),
  );
  return units.map((u) => {
    const own = byUnit.get(u.id) ?? { items: [], scores: [], days: [] };
    const ix = computeIndices(mergeMonths(own), options, u.population, period);
    const weakest = weakestUnsur(ix.ikm?.items ?? []);
    const zi = ziVerdicts(ix.zi);
    return {
      unitId: u.id,
      name: u.name,
      respondents: ix.respondents,
      required: ix.sample.required,
      ikm: ix.ikm && { converted: ix.ikm.converted, grade: ix.ikm.grade, sufficient: ix.ikm.sufficient },
      ipkp: ix.ipkp && { index4: ix.ipkp.index4, lke: ix.ipkp.lke, wbk: zi.wbk.ipkp, wbbm: zi.wbbm.ipkp },
      ipak: ix.ipak && { index4: ix.ipak.index4, lke: ix.ipak.lke, wbk: zi.wbk.ipak, wbbm: zi.wbbm.ipak },
      weakest: weakest ? { key: weakest.key, nrr: weakest.nrr } : null,
      steeredShare: ix.steeredShare !== null && ix.steeredShare >= MATERIAL_STEERED_SHARE ? ix.steeredShare : null,
      spark: months.map((m) => ({ label: m, value: null, ...sparks.get(`${u.id}|${m}`) })),
    };
  });
}
