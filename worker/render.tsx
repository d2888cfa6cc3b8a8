import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import { detectFromHeader, languageDetector, type DetectorOptions } from "hono/language";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { InlineStylesheet } from "../web/components/Layout";
import { MessagePage } from "../web/pages/MessagePage";
import { texts, type Lang, type SurveyTexts } from "../web/i18n";
import { EXTRA_CSS, SITE_CSS } from "../web/styles";
import { isCitizenPage } from "./citizen-css";

// FNV-1a of the stylesheet: a new file name whenever the CSS changes, so it can be cached forever.
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The citizen's stylesheet: inline on citizen pages (citizen-css.ts), linked from an operator's error page. */
export const CSS_PATH = `/assets/site.${fnv1a(SITE_CSS)}.css`;

const CITIZEN_INLINE = { href: CSS_PATH, css: SITE_CSS };

/** Citizen pages carry SITE_CSS inline; every other page loads this, the same rules plus tables and print. */
export const FULL_CSS = SITE_CSS + EXTRA_CSS;
export const FULL_CSS_PATH = `/assets/full.${fnv1a(FULL_CSS)}.css`;

export function html(c: Context, status: ContentfulStatusCode, page: VNode) {
  const inline = isCitizenPage(c.req.path) ? CITIZEN_INLINE : null;
  const body = renderToString(<InlineStylesheet.Provider value={inline}>{page}</InlineStylesheet.Provider>);
  return c.html(`<!doctype html>${body}`, status);
}

export type MessageKey =
  | "home"
  | "notFound"
  | "pageNotFound"
  | "closed"
  | "error"
  | "tooLarge"
  | "rateLimited"
  | "forbidden"
  | "badRequest"
  | "unauthorized";

/**
 * One of the short pages of web/pages/MessagePage in the visitor's language: a dashboard language, or
 * a survey's language pack (a citizen's closed or rate-limited survey).
 */
export function messagePage(
  c: Context,
  status: ContentfulStatusCode,
  asked: Lang | { code: string; t: SurveyTexts },
  key: MessageKey,
  subheading?: string,
  backHref?: string,
) {
  // An unknown QR code may be anyone's first page: always Indonesian, with English beneath.
  const chosen = typeof asked === "string" ? { code: asked, t: texts[asked] } : asked;
  const { code: lang, t } = key === "notFound" ? { code: "id", t: texts.id } : chosen;
  const secondary = key === "notFound" ? { lang: "en" as const, message: texts.en.ui.notFound } : undefined;
  const ui = t.ui;
  const title = ui[`${key}Title` as `${MessageKey}Title`];
  const requestId = status >= 500 ? (c.get("requestId") as string) : undefined;
  return html(
    c,
    status,
    <MessagePage
      lang={lang}
      cssHref={CSS_PATH}
      title={title}
      message={ui[key]}
      subheading={subheading}
      back={backHref ? { href: backHref, label: ui.back } : undefined}
      requestId={requestId}
      secondary={secondary}
    />,
  );
}

const LANG_COOKIE = "zis_lang";

/**
 * Our language rules in Hono's terms: `?lang=`, else the `zis_lang` cookie, else Indonesian. Never the
 * browser's Accept-Language: most Indonesian phones and office PCs are set to English, and the service
 * speaks Indonesian first (English is one link away). Nothing is remembered here (no `caches`): only a
 * dashboard user's explicit `?lang=` is (rememberLang); a citizen gets no cookie. The survey's own
 * routes read only `?lang=` and the form (worker/survey/languages.ts).
 */
const LANGUAGE: DetectorOptions = {
  order: ["querystring", "cookie"],
  lookupQueryString: "lang",
  lookupCookie: LANG_COOKIE,
  lookupFromHeaderKey: "accept-language",
  lookupFromPathIndex: 0,
  caches: false,
  ignoreCase: true,
  supportedLanguages: ["id", "en"],
  fallbackLanguage: "id",
};

/** Sets `language` for every request; app.ts runs it first, so error pages have it too. */
export const detectLanguage = languageDetector(LANGUAGE);

/** The page language, as detectLanguage chose it. */
export const requestLang = (c: Context): Lang => (c.get("language") as Lang | undefined) ?? "id";

/**
 * The browser's preference among Indonesian and English (by q, then order), for the JSON API only: a
 * program that sends Accept-Language asks for it on purpose; its body may name a language instead.
 */
export const acceptedLang = (c: Context): Lang => (detectFromHeader(c, LANGUAGE) as Lang | undefined) ?? "id";

/**
 * Dashboard users who pick `?lang=` keep that language across forms and redirects. Only the language
 * is stored, for a year; the citizen's survey carries its language in the form instead.
 */
export function rememberLang(c: Context) {
  const lang = c.req.query("lang");
  if (lang === "id" || lang === "en")
    setCookie(c, LANG_COOKIE, lang, { path: "/", sameSite: "Lax", httpOnly: true, maxAge: 365 * 86400 });
}
