import type { Db } from "../../db/db";
import { getOrganizationById, getUnit } from "../../db/queries/admin";
import { profileCounts } from "../../db/queries/dashboard";
import { listFollowUps } from "../../db/queries/follow-ups";
import { sumRollupsByMonth } from "../../db/queries/indices";
import { listUnitTouchpoints } from "../../db/queries/touchpoints";
import { AppError, periodError } from "../errors";
import { computeIndices, mergeMonths, optionsFromSettings } from "../indices/compute";
import { checkPeriodLabel } from "../indices/period";
import { bandsWithData } from "../dashboard/profile";
import { parseOrgSettings } from "../settings";
import { localDate } from "../survey/local-date";
import { PROFILE_FIELDS } from "../survey/instruments";
import { serviceIndices } from "../indices/services";
import { publicationFlags } from "./flags";
import { writeSnapshot } from "./snapshot-schema";

type ServiceIndices = Awaited<ReturnType<typeof serviceIndices>>[number];

/** One jenis layanan as published: n and value of each index, the grade only with enough answers. */
function serviceResult(s: ServiceIndices) {
  const of = (ix: { n: number; index4: number; sufficient: boolean } | null) =>
    ix && { n: ix.n, value: ix.index4, sufficient: ix.sufficient };
  return {
    name: s.name,
    respondents: s.respondents,
    ikm: s.ikm && { n: s.ikm.n, value: s.ikm.converted, sufficient: s.ikm.sufficient, grade: s.ikm.grade },
    ipkp: of(s.ipkp),
    ipak: of(s.ipak),
  };
}

/**
 * A unit's results for a period as they will be frozen: everything the public page, the poster, the
 * badge and the open data show, computed now, as the JSON to store (worker/actions/publishing.ts).
 */
export async function buildSnapshot(db: Db, q: { unitId: string; period: string; now: number }) {
  const checked = checkPeriodLabel(q.period);
  if (!checked.ok) throw periodError(checked);
  const period = checked.period;
  const unit = await getUnit(db, q.unitId);
  if (!unit) throw new AppError("NOT_FOUND", "Unit tidak ditemukan");
  const org = (await getOrganizationById(db, unit.orgId))!;
  const settings = parseOrgSettings(org.settings);
  const options = optionsFromSettings(settings);
  const [totals, profiles, followUps, touchpoints, services] = await Promise.all([
    sumRollupsByMonth(db, [unit.id], period.from, period.to),
    profileCounts(db, [unit.id], period.from, period.to),
    listFollowUps(db, unit.id, period.from.slice(0, 4)),
    listUnitTouchpoints(db, unit.id),
    serviceIndices(db, unit, period, options),
  ]);
  const indices = computeIndices(mergeMonths(totals), options, unit.population, period);
  const flags = publicationFlags({
    periodTo: period.to,
    today: localDate(q.now, unit.timeZone ?? org.timeZone),
    respondents: indices.respondents,
    minRespondents: options.minRespondents,
  });
  const counts = new Map(profiles.map((p) => [`${p.field}|${p.band}`, p.count]));
  // In the organization's category order, so a published table reads SD, SMP, SMA … not alphabetically.
  const profile = Object.fromEntries(
    PROFILE_FIELDS.map((f) => [
      f,
      Object.fromEntries(
        bandsWithData(settings.profileBands[f], f, counts).map((b) => [b, counts.get(`${f}|${b}`) ?? 0]),
      ),
    ]),
  );
  const snapshot = {
    unit: { code: unit.code, name: unit.name },
    organization: org.name,
    services: [...new Set(touchpoints.map((t) => t.serviceName).filter((s): s is string => !!s))].sort(),
    period: { label: period.label, from: period.from, to: period.to },
    ...indices,
    profile,
    // The problem text stays internal: staff may have quoted a comment in it.
    followUps: followUps.map((f) => ({
      period: f.period,
      item: f.item,
      action: f.action,
      status: f.status,
      dueDate: f.dueDate,
    })),
    publishedAt: new Date(q.now * 1000).toISOString(),
    flags,
    serviceResults: services.filter((s) => s.respondents > 0).map(serviceResult),
  };
  return { unitId: unit.id, orgId: unit.orgId, period: period.label, flags, data: writeSnapshot(snapshot) };
}
