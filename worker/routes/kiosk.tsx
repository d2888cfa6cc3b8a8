import { KIOSK_CSS_BODY, KIOSK_CSS_PATH, KIOSK_ICON_PATH, KIOSK_ICON_SVG } from "../../web/client/kiosk-assets";
import { SURVEY_JS, SURVEY_JS_PATH } from "../../web/client/survey-script";
import { MessagePage } from "../../web/pages/MessagePage";
import { SurveyPage } from "../../web/pages/SurveyPage";
import { fill } from "../../web/i18n";
import { appFactory } from "../context";
import { AppError } from "../errors";
import { CSS_PATH, html, messagePage } from "../render";
import { surveyPageProps } from "../survey/form-view";
import { INDONESIAN, surveyLanguage } from "../survey/languages";
import { signVisitToken } from "../survey/visit-token";

/** The kiosk mode of a touchpoint (/k/{code}), its web app manifest, and the citizen pages' script. */
export const kioskRoutes = appFactory.createApp();

/** The pages that load the script: the survey (also a refused one), its thank-you, and the kiosk. */
export const surveyScriptAllowedOn = (path: string) => /^\/(s\/[^/]+(\/terima-kasih)?|k\/[^/]+)$/.test(path);

const FOREVER = "public, max-age=31536000, immutable";
for (const [path, body, type] of [
  [SURVEY_JS_PATH, SURVEY_JS, "text/javascript; charset=utf-8"],
  [KIOSK_CSS_PATH, KIOSK_CSS_BODY, "text/css; charset=utf-8"],
  [KIOSK_ICON_PATH, KIOSK_ICON_SVG, "image/svg+xml"],
] as const) {
  kioskRoutes.get(path, (c) => {
    c.header("Cache-Control", FOREVER);
    return c.body(body, 200, { "Content-Type": type });
  });
}

kioskRoutes.get("/k/:code", async (c) => {
  const tp = await c.var.survey.touchpoint(c.req.param("code"));
  if (!tp) return messagePage(c, 404, INDONESIAN, "notFound");
  const lang = await surveyLanguage(c.var.db, tp, c.req.query("lang"));
  if (!tp.kiosk) {
    const t = lang.t.offline;
    const page = <MessagePage lang={lang.code} cssHref={CSS_PATH} title={t.kioskOffTitle} message={t.kioskOff} />;
    return html(c, 404, page);
  }
  if (!tp.active) return messagePage(c, 410, lang, "closed", tp.unitName);
  const token = await signVisitToken(c.var.config.SECRET_KEY, tp.id, c.var.now, true);
  c.header("Cache-Control", "no-store");
  const props = surveyPageProps(tp, lang, token, CSS_PATH);
  const kiosk = { manifestHref: `/k/${tp.code}/manifest.webmanifest` };
  const languages = props.languages.map((l) => ({ ...l, href: `/k/${tp.code}?lang=${l.code}` }));
  return html(c, 200, <SurveyPage {...props} languages={languages} kiosk={kiosk} />);
});

kioskRoutes.get("/k/:code/manifest.webmanifest", async (c) => {
  const tp = await c.var.survey.touchpoint(c.req.param("code"));
  if (!tp?.kiosk) throw new AppError("NOT_FOUND", "Not a kiosk touchpoint");
  const lang = await surveyLanguage(c.var.db, tp, c.req.query("lang"));
  const start = `/k/${tp.code}?lang=${lang.code}`;
  c.header("Cache-Control", "public, max-age=3600");
  return c.body(
    JSON.stringify({
      name: fill(lang.t.offline.appName, { unit: tp.unitName }),
      short_name: tp.label,
      lang: lang.code,
      start_url: start,
      scope: `/k/${tp.code}`,
      display: "fullscreen",
      display_override: ["fullscreen", "standalone"],
      orientation: "any",
      background_color: "#f4f5f7",
      theme_color: "#0b3d6b",
      icons: [{ src: KIOSK_ICON_PATH, sizes: "any", type: "image/svg+xml", purpose: "any" }],
    }),
    200,
    { "Content-Type": "application/manifest+json; charset=utf-8" },
  );
});
