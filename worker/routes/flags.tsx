import type { Context } from "hono";
import { adminText } from "../../web/admin-text";
import { InboxPage, type InboxRefusal } from "../../web/pages/InboxPage";
import { flagText } from "../../web/text-flags";
import { rtlText } from "../../web/text-rtl";
import { userActor } from "../actions/action";
import { createFollowUpFromFlag, linkFlagToFollowUp, setFlagStatuses } from "../actions/flags";
import { requireRole } from "../auth/session";
import { unitFactory, type UnitEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { inboxBack, inboxData, inboxQuery, inboxSearch } from "../dashboard/flag-inbox";
import { AppError } from "../errors";
import { formText, readForm } from "../form-body";
import { formAction } from "../form-issues";
import { html, requestLang } from "../render";

/**
 * /admin/units/:unitId/perhatian: the unit's flagged responses (Perlu perhatian) and their triage. The
 * unit is c.var.unit, in the user's scope. `?scope=subtree` adds the flags of the units below, to read:
 * each is triaged in its own unit's list, where its follow-ups are.
 */
export const flagRoutes = unitFactory.createApp();

async function page(
  c: Context<UnitEnv>,
  query: Record<string, string>,
  status: 200 | 400 | 422,
  refused?: InboxRefusal,
) {
  const { db, user, unit } = c.var;
  const q = inboxQuery(query);
  const lang = requestLang(c);
  // Comments may hold personal data a respondent typed: a viewer sees the reasons, not the text.
  const data = await inboxData(db, unit, q, { readText: user.role !== "viewer", lang });
  const props = {
    chrome: adminChrome(c),
    unit: { id: unit.id, name: unit.name },
    query: { status: q.status, subtree: q.subtree },
    back: inboxSearch({ ...q, page: data.page }),
    canEdit: user.role !== "viewer",
    data,
    refused,
  };
  return html(c, status, <InboxPage {...props} />);
}

flagRoutes.get("/", (c) => page(c, c.req.query(), 200));

/**
 * Runs a triage write for an admin or manager and goes back to the same list; a refused field shows the
 * list again with the reason (and, for a new follow-up, what was typed), a missing flag is a 404.
 */
async function triage(
  c: Context<UnitEnv>,
  run: (form: Record<string, string | File>) => Promise<unknown>,
  status: 400 | 422 = 400,
) {
  requireRole(c.var.user, "admin", "manager");
  const form = await readForm(c);
  const back = inboxBack(formText(form, "back") ?? "");
  try {
    await run(form);
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 400) throw err;
    const typed = Object.fromEntries(
      Object.entries(form).flatMap(([k, v]) => (typeof v === "string" && k !== "_csrf" ? [[k, v.slice(0, 2000)]] : [])),
    );
    const message = err.extra.localized?.[requestLang(c)] ?? err.message;
    // A refused new follow-up opens its form again as typed; a refused triage just says why.
    const kept = status === 422 ? { responseId: c.req.param("responseId"), fields: typed } : {};
    return page(c, Object.fromEntries(new URLSearchParams(back)), status, { message, ...kept });
  }
  return c.redirect(`/admin/units/${c.var.unit.id}/perhatian${back ? `?${back}` : ""}`, 303);
}

const labels = (c: Context<UnitEnv>) => {
  const lang = requestLang(c);
  const f = flagText[lang];
  return { status: adminText[lang].status, responseIds: f.title, responseId: f.title, followUpId: f.followUp };
};

// The ticked flags of a page at once ("ids[]" repeats; one batch, one audit row each).
flagRoutes.post("/status", (c) =>
  triage(c, (form) => {
    const ticked = [form["ids[]"] as unknown].flat().filter((v): v is string => typeof v === "string");
    const input = { unitId: c.var.unit.id, responseIds: ticked, status: formText(form, "status") ?? "" };
    return formAction(requestLang(c), labels(c), () =>
      setFlagStatuses(c.var.db, userActor(c.var.user), input, c.var.now),
    );
  }),
);

flagRoutes.post("/:responseId/status", (c) =>
  triage(c, (form) => {
    const input = {
      unitId: c.var.unit.id,
      responseIds: [c.req.param("responseId")],
      status: formText(form, "status") ?? "",
    };
    return formAction(requestLang(c), labels(c), () =>
      setFlagStatuses(c.var.db, userActor(c.var.user), input, c.var.now),
    );
  }),
);

flagRoutes.post("/:responseId/link", (c) =>
  triage(c, (form) => {
    const input = {
      unitId: c.var.unit.id,
      responseId: c.req.param("responseId"),
      followUpId: formText(form, "followUpId") ?? "",
    };
    return formAction(requestLang(c), labels(c), () =>
      linkFlagToFollowUp(c.var.db, userActor(c.var.user), input, c.var.now),
    );
  }),
);

flagRoutes.post("/:responseId/follow-up", (c) =>
  triage(
    c,
    (fields) => {
      const input = { unitId: c.var.unit.id, responseId: c.req.param("responseId"), fields };
      return formAction(requestLang(c), followUpLabels(c), () =>
        createFollowUpFromFlag(c.var.db, userActor(c.var.user), input, c.var.now),
      );
    },
    422,
  ),
);

function followUpLabels(c: Context<UnitEnv>) {
  const lang = requestLang(c);
  const t = adminText[lang];
  const r = rtlText[lang];
  return {
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
  };
}
