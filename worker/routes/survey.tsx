import { getThanksContext, getTouchpointByCode } from "../../db/queries/touchpoints";
import { texts, type Lang } from "../../web/i18n";
import { SurveyPage } from "../../web/pages/SurveyPage";
import { ThanksPage } from "../../web/pages/ThanksPage";
import { appFactory } from "../context";
import { surveyBodyLimit } from "../body-limit";
import { readForm } from "../form-body";
import { parseUnitSettings } from "../settings";
import { CSS_PATH, html, messagePage, requestLang } from "../render";
import { surveyPageProps } from "../survey/form-view";
import { decodeSurveyForm } from "../survey/form-input";
import { submitSurvey } from "../survey/submit";
import type { SubmissionIssue } from "../survey/validate";
import { signVisitToken } from "../survey/visit-token";

export const surveyRoutes = appFactory.createApp();

surveyRoutes.get("/:code", async (c) => {
  const lang = requestLang(c);
  const tp = await getTouchpointByCode(c.var.db, c.req.param("code"));
  if (!tp) return messagePage(c, 404, lang, "notFound");
  if (!tp.active) return messagePage(c, 410, lang, "closed", tp.unitName);
  const token = await signVisitToken(c.var.config.SECRET_KEY, tp.id, c.var.now);
  // Every visit gets its own token: never cache this page anywhere.
  c.header("Cache-Control", "no-store");
  return html(c, 200, <SurveyPage {...surveyPageProps(tp, lang, token, CSS_PATH)} />);
});

surveyRoutes.get("/:code/terima-kasih", async (c) => {
  const found = await getThanksContext(c.var.db, c.req.param("code"));
  const settings = found ? parseUnitSettings(found.unitSettings) : null;
  const props = {
    unitName: found?.unitName ?? null,
    resultsHref: found?.resultsHref ?? null,
    complaint: settings?.complaintText || settings?.complaintUrl ? settings : null,
  };
  return html(c, 200, <ThanksPage lang={requestLang(c)} cssHref={CSS_PATH} {...props} />);
});

surveyRoutes.post("/:code", surveyBodyLimit, async (c) => {
  const code = c.req.param("code");
  // An unparseable body is treated as an empty form: the citizen gets the form back, not an error.
  const { values, field, submission } = decodeSurveyForm(await readForm(c));
  const lang: Lang = field("lang") === "en" || field("lang") === "id" ? (field("lang") as Lang) : requestLang(c);
  const thanks = () => c.redirect(`/s/${encodeURIComponent(code)}/terima-kasih?lang=${lang}`, 303);
  // A bot that fills the hidden field is told "thank you" and nothing is stored.
  if (field("website")) return thanks();

  const { db, config, now } = c.var;
  const input = { ...submission, token: field("token"), code, lang, clientAddress: c.var.clientAddress };
  const outcome = await submitSurvey(db, config, input, now);
  if (outcome.kind === "created" || outcome.kind === "replay") return thanks();
  if (outcome.kind === "closed") return messagePage(c, 410, lang, "closed", outcome.touchpoint.unitName);
  if (outcome.kind === "rate_limited") {
    c.header("Retry-After", String(outcome.retryAfter));
    return messagePage(c, 429, lang, "rateLimited");
  }

  const tp = outcome.kind === "bad_token" ? await getTouchpointByCode(db, code) : outcome.touchpoint;
  if (!tp) return messagePage(c, 404, lang, "notFound");
  const ui = texts[lang].ui;
  const again = (token: string, state: { issues?: SubmissionIssue[]; formMessage?: string }) =>
    html(c, 422, <SurveyPage {...surveyPageProps(tp, lang, token, CSS_PATH, { values, ...state })} />);
  if (outcome.kind === "invalid") return again(input.token, { issues: outcome.issues });
  // Keep the original token: its issue time still counts, so a second press a few seconds later goes through.
  if (outcome.kind === "too_fast") return again(input.token, { formMessage: ui.tooFast });
  const fresh = await signVisitToken(config.SECRET_KEY, tp.id, now);
  return again(fresh, { formMessage: outcome.kind === "expired" ? ui.expired : ui.badToken });
});
