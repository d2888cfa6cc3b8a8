import type { Db } from "../../db/db";
import { countComments, itemDistribution, listComments, profileCounts } from "../../db/queries/dashboard";
import { countFlags } from "../../db/queries/flags";
import { listFollowUps, listForums } from "../../db/queries/follow-ups";
import { sumRollupsByMonth, type MonthlyTotals } from "../../db/queries/indices";
import { sumOfflineByMonth } from "../../db/queries/offline-totals";
import { offlineRespondents, withoutOffline } from "../indices/online-only";
import type { UnitSummary } from "../../db/queries/units";
import type { UnitPageData } from "../../web/pages/UnitPage";
import { computeIndices, groupTotals, mergeMonths, tallyOf, type IndexOptions } from "../indices/compute";
import { bucketsOf, type Period } from "../indices/period";
import { serviceIndices } from "../indices/services";
import { weakestUnsur } from "../scoring/ikm";
import { ziVerdicts } from "../scoring/zi";
import { INSTRUMENTS, PROFILE_FIELDS } from "../survey/instruments";
import type { ProfileBands } from "../settings";
import { bandsWithData } from "./profile";
import { MATERIAL_STEERED_SHARE } from "./overview";
import { COMMENTS_PER_PAGE } from "./comment-page";

/** `null` when the user may not read comments (a viewer): they are then not even read from the database. */
export type CommentQuery = { search?: string; status?: string; page?: number } | null;

/** One page of a period's comments, newest first; a page past the last shows the last. */
async function commentPageOf(db: Db, unitIds: string[], period: Period, cq: NonNullable<CommentQuery>) {
  const filter = {
    unitIds,
    from: period.from,
    to: period.to,
    search: cq.search || undefined,
    status: cq.status || undefined,
  };
  const total = await countComments(db, filter);
  const pages = Math.max(1, Math.ceil(total / COMMENTS_PER_PAGE));
  const page = Math.min(cq.page ?? 1, pages);
  const rows = await listComments(db, { ...filter, limit: COMMENTS_PER_PAGE, offset: (page - 1) * COMMENTS_PER_PAGE });
  return { rows, page, pages, total };
}

/** Everything the unit page shows for one period, from rollups (and the comments themselves). */
export async function unitPageData(
  db: Db,
  unit: UnitSummary,
  period: Period,
  settings: { options: IndexOptions; profileBands: ProfileBands },
  cq: CommentQuery,
  lang: "id" | "en" = "id",
): Promise<UnitPageData> {
  const { options, profileBands: orgBands } = settings;
  const ids = [unit.id];
  const [totals, distribution, profiles, comments, followUps, services, forums, flagsNew, offline] = await Promise.all([
    sumRollupsByMonth(db, ids, period.from, period.to),
    itemDistribution(db, ids, period.from, period.to),
    profileCounts(db, ids, period.from, period.to),
    cq ? commentPageOf(db, ids, period, cq) : null,
    listFollowUps(db, unit.id, period.from.slice(0, 4)),
    serviceIndices(db, unit, period, options, lang),
    listForums(db, unit.id, period.from.slice(0, 4)),
    countFlags(db, { unitIds: ids, status: "baru" }),
    sumOfflineByMonth(db, ids, period.from, period.to),
  ]);
  const indices = computeIndices(mergeMonths(totals), options, unit.population, period);
  const byMonth = groupTotals(totals, (r) => r.month);
  const trend = bucketsOf(period, "month").map((m) => {
    const month = computeIndices(tallyOf(byMonth, m), options, null, period);
    return {
      label: m,
      value: month.ikm?.converted ?? null,
      // Below the organization's minimum the month is drawn hollow and unjoined, not as a real rise or drop.
      n: month.ikm?.n,
      thin: month.ikm ? !month.ikm.sufficient : false,
      lo: month.ikm?.ci95?.[0] ?? null,
      hi: month.ikm?.ci95?.[1] ?? null,
    };
  });
  const counts = new Map(distribution.map((d) => [`${d.item}|${d.value}`, d.count]));
  const items = (Object.keys(INSTRUMENTS) as (keyof typeof INSTRUMENTS)[]).flatMap((ins) =>
    INSTRUMENTS[ins].items.map((item) => ({
      item,
      counts: Array.from({ length: INSTRUMENTS[ins].max }, (_, v) => counts.get(`${item}|${v + 1}`) ?? 0),
    })),
  );
  const bands = new Map(profiles.map((p) => [`${p.field}|${p.band}`, p.count]));
  return {
    indices: { ...indices, verdicts: ziVerdicts(indices.zi) },
    weakest: weakestUnsur(indices.ikm?.items ?? []),
    steeredMaterial: indices.steeredShare !== null && indices.steeredShare >= MATERIAL_STEERED_SHARE,
    trend,
    distribution: items.filter((i) => i.counts.some((c) => c > 0)),
    profile: PROFILE_FIELDS.map((field) => ({
      field,
      bands: bandsWithData(orgBands[field], field, bands).map((band) => ({
        band,
        count: bands.get(`${field}|${band}`) ?? 0,
      })),
    })),
    comments: comments && {
      page: comments.page,
      pages: comments.pages,
      total: comments.total,
      items: comments.rows.map((c) => ({
        id: c.id,
        date: c.localDate,
        text: c.comment ?? "",
        improvement: c.improvement,
        status: c.status,
        redacted: c.redactedAt !== null,
      })),
    },
    followUps: followUps.map((f) => ({
      id: f.id,
      period: f.period,
      item: f.item,
      problem: f.problem,
      action: f.action,
      owner: f.owner,
      dueDate: f.dueDate,
      quarter: f.quarter,
      status: f.status,
      startedOn: f.startedOn,
      doneOn: f.doneOn,
      evidence: f.evidence,
      forumId: f.forumId,
    })),
    services,
    forums: forums.map(({ id, period, heldOn, notes }) => ({ id, period, heldOn, notes })),
    flagsNew,
    offline: offlineRespondents(offline) > 0 ? onlineOnly(totals, offline, options, unit.population, period) : null,
  };
}

/** The indices from the online answers alone, beside the count of the others. */
function onlineOnly(
  totals: MonthlyTotals,
  offline: MonthlyTotals,
  options: IndexOptions,
  population: number | null,
  period: Period,
) {
  const ix = computeIndices(mergeMonths(withoutOffline(totals, offline)), options, population, period);
  return {
    offline: offlineRespondents(offline),
    respondents: ix.respondents,
    ikm: ix.ikm?.converted ?? null,
    ipkp: ix.ipkp?.index4 ?? null,
    ipak: ix.ipak?.index4 ?? null,
  };
}
