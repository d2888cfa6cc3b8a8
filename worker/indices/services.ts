import type { Db } from "../../db/db";
import type { MonthlyTotals } from "../../db/queries/indices";
import { sumServiceRollups, type ServiceMeasure } from "../../db/queries/service-indices";
import { computeIndices, mergeMonths, type IndexOptions } from "./compute";
import type { Period } from "./period";

/** How the responses without a service (service id "") are named. */
const NO_SERVICE_NAME = { id: "Tanpa jenis layanan", en: "No service" } as const;

/** The measures of one service in the shape `mergeMonths` sums (one row per measure, no unit or month). */
function totalsOf(rows: ServiceMeasure[]): MonthlyTotals {
  const out: MonthlyTotals = { items: [], scores: [], days: [] };
  const at = { unitId: "", month: "" };
  for (const r of rows) {
    if (r.measure === "respondents") out.days.push({ ...at, respondents: r.n, steeredYes: 0, steeredAnswered: 0 });
    else if (r.measure === "steered")
      out.days.push({ ...at, respondents: 0, steeredYes: r.total, steeredAnswered: r.n });
    // Item keys are a letter and a number (U1, P8, A5); anything else is an instrument's score.
    else if (/^[A-Z]\d+$/.test(r.measure)) out.items.push({ ...at, item: r.measure, sum: r.total, n: r.n });
    else
      out.scores.push({
        ...at,
        instrument: r.measure,
        respondents: r.n,
        scoreSum: r.total,
        scoreSqSum: r.totalSq,
      });
  }
  return out;
}

/**
 * The indices of each jenis layanan of a unit for a period, computed exactly as the unit's are, each
 * with its own n, intervals and, when the service's yearly population is set, its own Krejcie–Morgan
 * requirement. Every service of the unit is listed (respondents 0 when none answered); responses
 * without a service come last, as service "", only when there are any. Services read from the rollups,
 * so they add up to the unit's respondents.
 */
export async function serviceIndices(
  db: Db,
  unit: { id: string },
  period: Pick<Period, "from" | "to" | "days" | "yearDays">,
  options: IndexOptions,
  lang: "id" | "en" = "id",
) {
  const { services, measures } = await sumServiceRollups(db, unit.id, period.from, period.to);
  const byService = new Map<string, ServiceMeasure[]>();
  for (const m of measures) (byService.get(m.serviceId) ?? byService.set(m.serviceId, []).get(m.serviceId)!).push(m);
  const listed = [
    ...services.map((s) => ({ serviceId: s.id, name: s.name, population: s.population })),
    // A service no longer among the unit's (its touchpoint moved) still counts, under its id.
    ...[...byService.keys()]
      .filter((id) => id !== "" && !services.some((s) => s.id === id))
      .map((id) => ({ serviceId: id, name: id, population: null })),
    ...(byService.has("") ? [{ serviceId: "", name: NO_SERVICE_NAME[lang], population: null }] : []),
  ];
  return listed.map(({ serviceId, name, population }) => {
    const ix = computeIndices(mergeMonths(totalsOf(byService.get(serviceId) ?? [])), options, population, period);
    return {
      serviceId,
      name,
      respondents: ix.respondents,
      ikm: ix.ikm,
      ipkp: ix.ipkp,
      ipak: ix.ipak,
      steeredShare: ix.steeredShare,
      sample: ix.sample,
    };
  });
}
