import type { Context } from "hono";
import { getOrganizationById, getUnitByCode } from "../../db/queries/admin";
import { listPublishedUnits, listSnapshots } from "../../db/queries/publications";
import { PublicIndexPage, PublicUnitPage, ResultsPosterPage } from "../../web/pages/PublicPages";
import { appFactory, type AppEnv } from "../context";
import { commentPage } from "../dashboard/comment-page";
import { AppError, periodError } from "../errors";
import { publicCache } from "../http-cache";
import { checkPeriodLabel } from "../indices/period";
import { csvLine } from "../export/csv";
import { ikmBadge } from "../publication/badge";
import { headline } from "../publication/flags";
import { publishedActions } from "../publication/public-follow-ups";
import {
  JSON_FIELDS,
  OPEN_DATA_FIELDS,
  latestVersions,
  openDataRow,
  publishedPeriod,
  sameKind,
} from "../publication/public-view";
import { readSnapshot } from "../publication/snapshot-schema";
import { FULL_CSS_PATH, html } from "../render";

/** /p: published results for citizens, the notice board and open-data users. Cacheable at the edge. */
export const publicRoutes = appFactory.createApp();

// Public by design: the badge is embedded on units' own sites and open data is read by other origins.
publicRoutes.use(async (c, next) => {
  await next();
  c.header("Cross-Origin-Resource-Policy", "cross-origin");
  c.header("Access-Control-Allow-Origin", "*");
});

publicRoutes.use(publicCache);

async function publishedUnit(c: Context<AppEnv>) {
  const unit = await getUnitByCode(c.var.db, c.req.param("unitCode")!);
  if (!unit) throw new AppError("NOT_FOUND", "Unit tidak ditemukan");
  const org = await getOrganizationById(c.var.db, unit.orgId);
  const rows = await listSnapshots(c.var.db, unit.id);
  return {
    unit: { code: unit.code, name: unit.name, organization: org?.name ?? "" },
    rows,
    latest: latestVersions(rows),
  };
}

/** Units per page of /p: a ministry's ~600 satker are six short pages, not one long scroll on a phone. */
const UNITS_PER_PAGE = 100;

// `?org=<slug>` narrows the list to one organization's units; `?page=` pages through it.
publicRoutes.get("/", async (c) => {
  const page = commentPage(c.req.query("page"));
  const org = c.req.query("org")?.slice(0, 100);
  const found = await listPublishedUnits(c.var.db, org, UNITS_PER_PAGE + 1, (page - 1) * UNITS_PER_PAGE);
  const link = (p: number) => `/p?${new URLSearchParams({ ...(org ? { org } : {}), page: String(p) })}`;
  return html(
    c,
    200,
    <PublicIndexPage
      cssHref={FULL_CSS_PATH}
      units={found.slice(0, UNITS_PER_PAGE)}
      previous={page > 1 ? link(page - 1) : undefined}
      next={found.length > UNITS_PER_PAGE ? link(page + 1) : undefined}
    />,
  );
});

publicRoutes.get("/:unitCode", async (c) => {
  const { unit, latest } = await publishedUnit(c);
  const trend = sameKind(latest)
    .map((s) => ({ label: s.period.label, value: s.ikm?.converted ?? null, flagged: s.flags.length > 0 }))
    .reverse();
  return html(
    c,
    200,
    <PublicUnitPage
      cssHref={FULL_CSS_PATH}
      unit={unit}
      periods={latest.map(publishedPeriod)}
      headline={headline(latest.map(publishedPeriod))}
      trend={trend}
      improvements={publishedActions(latest)}
    />,
  );
});

publicRoutes.get("/:unitCode/poster", async (c) => {
  const wanted = c.req.query("period");
  const checked = wanted ? checkPeriodLabel(wanted) : null;
  if (checked && !checked.ok) throw periodError(checked);
  const { unit, latest } = await publishedUnit(c);
  const snapshot = checked
    ? latest.find((s) => s.period.label === checked.period.label)
    : (headline(latest) ?? latest[0]);
  if (!snapshot) throw new AppError("NOT_FOUND", "Periode ini belum dipublikasikan");
  return html(c, 200, <ResultsPosterPage cssHref={FULL_CSS_PATH} unit={unit} period={publishedPeriod(snapshot)} />);
});

publicRoutes.get("/:unitCode/badge.svg", async (c) => {
  const { latest } = await publishedUnit(c);
  // Never a running period or a short sample: the newest period published without a note.
  const s = headline(latest);
  return c.body(
    ikmBadge(
      s?.ikm ? { converted: s.ikm.converted, grade: s.ikm.grade, period: s.period.label } : null,
      !s && latest.length > 0,
    ),
    200,
    { "Content-Type": "image/svg+xml" },
  );
});

publicRoutes.get("/:unitCode/data.json", async (c) => {
  const { unit, rows } = await publishedUnit(c);
  const snapshots = rows.map((r) => ({ version: r.version, ...readSnapshot(r.data) }));
  const body = { unit, dictionary: { csv: Object.fromEntries(OPEN_DATA_FIELDS), snapshot: JSON_FIELDS }, snapshots };
  return c.json(body);
});

publicRoutes.get("/:unitCode/data.csv", async (c) => {
  const { unit, rows } = await publishedUnit(c);
  const lines = [
    csvLine(OPEN_DATA_FIELDS.map(([name]) => name)),
    ...rows.map((r) => csvLine(openDataRow(unit.code, readSnapshot(r.data), r.version))),
  ];
  c.header("Content-Disposition", `inline; filename="skm-${unit.code}.csv"`);
  return c.body(`\uFEFF${lines.join("")}`, 200, { "Content-Type": "text/csv; charset=UTF-8" });
});
