import { getThanksContext } from "../../db/queries/touchpoints";
import { SurveyPage } from "../../web/pages/SurveyPage";
import { ThanksPage } from "../../web/pages/ThanksPage";
import { appFactory } from "../context";
import { surveyBodyLimit } from "../body-limit";
import { readForm } from "../form-body";
import { CSS_PATH, html, messagePage } from "../render";
import { parseUnitSettings } from "../settings";
import { surveyPageProps } from "../survey/form-view";
import { decodeSurveyForm } from "../survey/form-input";
import { INDONESIAN, surveyLanguage } from "../survey/languages";
import { submitSurvey } from "../survey/submit";
import type { SubmissionIssue } from "../survey/validate";
import { signVisitToken } from "../survey/visit-token";
import { nudgeOutbox } from "../webhooks/nudge";
import { BUSY_TEXT } from "../../web/text-offline";

export const surveyRoutes = appFactory.createApp();

surveyRoutes.get("/:code", async (c) => {
  const tp = await c.var.survey.touchpoint(c.req.param("code"));
  if (!tp) return messagePage(c, 404, INDONESIAN, "notFound");
  const lang = await surveyLanguage(c.var.db, tp, c.req.query("lang"));
  if (!tp.active) return messagePage(c, 410, lang, "closed", tp.unitName);
  const token = await signVisitToken(c.var.config.SECRET_KEY, tp.id, c.var.now);
  // Every visit gets its own token: never cache this page anywhere.
  c.header("Cache-Control", "no-store");
  return html(c, 200, <SurveyPage {...surveyPageProps(tp, lang, token, CSS_PATH)} />);
});

surveyRoutes.get("/:code/terima-kasih", async (c) => {
  const found = await getThanksContext(c.var.db, c.req.param("code"));
  const lang = found ? await surveyLanguage(c.var.db, found, c.req.query("lang")) : INDONESIAN;
  const settings = found ? parseUnitSettings(found.unitSettings) : null;
  const props = {
    unitName: found?.unitName ?? null,
    resultsHref: found?.resultsHref ?? null,
    complaint: settings?.complaintText || settings?.complaintUrl ? settings : null,
  };
  return html(c, 200, <ThanksPage lang={lang.code} t={lang.t} cssHref={CSS_PATH} {...props} />);
});

surveyRoutes.post("/:code", surveyBodyLimit, async (c) => {
  const code = c.req.param("code");
  // An unparseable body is treated as an empty form: the citizen gets the form back, not an error.
  const { values, field, submission } = decodeSurveyForm(await readForm(c));
  const { db, config, now } = c.var;
  // The language the form was shown in, checked against the organization's packs by submitSurvey's read.
  const asked = (field("lang") || c.req.query("lang") || "id").trim().toLowerCase();
  const thanks = (lang: string) => c.redirect(`/s/${encodeURIComponent(code)}/terima-kasih?lang=${lang}`, 303);
  // A bot that fills the hidden field is told "thank you" and nothing is stored.
  if (field("website")) return thanks("id");

  const input = { ...submission, token: field("token"), code, lang: asked, clientAddress: c.var.clientAddress };
  const outcome = await submitSurvey(c.var.survey, config, { ...input, unknownLang: "indonesian" }, now);
  const tp = outcome.kind === "bad_token" ? await c.var.survey.touchpoint(code) : outcome.touchpoint;
  if (!tp) return messagePage(c, 404, INDONESIAN, "notFound");
  if (outcome.kind === "created" && outcome.flagged) nudgeOutbox(c);
  if (outcome.kind === "created" || outcome.kind === "replay") return thanks(outcome.lang);
  const lang = await surveyLanguage(db, tp, asked);
  if (outcome.kind === "closed") return messagePage(c, 410, lang, "closed", tp.unitName);
  if (outcome.kind === "rate_limited") {
    c.header("Retry-After", String(outcome.retryAfter));
    return messagePage(c, 429, lang, "rateLimited");
  }

  const ui = lang.t.ui;
  const again = (token: string, state: { issues?: SubmissionIssue[]; formMessage?: string }, status: 422 | 503 = 422) =>
    html(c, status, <SurveyPage {...surveyPageProps(tp, lang, token, CSS_PATH, { values, ...state })} />);
  if (outcome.kind === "invalid") return again(input.token, { issues: outcome.issues });
  // Keep the original token: its issue time still counts, so a second press a few seconds later goes through.
  if (outcome.kind === "too_fast") return again(input.token, { formMessage: ui.tooFast });
  if (outcome.kind === "busy") {
    // The answers stay on the form, with the same token: sending again stores them once.
    c.header("Retry-After", String(outcome.retryAfter));
    return again(input.token, { formMessage: BUSY_TEXT[lang.code === "en" ? "en" : "id"] }, 503);
  }
  const fresh = await signVisitToken(config.SECRET_KEY, tp.id, now);
  return again(fresh, { formMessage: outcome.kind === "expired" ? ui.expired : ui.badToken });
});
