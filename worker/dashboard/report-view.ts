import type { Db } from "../../db/db";
import { getOrganizationById } from "../../db/queries/admin";
import { profileCounts } from "../../db/queries/dashboard";
import { listFollowUps } from "../../db/queries/follow-ups";
import { sumRollupsByMonth } from "../../db/queries/indices";
import type { UnitSummary } from "../../db/queries/units";
import type { ReportData } from "../../web/pages/ReportPage";
import { computeIndices, mergeMonths, type IndexOptions } from "../indices/compute";
import { previousPeriod, type Period } from "../indices/period";
import { weakestUnsur } from "../scoring/ikm";
import { ziVerdicts } from "../scoring/zi";
import { parseOrgSettings } from "../settings";
import { PROFILE_FIELDS } from "../survey/instruments";
import { bandsWithData } from "./profile";

/** The SKM report of a unit and period, and the period before it for the comparison. */
export async function reportData(
  db: Db,
  orgId: string,
  unit: UnitSummary,
  period: Period,
  options: IndexOptions,
): Promise<ReportData> {
  const before = previousPeriod(period);
  const [totals, previous, profiles, followUps, org] = await Promise.all([
    sumRollupsByMonth(db, [unit.id], period.from, period.to),
    sumRollupsByMonth(db, [unit.id], before.from, before.to),
    profileCounts(db, [unit.id], period.from, period.to),
    listFollowUps(db, unit.id, period.from.slice(0, 4)),
    getOrganizationById(db, orgId),
  ]);
  const indices = computeIndices(mergeMonths(totals), options, unit.population, period);
  const prev = computeIndices(mergeMonths(previous), options, unit.population, before);
  const weight = options.weighting === "exact" ? 1 / 9 : Number(options.weighting);
  const counts = new Map(profiles.map((p) => [`${p.field}|${p.band}`, p.count]));
  const orgBands = parseOrgSettings(org?.settings).profileBands;
  return {
    orgName: org?.name ?? "",
    unitName: unit.name,
    period: { label: period.label, from: period.from, to: period.to, previousLabel: before.label },
    indices: { ...indices, verdicts: ziVerdicts(indices.zi) },
    weakest: weakestUnsur(indices.ikm?.items ?? []),
    unsur: (indices.ikm?.items ?? []).map((i) => ({
      key: i.key,
      sum: Math.round(i.nrr * i.n),
      n: i.n,
      nrr: i.nrr,
      weighted: i.nrr * weight,
    })),
    previous: {
      ikm: prev.ikm?.converted ?? null,
      ipkp: prev.ipkp?.index4 ?? null,
      ipak: prev.ipak?.index4 ?? null,
      respondents: prev.respondents,
    },
    profile: PROFILE_FIELDS.map((field) => ({
      field,
      bands: bandsWithData(orgBands[field], field, counts).map((band) => ({
        band,
        count: counts.get(`${field}|${band}`) ?? 0,
      })),
    })),
    followUps: followUps.map((f) => ({
      period: f.period,
      item: f.item,
      problem: f.problem,
      action: f.action,
      owner: f.owner,
      dueDate: f.dueDate,
      status: f.status,
    })),
  };
}
