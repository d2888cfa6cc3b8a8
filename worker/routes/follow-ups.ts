import type { Context } from "hono";
import { adminText } from "../../web/admin-text";
import { rtlText } from "../../web/text-rtl";
import { userActor } from "../actions/action";
import { createFollowUp, updateFollowUp } from "../actions/follow-ups";
import { createForum } from "../actions/forums";
import { requireRole } from "../auth/session";
import { unitFactory, type UnitEnv } from "../context";
import { readForm } from "../form-body";
import { formAction } from "../form-issues";
import { requestLang } from "../render";

/** /admin/units/:unitId/follow-ups: rencana tindak lanjut, tied to a period and an unsur or item. */
export const followUpRoutes = unitFactory.createApp();

async function followUpForm(
  c: Context<UnitEnv>,
  write: (input: { unitId: string; fields: Record<string, unknown> }) => Promise<{ period: string }>,
) {
  requireRole(c.var.user, "admin", "manager");
  const lang = requestLang(c);
  const t = adminText[lang];
  const r = rtlText[lang];
  const labels = {
    period: t.period,
    item: r.priority,
    problem: t.problem,
    action: r.program,
    owner: r.owner,
    dueDate: t.dueDate,
    quarter: r.quarter,
    status: t.status,
    statusDate: r.statusDate,
    evidence: t.evidenceNotes,
    forumId: r.forum,
    heldOn: r.heldOn,
    notes: r.notes,
  };
  const { period } = await formAction(lang, labels, async () =>
    write({ unitId: c.var.unit.id, fields: await readForm(c) }),
  );
  return c.redirect(`/admin/units/${c.var.unit.id}?period=${encodeURIComponent(period)}#follow-ups`, 303);
}

followUpRoutes.post("/", (c) =>
  followUpForm(c, (input) => createFollowUp(c.var.db, userActor(c.var.user), input, c.var.now)),
);

// Before "/:id": a forum is not a follow-up id.
followUpRoutes.post("/forums", (c) =>
  followUpForm(c, (input) => createForum(c.var.db, userActor(c.var.user), input, c.var.now)),
);

followUpRoutes.post("/:id", (c) =>
  followUpForm(c, (input) =>
    updateFollowUp(c.var.db, userActor(c.var.user), { ...input, id: c.req.param("id") }, c.var.now),
  ),
);
