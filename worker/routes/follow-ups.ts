import type { Context } from "hono";
import * as z from "zod";
import { FOLLOW_UP_STATUSES, insertFollowUp, updateFollowUp } from "../../db/queries/follow-ups";
import { adminText } from "../../web/admin-text";
import type { Lang } from "../../web/i18n";
import { auditRow } from "../audit";
import { scopedDashboardUnit } from "../auth/scope";
import { requireRole } from "../auth/session";
import { dashboardFactory, type DashboardEnv } from "../context";
import { randomId } from "../crypto";
import { AppError, periodError } from "../errors";
import { formError } from "../form-issues";
import { checkPeriodLabel } from "../indices/period";
import { requestLang } from "../render";
import { instrumentOfItem } from "../survey/instruments";
import { cleanText } from "../text";

/** /admin/units/:unitId/follow-ups: rencana tindak lanjut, tied to a period and an unsur or item. */
export const followUpRoutes = dashboardFactory.createApp();

const followUpForm = z.object({
  period: z.string(),
  item: z.string().refine((i) => instrumentOfItem(i) !== undefined, "unsur tidak dikenal"),
  problem: cleanText({ max: 500, multiline: true, required: true }),
  action: cleanText({ max: 500, multiline: true, required: true }),
  owner: cleanText({ max: 200, required: true }),
  dueDate: z.union([z.iso.date(), z.literal("")]).transform((d) => d || null),
  status: z.enum(FOLLOW_UP_STATUSES),
  evidence: cleanText({ max: 1000, multiline: true }).transform((e) => e || null),
});

function fieldLabels(lang: Lang) {
  const t = adminText[lang];
  return { period: t.period, item: t.unsurItem, problem: t.problem, action: t.action, owner: t.owner, dueDate: t.dueDate, status: t.status, evidence: t.evidenceNotes };
}

async function readForm(c: Context<DashboardEnv>) {
  requireRole(c.var.user, "admin", "manager");
  const unit = await scopedDashboardUnit(c.var.db, c.var.user, c.req.param("unitId")!);
  const body = await c.req.parseBody();
  // Checked apart from the other fields, so the page gives the period's reason in the user's language.
  const period = checkPeriodLabel(body.period);
  if (!period.ok) throw periodError(period);
  const parsed = followUpForm.safeParse({ evidence: "", dueDate: "", ...body });
  if (!parsed.success) throw formError(parsed.error, requestLang(c), fieldLabels(requestLang(c)));
  return { unit, f: parsed.data, back: `/admin/units/${unit.id}?period=${encodeURIComponent(parsed.data.period)}#follow-ups` };
}

followUpRoutes.post("/", async (c) => {
  const { db, user, now } = c.var;
  const { unit, f, back } = await readForm(c);
  const id = randomId();
  await db.batch([
    insertFollowUp(db, { id, unitId: unit.id, ...f }),
    auditRow(db, { orgId: user.orgId, userId: user.id, actor: user.email, action: "follow_up.create", target: `${unit.id}/${id}`, detail: f.item, at: now }),
  ]);
  return c.redirect(back, 303);
});

followUpRoutes.post("/:id", async (c) => {
  const { db, user, now } = c.var;
  const { unit, f, back } = await readForm(c);
  const id = c.req.param("id");
  const updated = await updateFollowUp(db, id, unit.id, { ...f, updatedAt: now });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "Rencana tindak lanjut tidak ditemukan");
  await auditRow(db, { orgId: user.orgId, userId: user.id, actor: user.email, action: "follow_up.update", target: `${unit.id}/${id}`, detail: f.status, at: now });
  return c.redirect(back, 303);
});
