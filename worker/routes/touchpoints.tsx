import type { Context } from "hono";
import * as z from "zod";
import { ensureService } from "../../db/queries/admin";
import { getTouchpointByCode, insertTouchpoint, listUnitTouchpoints, renameTouchpoint, setTouchpointActive } from "../../db/queries/touchpoints";
import { adminText } from "../../web/admin-text";
import { PosterPage } from "../../web/pages/PosterPage";
import { TouchpointsPage } from "../../web/pages/TouchpointsPage";
import { scopedDashboardUnit } from "../auth/scope";
import { auditRow } from "../audit";
import { requireRole } from "../auth/session";
import { dashboardFactory, type DashboardEnv } from "../context";
import { randomCode, randomId } from "../crypto";
import { adminChrome } from "../dashboard/chrome";
import { AppError } from "../errors";
import { formError } from "../form-issues";
import { qrPng, qrSvg } from "../qr/qr";
import { FULL_CSS_PATH, html, requestLang } from "../render";
import { cleanText } from "../text";

// A rename may leave the label out (only the open/closed box changed); a new touchpoint needs one.
const touchpointForm = (labelRequired: boolean) =>
  z.object({ label: cleanText({ max: 100, required: labelRequired }).default(""), service: cleanText({ max: 100 }).default("") });

async function readTouchpointForm(c: Context<DashboardEnv>, labelRequired: boolean) {
  const form = await c.req.parseBody();
  const f = touchpointForm(labelRequired).safeParse(form);
  if (f.success) return { ...f.data, active: form.active === "1" };
  const lang = requestLang(c);
  throw formError(f.error, lang, { label: adminText[lang].touchpointName, service: adminText[lang].touchpointService });
}

/** /admin/units/:unitId/touchpoints: a unit's QR codes, their posters, and their open/closed state. */
export const touchpointRoutes = dashboardFactory.createApp();

const surveyUrl = (c: Context<DashboardEnv>, code: string) => `${(c.var.config.PUBLIC_URL ?? new URL(c.req.url).origin).replace(/\/$/, "")}/s/${code}`;

async function unitTouchpoint(c: Context<DashboardEnv>) {
  const unit = await scopedDashboardUnit(c.var.db, c.var.user, c.req.param("unitId")!);
  const tp = await getTouchpointByCode(c.var.db, c.req.param("code")!);
  if (!tp || tp.unitId !== unit.id) throw new AppError("NOT_FOUND", "Titik layanan tidak ditemukan");
  return { unit, tp };
}

touchpointRoutes.get("/", async (c) => {
  const unit = await scopedDashboardUnit(c.var.db, c.var.user, c.req.param("unitId")!);
  const list = await listUnitTouchpoints(c.var.db, unit.id);
  const touchpoints = list.map((t) => ({ code: t.code, label: t.label, service: t.serviceName, active: t.active, url: surveyUrl(c, t.code) }));
  return html(c, 200, <TouchpointsPage chrome={adminChrome(c)} unit={unit} canEdit={c.var.user.role !== "viewer"} touchpoints={touchpoints} />);
});

touchpointRoutes.post("/", async (c) => {
  const { db, user, now } = c.var;
  requireRole(user, "admin", "manager");
  const unit = await scopedDashboardUnit(db, user, c.req.param("unitId")!);
  const { label, service } = await readTouchpointForm(c, true);
  const serviceId = service ? await ensureService(db, unit.id, service, randomId()) : null;
  const code = randomCode();
  await insertTouchpoint(db, { id: randomId(), unitId: unit.id, serviceId, code, label });
  await auditRow(db, { orgId: user.orgId, userId: user.id, actor: user.email, action: "touchpoint.create", target: code, detail: label, at: now });
  return c.redirect(`/admin/units/${unit.id}/touchpoints`, 303);
});

touchpointRoutes.post("/:code", async (c) => {
  const { db, user, now } = c.var;
  requireRole(user, "admin", "manager");
  const { unit, tp } = await unitTouchpoint(c);
  const form = await readTouchpointForm(c, false);
  const label = form.label || tp.label;
  const active = form.active;
  await db.batch([
    renameTouchpoint(db, tp.id, label),
    setTouchpointActive(db, tp.id, active),
    auditRow(db, { orgId: user.orgId, userId: user.id, actor: user.email, action: "touchpoint.update", target: tp.code, detail: JSON.stringify({ label, active }), at: now }),
  ]);
  return c.redirect(`/admin/units/${unit.id}/touchpoints`, 303);
});

touchpointRoutes.get("/:code/qr.svg", async (c) => {
  const { tp } = await unitTouchpoint(c);
  c.header("Content-Disposition", `attachment; filename="qr-${tp.code}.svg"`);
  return c.body(qrSvg(surveyUrl(c, tp.code)), 200, { "Content-Type": "image/svg+xml" });
});

touchpointRoutes.get("/:code/qr.png", async (c) => {
  const { tp } = await unitTouchpoint(c);
  c.header("Content-Disposition", `attachment; filename="qr-${tp.code}.png"`);
  return c.body(await qrPng(surveyUrl(c, tp.code), { scale: 12 }), 200, { "Content-Type": "image/png" });
});

touchpointRoutes.get("/:code/poster", async (c) => {
  const { unit, tp } = await unitTouchpoint(c);
  const url = surveyUrl(c, tp.code);
  return html(c, 200, <PosterPage cssHref={FULL_CSS_PATH} unitName={unit.name} serviceName={tp.serviceName} qrSvg={qrSvg(url, { title: `QR: ${url}` })} url={url} />);
});
