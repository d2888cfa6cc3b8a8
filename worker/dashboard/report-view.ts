import type { Db } from "../../db/db";
import { getOrganizationById, getUnit } from "../../db/queries/admin";
import { profileCounts } from "../../db/queries/dashboard";
import { sumRollupsByMonth } from "../../db/queries/indices";
import { listReportFollowUps } from "../../db/queries/report";
import { listUnitTouchpoints } from "../../db/queries/touchpoints";
import type { UnitSummary } from "../../db/queries/units";
import type { ReportData } from "../../web/components/report/types";
import { idDate, idPeriod, idPeriodShort, weightingWords } from "../../web/report-format";
import { computeIndices, mergeMonths, type IndexOptions } from "../indices/compute";
import { previousPeriod, type Period } from "../indices/period";
import { serviceIndices } from "../indices/services";
import { parseOrgSettings, parseUnitSettings } from "../settings";
import { PROFILE_FIELDS } from "../survey/instruments";
import { bandsWithData } from "./profile";
import { reportConclusion } from "./report-conclusion";
import {
  collectionMonths,
  extremes,
  ikmView,
  perceptionSections,
  profileSection,
  rtl,
  serviceResults,
  unsurRows,
} from "./report-parts";

/** Earlier periods of the same kind in the trend chart (quarters with quarters, years with years). */
const TREND_PERIODS = 5;

/** The IKM of each of the TREND_PERIODS periods before this one, oldest first, then this one's. */
async function trend(db: Db, unit: UnitSummary, period: Period, options: IndexOptions, current: number | null) {
  const earlier: Period[] = [];
  for (let p = period; earlier.length < TREND_PERIODS;) earlier.unshift((p = previousPeriod(p)));
  const points = await Promise.all(
    earlier.map(async (p) => {
      const ix = computeIndices(mergeMonths(await sumRollupsByMonth(db, [unit.id], p.from, p.to)), options, null, p);
      return { label: idPeriodShort(p.label), value: ix.ikm?.converted ?? null, respondents: ix.respondents };
    }),
  );
  return { points, previous: points.at(-1)!.value, now: { label: idPeriodShort(period.label), value: current } };
}

/** Everything the report reads besides the trend, in one round of parallel queries. */
async function readReport(db: Db, orgId: string, unit: UnitSummary, period: Period) {
  const [totals, profiles, followUps, org, row, touchpoints] = await Promise.all([
    sumRollupsByMonth(db, [unit.id], period.from, period.to),
    profileCounts(db, [unit.id], period.from, period.to),
    listReportFollowUps(db, unit.id, period.from.slice(0, 4)),
    getOrganizationById(db, orgId),
    getUnit(db, unit.id),
    listUnitTouchpoints(db, unit.id),
  ]);
  const counts = new Map(profiles.map((p) => [`${p.field}|${p.band}`, p.count]));
  const bands = parseOrgSettings(org?.settings).profileBands;
  return {
    totals,
    followUps,
    orgName: org?.name ?? "",
    settings: parseUnitSettings(row?.settings),
    touchpoints,
    profile: profileSection(
      PROFILE_FIELDS.map((f) => [f, bandsWithData(bands[f], f, counts)]),
      counts,
    ),
  };
}

/** The laporan SKM of a unit and period, per jenis layanan too. `today` is the unit's local date. */
export async function reportData(
  db: Db,
  orgId: string,
  unit: UnitSummary,
  period: Period,
  options: IndexOptions,
  today: string,
): Promise<ReportData> {
  const [r, services] = await Promise.all([
    readReport(db, orgId, unit, period),
    serviceIndices(db, unit, period, options),
  ]);
  const ix = computeIndices(mergeMonths(r.totals), options, unit.population, period);
  const ikm = ikmView(ix);
  const history = await trend(db, unit, period, options, ikm?.converted ?? null);
  const unsur = unsurRows(ix, options.weighting);
  const { strongest, weakest } = extremes(unsur);
  const s = r.settings;
  const words = { words: idPeriod(period.label), previousWords: idPeriod(previousPeriod(period).label) };
  const conclusion = reportConclusion({
    unitName: unit.name,
    periodWords: words.words,
    respondents: ix.respondents,
    ikm,
    strongest,
    weakest,
    minRespondents: options.minRespondents,
    previous: { periodWords: words.previousWords, ikm: history.previous },
    sample: ix.sample,
  });
  return {
    orgName: r.orgName,
    unitName: unit.name,
    signer: { name: s.headName, title: s.headTitle, nip: s.headNip, place: s.place, date: idDate(today) },
    period: { label: period.label, from: idDate(period.from), to: idDate(period.to), ...words },
    respondents: ix.respondents,
    minRespondents: options.minRespondents,
    formulaVersion: ix.formulaVersion,
    weighting: weightingWords(options.weighting),
    instruments: s.instruments,
    ikm,
    unsur,
    strongest,
    weakest,
    conclusion,
    services: serviceResults(services),
    profile: r.profile,
    perception: perceptionSections(ix),
    sample: { ...ix.sample, basisProrated: ix.sample.basis === "prorated" },
    collection: collectionMonths(period, r.totals),
    locations: r.touchpoints.map((tp) => ({ label: tp.label, service: tp.serviceName, active: tp.active })),
    ...rtl(r.followUps),
    trend: [...history.points, { ...history.now, respondents: ix.respondents }],
  };
}
