import type { Context } from "hono";
import * as z from "zod";
import { getCommentUnit, redactComment, setCommentStatus } from "../../db/queries/dashboard";
import { adminText } from "../../web/admin-text";
import { OverviewPage } from "../../web/pages/OverviewPage";
import { UnitPage } from "../../web/pages/UnitPage";
import { scopedDashboardUnit, visibleUnits } from "../auth/scope";
import { auditRow } from "../audit";
import { requireRole } from "../auth/session";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { indexOptionsOf, orgDashboardSettings, overviewRows } from "../dashboard/overview";
import { dashboardPeriod, orgTimeZone, periodOptions, unitTimeZone } from "../dashboard/period";
import { unitPageData } from "../dashboard/unit-view";
import { AppError } from "../errors";
import { formError } from "../form-issues";
import { FULL_CSS_PATH, html, requestLang } from "../render";
import { isRedactionOf, REDACTION_MARK } from "../dashboard/redaction";
import { reportData } from "../dashboard/report-view";
import { publishPeriod } from "../publication/snapshot";
import { ReportPage } from "../../web/pages/ReportPage";
import { COMMENT_MAX } from "../survey/instruments";
import { localDate } from "../survey/local-date";
import { cleanText, normalizeText } from "../text";

export const dashboardRoutes = dashboardFactory.createApp();

const COMMENT_STATUSES = ["baru", "dibaca", "ditindaklanjuti"];

const chrome = adminChrome;


dashboardRoutes.get("/", async (c) => {
  const { db, user, now } = c.var;
  const zone = await orgTimeZone(db, user.orgId);
  // The picker offers a date range here too: it is read (and refused when bad) like on a unit's page.
  const q = c.req.query();
  const period = dashboardPeriod(q, zone, now);
  const rows = await overviewRows(db, await visibleUnits(db, user), period, await indexOptionsOf(db, user.orgId));
  const options = periodOptions(Number(localDate(now, zone).slice(0, 4)));
  const range = q.period ? {} : { from: q.from, to: q.to };
  return html(c, 200, <OverviewPage chrome={chrome(c)} periodLabel={period.label} {...range} periodOptions={options} rows={rows} />);
});

dashboardRoutes.get("/units/:unitId", async (c) => {
  const { db, user, now } = c.var;
  const unit = await scopedDashboardUnit(db, user, c.req.param("unitId"));
  const q = c.req.query();
  const zone = await unitTimeZone(db, unit.id);
  const period = dashboardPeriod(q, zone, now);
  const commentQuery = { search: (q.q ?? "").slice(0, 100), status: COMMENT_STATUSES.includes(q.status ?? "") ? q.status! : "" };
  // Comments may hold personal data a respondent typed: a viewer sees the numbers only.
  const data = await unitPageData(db, unit, period, await orgDashboardSettings(db, user.orgId), user.role === "viewer" ? null : commentQuery);
  const props = {
    chrome: chrome(c),
    unit: { id: unit.id, name: unit.name },
    period: { label: period.label, from: q.from, to: q.to },
    periodOptions: periodOptions(Number(localDate(now, zone).slice(0, 4))),
    canEdit: user.role !== "viewer",
    published: Number(q.published) || null,
    unitCode: unit.code,
    commentQuery,
    data,
  };
  return html(c, 200, <UnitPage {...props} />);
});

dashboardRoutes.get("/units/:unitId/report", async (c) => {
  const { db, user, now } = c.var;
  const unit = await scopedDashboardUnit(db, user, c.req.param("unitId"));
  const period = dashboardPeriod(c.req.query(), await unitTimeZone(db, unit.id), now);
  const data = await reportData(db, user.orgId, unit, period, await indexOptionsOf(db, user.orgId));
  return html(c, 200, <ReportPage cssHref={FULL_CSS_PATH} data={data} />);
});

dashboardRoutes.post("/units/:unitId/publish", async (c) => {
  const { db, user, now } = c.var;
  requireRole(user, "admin", "manager");
  const unit = await scopedDashboardUnit(db, user, c.req.param("unitId"));
  const period = String((await c.req.parseBody()).period ?? "");
  const { version } = await publishPeriod(db, { unitId: unit.id, period, actor: user.email, now });
  await auditRow(db, { orgId: user.orgId, userId: user.id, actor: user.email, action: "publish", target: unit.id, detail: `${period} v${version}`, at: now });
  return c.redirect(`/admin/units/${unit.id}?period=${encodeURIComponent(period)}&published=${version}`, 303);
});

/** A comment of a unit in the user's scope, for a change by an admin or manager; 404 otherwise. */
async function editableComment(c: Context<DashboardEnv>) {
  const { db, user } = c.var;
  requireRole(user, "admin", "manager");
  const unit = await scopedDashboardUnit(db, user, c.req.param("unitId")!);
  const comment = await getCommentUnit(db, c.req.param("responseId")!);
  if (!comment || comment.unitId !== unit.id || comment.comment === null) throw new AppError("NOT_FOUND", "Saran tidak ditemukan");
  const form = await c.req.parseBody();
  // Back to the same period: a query string of period= or from=&to= only (nothing that could leave the page).
  const query = String(form.back ?? "");
  const back = `/admin/units/${unit.id}?${/^(period=[\w-]+|from=[\d-]+&to=[\d-]+)$/.test(query) ? query : ""}#comments`;
  return { unit, comment, form, back };
}

dashboardRoutes.post("/units/:unitId/comments/:responseId/status", async (c) => {
  const { db, user, now } = c.var;
  const { unit, form, back } = await editableComment(c);
  const status = String(form.status ?? "");
  if (!COMMENT_STATUSES.includes(status)) throw new AppError("BAD_REQUEST", "Status tidak dikenal");
  const id = c.req.param("responseId");
  await db.batch([
    setCommentStatus(db, id, status),
    auditRow(db, { orgId: user.orgId, userId: user.id, actor: user.email, action: "comment.status", target: `${unit.id}/${id}`, detail: status, at: now }),
  ]);
  return c.redirect(back, 303);
});

dashboardRoutes.post("/units/:unitId/comments/:responseId/redact", async (c) => {
  const { db, user, now } = c.var;
  const { unit, comment, form, back } = await editableComment(c);
  // The original is overwritten in the same batch as the log entry, which records that (not what) was redacted.
  const f = z.object({ text: cleanText({ max: COMMENT_MAX, multiline: true }).default("") }).safeParse(form);
  if (!f.success) throw formError(f.error, requestLang(c), { text: adminText[requestLang(c)].redact });
  const text = f.data.text || REDACTION_MARK;
  // Against the original as cleaned today: a comment stored before the cleaning may differ in what is invisible.
  if (!isRedactionOf(normalizeText(comment.comment!, { multiline: true }), text)) {
    throw new AppError("BAD_REQUEST", `Penyamaran hanya boleh menghapus teks atau menggantinya dengan ${REDACTION_MARK}`);
  }
  const id = c.req.param("responseId");
  await db.batch([
    redactComment(db, id, text, now),
    auditRow(db, { orgId: user.orgId, userId: user.id, actor: user.email, action: "comment.redact", target: `${unit.id}/${id}`, at: now }),
  ]);
  return c.redirect(back, 303);
});
