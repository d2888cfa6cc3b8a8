import type { Context } from "hono";
import { countOfflineResponses } from "../../db/queries/offline-totals";
import { listUnitServices } from "../../db/queries/services";
import { issueMessage, texts, type Lang } from "../../web/i18n";
import { EntryPage, type EntryPageProps } from "../../web/pages/EntryPage";
import { entryText } from "../../web/text-entry";
import { userActor } from "../actions/action";
import { enterAnswer, EntryRefused } from "../actions/offline-answers";
import { requireRole } from "../auth/session";
import { unitFactory, type UnitEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { randomId } from "../crypto";
import { formText, readForm } from "../form-body";
import type { OfflineIssue } from "../imports/offline-answer";
import { html, requestLang } from "../render";
import { parseOrgSettings } from "../settings";
import { decodeSurveyForm } from "../survey/form-input";
import { INSTRUMENT_KEYS, INSTRUMENTS, instrumentOfItem } from "../survey/instruments";
import { localDate } from "../survey/local-date";

/** /admin/units/:unitId/entry: an operator types in one paper questionnaire (admin and manager). */
export const entryRoutes = unitFactory.createApp();

const SECTIONS = INSTRUMENT_KEYS.map((ins) => ({
  instrument: ins,
  items: [...INSTRUMENTS[ins].items],
  max: INSTRUMENTS[ins].max,
}));

/** Each refused field's message beside it, in the page's language; a part left half done says so once. */
function issueMessages(issues: OfflineIssue[], lang: Lang) {
  const t = texts[lang];
  const e = entryText[lang].issues;
  const errors: Record<string, string> = {};
  let formMessage: string | undefined;
  for (const { path, code } of issues) {
    const field = path.replace(/^(answers|profile)\./, "");
    const ins = instrumentOfItem(field);
    if (code === "no_answers") formMessage = e.no_answers;
    else if (path === "channel") errors.channel = e.channel;
    else if (code === "bad_date" || code === "future_date" || code === "too_early") errors.date = e[code];
    else if (code === "unknown_service") errors.service = e.unknown_service;
    else if (code === "required" && ins) errors[ins] = e.partial;
    if (code !== "no_answers" && !errors[field] && !["channel", "date", "service"].includes(field)) {
      errors[field] = issueMessage(t, code as Parameters<typeof issueMessage>[1]);
    }
  }
  return { errors, formMessage };
}

async function renderEntry(c: Context<UnitEnv>, status: 200 | 422, state: Partial<EntryPageProps>) {
  const { db, unit, now } = c.var;
  const lang = requestLang(c);
  const props: EntryPageProps = {
    chrome: adminChrome(c),
    unit: { id: unit.id, name: unit.name },
    t: texts[lang],
    sections: SECTIONS,
    services: (await listUnitServices(db, unit.id)).map(({ id, name }) => ({ id, name })),
    profileBands: parseOrgSettings(unit.orgSettings).profileBands,
    today: localDate(now, unit.timeZone),
    formNonce: randomId(24),
    values: {},
    errors: {},
    saved: null,
    ...state,
  };
  return html(c, status, <EntryPage {...props} />);
}

entryRoutes.get("/", async (c) => {
  requireRole(c.var.user, "admin", "manager");
  const q = c.req.query();
  // The next questionnaire of a stack usually shares the visit's date, service and channel.
  const values = Object.fromEntries(
    (["date", "service", "channel"] as const).filter((k) => q[k]).map((k) => [k, q[k]!.slice(0, 64)]),
  );
  const saved =
    q.saved === "1" || q.saved === "again"
      ? { count: await countOfflineResponses(c.var.db, c.var.unit.id), again: q.saved === "again" }
      : null;
  return renderEntry(c, 200, { values, saved });
});

entryRoutes.post("/", async (c) => {
  const { db, user, unit, now } = c.var;
  requireRole(user, "admin", "manager");
  const form = await readForm(c);
  const { values, field, submission } = decodeSurveyForm(form);
  // A part ticked "not asked" is left out whatever was clicked in it.
  for (const ins of INSTRUMENT_KEYS)
    if (field(`skip_${ins}`) === "1") for (const item of INSTRUMENTS[ins].items) delete submission.answers[item];
  const input = {
    unitId: unit.id,
    channel: field("channel"),
    formNonce: formText(form, "nonce") ?? "",
    raw: { ...submission, date: field("date"), service: field("service") },
  };
  try {
    const { saved } = await enterAnswer(db, userActor(user), input, now);
    const keep = new URLSearchParams({ saved: saved ? "1" : "again", date: field("date"), service: field("service") });
    keep.set("channel", field("channel"));
    return c.redirect(`/admin/units/${unit.id}/entry?${keep}`, 303);
  } catch (err) {
    if (!(err instanceof EntryRefused)) throw err;
    const { errors, formMessage } = issueMessages(err.issues, requestLang(c));
    const formNonce = /^[A-Za-z0-9]{16,40}$/.test(values.nonce ?? "") ? values.nonce! : randomId(24);
    return renderEntry(c, 422, { values, errors, formMessage, formNonce });
  }
});
