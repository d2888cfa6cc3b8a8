import type { Context } from "hono";
import { OverviewPage } from "../../web/pages/OverviewPage";
import { idPeriod } from "../../web/report-format";
import { userActor } from "../actions/action";
import { recordOverviewExport } from "../actions/overview-export";
import { visibleUnits } from "../auth/scope";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { currentQuarter, leadersOverview } from "../dashboard/leaders";
import { indexOptionsOf } from "../dashboard/overview";
import { rankingHeader, rankingExportRows, TREE_HEADER, treeExportRows } from "../dashboard/overview-export";
import { matchesFlag, overviewQuery } from "../dashboard/overview-query";
import { dashboardPeriod, orgTimeZone, periodOptions } from "../dashboard/period";
import { rankUnits } from "../dashboard/ranking";
import { csvStream } from "../export/csv";
import { xlsxStream } from "../export/xlsx-stream";
import { html } from "../render";
import { localDate } from "../survey/local-date";

/** /admin: the overview of every unit the user may see, as a tree or a ranking, and its downloads. */
export const dashboardRoutes = dashboardFactory.createApp();

/** Everything the page and its exports show, from one set of reads; bad input is refused before any. */
async function overview(c: Context<DashboardEnv>) {
  const { db, user, now } = c.var;
  const zone = await orgTimeZone(db, user.orgId);
  const q = c.req.query();
  const period = dashboardPeriod(q, zone, now);
  const query = overviewQuery(q);
  const options = await indexOptionsOf(db, user.orgId);
  const quarter = currentQuarter(now, zone);
  const all = await leadersOverview(db, await visibleUnits(db, user), period, options, quarter);
  const rows = all.filter((r) => matchesFlag(r.flags, query.flag));
  const ranking = query.view === "ranking" ? rankUnits(rows, query.by, options.minRespondents) : null;
  return { q, zone, period, query, options, quarter, total: all.length, rows, ranking };
}

dashboardRoutes.get("/", async (c) => {
  const o = await overview(c);
  const chrome = adminChrome(c);
  // The picker offers a date range here too: it is read (and refused when bad) like on a unit's page.
  const range = o.q.period ? {} : { from: o.q.from, to: o.q.to };
  const year = Number(localDate(c.var.now, o.zone).slice(0, 4));
  return html(
    c,
    200,
    <OverviewPage
      chrome={chrome}
      periodLabel={o.period.label}
      {...range}
      periodOptions={periodOptions(year)}
      {...o.query}
      quarter={chrome.lang === "id" ? idPeriod(o.quarter.label) : o.quarter.label}
      minRespondents={o.options.minRespondents}
      totalUnits={o.total}
      rows={o.rows}
      ranking={o.ranking}
    />,
  );
});

async function exportTable(c: Context<DashboardEnv>, format: "csv" | "xlsx") {
  const o = await overview(c);
  const { db, user, now } = c.var;
  const ranking = o.ranking !== null;
  const header = o.ranking ? rankingHeader(o.query.by) : TREE_HEADER;
  const rows = o.ranking ? rankingExportRows(o.ranking) : treeExportRows(o.rows);
  const view = ranking ? `ranking-${o.query.by}` : "tree";
  await recordOverviewExport(
    db,
    userActor(user),
    { orgId: user.orgId, format, view, period: o.period.label, scopeUnitId: user.unitId },
    now,
  );
  c.header(
    "Content-Disposition",
    `attachment; filename="ringkasan-${view}-${o.period.label.replace(/[^\w.-]/g, "_")}.${format}"`,
  );
  c.header("Cache-Control", "no-store");
  if (format === "csv") return c.body(csvStream(header, rows), 200, { "Content-Type": "text/csv; charset=utf-8" });
  const sheet = { name: ranking ? "Peringkat" : "Pohon unit", rows: [header, ...rows] };
  return c.body(xlsxStream([sheet]), 200, {
    "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

dashboardRoutes.get("/overview.csv", (c) => exportTable(c, "csv"));
dashboardRoutes.get("/overview.xlsx", (c) => exportTable(c, "xlsx"));
