import type { Context } from "hono";
import { adminText } from "../../web/admin-text";
import { PublishConfirmPage } from "../../web/pages/PublishConfirmPage";
import { ReportPage } from "../../web/pages/ReportPage";
import { UnitPage } from "../../web/pages/UnitPage";
import { userActor } from "../actions/action";
import { COMMENT_STATUSES, redactComment, setCommentStatus, setCommentStatuses } from "../actions/comments";
import { NeedsConfirmation, publish } from "../actions/publishing";
import { requireRole } from "../auth/session";
import { unitFactory, type UnitEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { commentBackQuery, commentPage } from "../dashboard/comment-page";
import { dashboardSettings } from "../dashboard/overview";
import { dashboardPeriod, periodOptions } from "../dashboard/period";
import { reportData } from "../dashboard/report-view";
import { unitPageData } from "../dashboard/unit-view";
import { formText, readForm } from "../form-body";
import { formAction } from "../form-issues";
import { FULL_CSS_PATH, html, requestLang } from "../render";
import { PRINT_JS_PATH } from "../report-assets";
import { localDate } from "../survey/local-date";
import { nudgeOutbox } from "../webhooks/nudge";

/** /admin/units/:unitId: one unit's page, its report, publishing, and comment triage. The unit is c.var.unit. */
export const unitRoutes = unitFactory.createApp();

const isStatus = (s: string | undefined): s is (typeof COMMENT_STATUSES)[number] =>
  (COMMENT_STATUSES as readonly string[]).includes(s ?? "");

unitRoutes.get("/", async (c) => {
  const { db, user, unit, now } = c.var;
  const q = c.req.query();
  const period = dashboardPeriod(q, unit.timeZone, now);
  const commentQuery = { search: (q.q ?? "").slice(0, 100), status: isStatus(q.status) ? q.status : "" };
  const page = commentPage(q.page);
  // Comments may hold personal data a respondent typed: a viewer sees the numbers only.
  const data = await unitPageData(
    db,
    unit,
    period,
    dashboardSettings(unit.orgSettings),
    user.role === "viewer" ? null : { ...commentQuery, page },
    requestLang(c),
  );
  const props = {
    chrome: adminChrome(c),
    unit: { id: unit.id, name: unit.name },
    // A range is shown as one however it was asked for (from/to); a named period by its label.
    period: period.label.includes("..")
      ? { label: period.label, from: period.from, to: period.to }
      : { label: period.label },
    periodOptions: periodOptions(Number(localDate(now, unit.timeZone).slice(0, 4))),
    canEdit: user.role !== "viewer",
    published: Number(q.published) || null,
    unitCode: unit.code,
    commentQuery,
    data,
  };
  return html(c, 200, <UnitPage {...props} />);
});

unitRoutes.get("/report", async (c) => {
  const { db, unit, now } = c.var;
  const period = dashboardPeriod(c.req.query(), unit.timeZone, now);
  const { options } = dashboardSettings(unit.orgSettings);
  const data = await reportData(db, unit.orgId, unit, period, options, localDate(now, unit.timeZone));
  return html(c, 200, <ReportPage cssHref={FULL_CSS_PATH} scriptSrc={PRINT_JS_PATH} data={data} />);
});

unitRoutes.post("/publish", async (c) => {
  const { db, user, unit, now } = c.var;
  requireRole(user, "admin", "manager");
  const form = await readForm(c);
  const period = formText(form, "period") ?? "";
  const confirm = formText(form, "confirm") === "1";
  const publicBase = c.var.config.PUBLIC_URL ?? new URL(c.req.url).origin;
  const input = { unitId: unit.id, period, confirm, publicBase };
  const published = await publish(db, userActor(user), input, now).catch((err) => {
    if (err instanceof NeedsConfirmation) return err;
    throw err;
  });
  // Nothing was written: the same question the CLI asks, with the reasons, and a form that confirms.
  if (published instanceof NeedsConfirmation) {
    const props = { chrome: adminChrome(c), unitId: unit.id, period, reasons: published.reasons };
    return html(c, 409, <PublishConfirmPage {...props} />);
  }
  nudgeOutbox(c);
  const { version } = published;
  return c.redirect(`/admin/units/${unit.id}?period=${encodeURIComponent(period)}&published=${version}`, 303);
});

/** A change to a comment by an admin or manager, and the way back to the same period of the page. */
async function commentForm(c: Context<UnitEnv>) {
  requireRole(c.var.user, "admin", "manager");
  const form = await readForm(c);
  // Back to the same period, search and page of the list (rebuilt from known fields only).
  const back = `/admin/units/${c.var.unit.id}?${commentBackQuery(formText(form, "back") ?? "")}#comments`;
  return { form, back, target: { unitId: c.var.unit.id, responseId: c.req.param("responseId")! } };
}

// The ticked comments of a page at once ("ids[]" repeats; one batch, one audit row each).
unitRoutes.post("/comments/status", async (c) => {
  const { form, back } = await commentForm(c);
  const lang = requestLang(c);
  const ticked = [form["ids[]"] as unknown].flat().filter((v): v is string => typeof v === "string");
  const input = { unitId: c.var.unit.id, responseIds: ticked, status: formText(form, "status") ?? "" };
  await formAction(lang, { status: adminText[lang].status, responseIds: adminText[lang].comments }, () =>
    setCommentStatuses(c.var.db, userActor(c.var.user), input, c.var.now),
  );
  return c.redirect(back, 303);
});

unitRoutes.post("/comments/:responseId/status", async (c) => {
  const { form, back, target } = await commentForm(c);
  const lang = requestLang(c);
  await formAction(lang, { status: adminText[lang].status }, () =>
    setCommentStatus(c.var.db, userActor(c.var.user), { ...target, status: formText(form, "status") ?? "" }, c.var.now),
  );
  return c.redirect(back, 303);
});

unitRoutes.post("/comments/:responseId/redact", async (c) => {
  const { form, back, target } = await commentForm(c);
  const lang = requestLang(c);
  await formAction(lang, { text: adminText[lang].redact }, () =>
    redactComment(
      c.var.db,
      userActor(c.var.user),
      { ...target, text: formText(form, "text"), improvement: formText(form, "improvement") },
      c.var.now,
    ),
  );
  return c.redirect(back, 303);
});
