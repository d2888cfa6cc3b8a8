import { OverviewPage } from "../../web/pages/OverviewPage";
import { visibleUnits } from "../auth/scope";
import { dashboardFactory } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { indexOptionsOf, overviewRows } from "../dashboard/overview";
import { dashboardPeriod, orgTimeZone, periodOptions } from "../dashboard/period";
import { html } from "../render";
import { localDate } from "../survey/local-date";

/** /admin: the overview of every unit the user may see. */
export const dashboardRoutes = dashboardFactory.createApp();

dashboardRoutes.get("/", async (c) => {
  const { db, user, now } = c.var;
  const zone = await orgTimeZone(db, user.orgId);
  // The picker offers a date range here too: it is read (and refused when bad) like on a unit's page.
  const q = c.req.query();
  const period = dashboardPeriod(q, zone, now);
  const rows = await overviewRows(db, await visibleUnits(db, user), period, await indexOptionsOf(db, user.orgId));
  const options = periodOptions(Number(localDate(now, zone).slice(0, 4)));
  const range = q.period ? {} : { from: q.from, to: q.to };
  return html(
    c,
    200,
    <OverviewPage chrome={adminChrome(c)} periodLabel={period.label} {...range} periodOptions={options} rows={rows} />,
  );
});
