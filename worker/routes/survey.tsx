import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getTouchpointByCode } from "../../db/queries/touchpoints";
import { pickLang, texts, type Lang } from "../../web/i18n";
import { SurveyPage } from "../../web/pages/SurveyPage";
import type { AppEnv } from "../app";
import { AppError } from "../errors";
import { CSS_PATH, html, messagePage } from "../render";
import { surveyPageProps } from "../survey/form-view";
import { submitSurvey } from "../survey/submit";
import type { SubmissionIssue } from "../survey/validate";
import { signVisitToken } from "../survey/visit-token";

export const surveyRoutes = new Hono<AppEnv>();

const MAX_BODY = 64 * 1024;
const ITEM_FIELD = /^[UPA]\d{1,2}$/;

const langOf = (c: Context) => pickLang(c.req.query("lang"), c.req.header("Accept-Language"));

surveyRoutes.get("/:code", async (c) => {
  const lang = langOf(c);
  const tp = await getTouchpointByCode(c.var.db, c.req.param("code"));
  if (!tp) return messagePage(c, 404, lang, "notFound");
  if (!tp.active) return messagePage(c, 410, lang, "closed", tp.unitName);
  const token = await signVisitToken(c.var.config.SECRET_KEY, tp.id, c.var.now);
  // Every visit gets its own token: never cache this page anywhere.
  c.header("Cache-Control", "no-store");
  return html(c, 200, <SurveyPage {...surveyPageProps(tp, lang, token, CSS_PATH)} />);
});

surveyRoutes.get("/:code/terima-kasih", (c) => messagePage(c, 200, langOf(c), "thanks"));

surveyRoutes.post(
  "/:code",
  bodyLimit({
    maxSize: MAX_BODY,
    onError: () => {
      throw new AppError("PAYLOAD_TOO_LARGE", "Request body is larger than 64 KB");
    },
  }),
  async (c) => {
    const code = c.req.param("code");
    // An unparseable body is treated as an empty form: the citizen gets the form back, not an error.
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const field = (name: string) => (typeof form[name] === "string" ? (form[name] as string) : "");
    const lang: Lang = field("lang") === "en" ? "en" : langOf(c);
    const thanks = () => c.redirect(`/s/${encodeURIComponent(code)}/terima-kasih?lang=${lang}`, 303);
    // A bot that fills the hidden field is told "thank you" and nothing is stored.
    if (field("website")) return thanks();

    const values: Record<string, string> = {};
    const answers: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(form)) {
      if (typeof v !== "string") continue;
      values[name] = v;
      if (ITEM_FIELD.test(name)) answers[name] = /^\d{1,2}$/.test(v) ? Number(v) : v;
    }
    const steered = { ya: true, tidak: false, "": null }[field("steered")] ?? field("steered");
    const outcome = await submitSurvey(
      c.var.db,
      c.var.config,
      {
        token: field("token"),
        code,
        lang,
        clientAddress: c.var.clientAddress,
        answers,
        steered,
        profile: { age: field("age"), gender: field("gender"), education: field("education"), occupation: field("occupation") },
        comment: field("comment"),
      },
      c.var.now,
    );

    if (outcome.kind === "created" || outcome.kind === "replay") return thanks();
    if (outcome.kind === "closed") return messagePage(c, 410, lang, "closed", outcome.touchpoint.unitName);
    if (outcome.kind === "rate_limited") {
      c.header("Retry-After", String(outcome.retryAfter));
      return messagePage(c, 429, lang, "rateLimited");
    }
    const tp = outcome.kind === "bad_token" ? await getTouchpointByCode(c.var.db, code) : outcome.touchpoint;
    if (!tp) return messagePage(c, 404, lang, "notFound");
    const ui = texts[lang].ui;
    const again = (token: string, state: { issues?: SubmissionIssue[]; formMessage?: string }) =>
      html(c, 422, <SurveyPage {...surveyPageProps(tp, lang, token, CSS_PATH, { values, ...state })} />);
    const freshToken = () => signVisitToken(c.var.config.SECRET_KEY, tp.id, c.var.now);

    if (outcome.kind === "invalid") return again(field("token"), { issues: outcome.issues });
    // Keep the original token: its issue time still counts, so a second press a few seconds later goes through.
    if (outcome.kind === "too_fast") return again(field("token"), { formMessage: ui.tooFast });
    if (outcome.kind === "expired") return again(await freshToken(), { formMessage: ui.expired });
    return again(await freshToken(), { formMessage: ui.badToken });
  },
);
