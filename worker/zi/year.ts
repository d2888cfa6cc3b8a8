import type { Db } from "../../db/db";
import { listFollowUps } from "../../db/queries/follow-ups";
import { sumRollupsByMonth } from "../../db/queries/indices";
import type { UnitWithOrg } from "../../db/queries/units";
import { getCapaianGrade, listPublicationChannels, listPublishedPeriods } from "../../db/queries/zi";
import { computeIndices, groupTotals, mergeMonths, optionsFromSettings, tallyOf } from "../indices/compute";
import { bucketOf, parsePeriodLabel } from "../indices/period";
import { LKE_SKM, lkeSkmItems } from "../scoring/lke-skm";
import { PEKPPP, pekppp } from "../scoring/pekppp";
import { CAPAIAN_GRADES, worksheet } from "../scoring/worksheet";
import { parseOrgSettings } from "../settings";

const asGrade = (g: string | null) => CAPAIAN_GRADES.find((k) => k === g) ?? null;

/** The year's four triwulan, each with its SKM respondents and whether that is enough to count as results. */
function triwulan(totals: Awaited<ReturnType<typeof sumRollupsByMonth>>, year: number, minRespondents: number) {
  const byQuarter = groupTotals(totals, (row) => bucketOf(`${row.month}-01`, "quarter"));
  return [1, 2, 3, 4].map((q) => {
    const label = `${year}-Q${q}`;
    const respondents = tallyOf(byQuarter, label).scores.get("skm")?.n ?? 0;
    return { label, respondents, results: respondents >= minRespondents };
  });
}

type Channel = Awaited<ReturnType<typeof listPublicationChannels>>[number];
type FollowUp = Awaited<ReturnType<typeof listFollowUps>>[number];

/** Online, offline and the channel count, from the channels logged and the periods published. */
function publicationOf(channels: Channel[], publishedPeriods: string[]) {
  // The public page and its open data are the online channel by themselves once a period of the year is published.
  const publicPage = publishedPeriods.length > 0;
  return {
    online: publicPage || channels.some((c) => c.online),
    offline: channels.some((c) => !c.online),
    channels: new Set(channels.map((c) => c.channel)).size + (publicPage ? 1 : 0),
  };
}

/** The year's follow-up plan as PEKPPP reads it. */
const planOf = (followUps: FollowUp[], yearEnd: string) =>
  followUps.map((f) => ({
    // The SKM report a follow-up answers is dated at the end of its period.
    reportDate: parsePeriodLabel(f.period)?.to ?? yearEnd,
    doneOn: f.doneOn,
    done: f.status === "selesai",
    evidence: (f.evidence ?? "").trim() !== "",
  }));

/**
 * Everything the ZI worksheet takes from the platform for one unit and year (in the unit's calendar):
 * the evaluator API's answer (`api`) and what each number was read from (`basis`, for the page).
 */
export async function ziYear(db: Db, unit: UnitWithOrg, year: number) {
  const options = optionsFromSettings(parseOrgSettings(unit.orgSettings));
  const period = parsePeriodLabel(String(year))!;
  const [totals, grade, channels, publishedPeriods, followUps] = await Promise.all([
    sumRollupsByMonth(db, [unit.id], period.from, period.to),
    getCapaianGrade(db, unit.id, year),
    listPublicationChannels(db, unit.id, year),
    listPublishedPeriods(db, unit.id, year),
    listFollowUps(db, unit.id, String(year)),
  ]);
  const indices = computeIndices(mergeMonths(totals), options, unit.population, period);
  const quarters = triwulan(totals, year, options.minRespondents);
  const w = worksheet({
    ipak: indices.ipak && { n: indices.ipak.n, index4: indices.ipak.index4 },
    ipkp: indices.ipkp && { n: indices.ipkp.n, index4: indices.ipkp.index4 },
    capaian: asGrade(grade),
    minRespondents: options.minRespondents,
  });
  const evidence = {
    periodsWithResults: quarters.filter((q) => q.results).length,
    ...publicationOf(channels, publishedPeriods),
  };
  const plan = planOf(followUps, period.to);
  const api = {
    unitId: unit.id,
    year,
    ipak: w.ipak,
    ipkp: w.ipkp,
    capaianKinerja: w.capaianKinerja ?? { grade: null, points: null },
    bersihAkuntabel: w.bersihAkuntabel,
    hasil: w.hasil,
    wbk: w.wbk,
    wbbm: w.wbbm,
    ...lkeSkmItems({ ...evidence, planned: plan.length, done: plan.filter((f) => f.done).length }),
    pekppp: pekppp({ ...evidence, respondents: indices.ikm?.n ?? 0, followUps: plan }),
    minRespondents: options.minRespondents,
    formulaVersion: [indices.formulaVersion, w.worksheetVersion, LKE_SKM.version, PEKPPP.version].join(" "),
  };
  return { api, basis: { quarters, channels, publishedPeriods } };
}
