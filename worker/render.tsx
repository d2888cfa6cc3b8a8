import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { MessagePage } from "../web/pages/MessagePage";
import { pickLang, texts, type Lang } from "../web/i18n";
import { EXTRA_CSS, SITE_CSS } from "../web/styles";

// FNV-1a of the stylesheet: a new file name whenever the CSS changes, so it can be cached forever.
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

export const CSS_PATH = `/assets/site.${fnv1a(SITE_CSS)}.css`;

/** The citizen's survey loads only CSS_PATH; every other page loads this, the same rules plus tables and print. */
export const FULL_CSS = SITE_CSS + EXTRA_CSS;
export const FULL_CSS_PATH = `/assets/full.${fnv1a(FULL_CSS)}.css`;

export function render(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}

export function html(c: Context, status: ContentfulStatusCode, page: VNode) {
  return c.html(render(page), status);
}

export type MessageKey =
  | "home"
  | "thanks"
  | "notFound"
  | "pageNotFound"
  | "closed"
  | "error"
  | "tooLarge"
  | "rateLimited"
  | "forbidden"
  | "badRequest"
  | "unauthorized";

/** One of the short pages of web/pages/MessagePage in the visitor's language. */
export function messagePage(c: Context, status: ContentfulStatusCode, asked: Lang, key: MessageKey, subheading?: string, backHref?: string) {
  // An unknown QR code may be anyone's first page: always Indonesian, with English beneath.
  const lang = key === "notFound" ? "id" : asked;
  const secondary = key === "notFound" ? { lang: "en" as const, message: texts.en.ui.notFound } : undefined;
  const ui = texts[lang].ui;
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

/** The page language: `?lang=`, else the browser's first preference, else Indonesian. */
export const requestLang = (c: Context): Lang => pickLang(c.req.query("lang") ?? getCookie(c, LANG_COOKIE), c.req.header("Accept-Language"));

const LANG_COOKIE = "zis_lang";

/**
 * Dashboard users who pick `?lang=` keep that language across forms and redirects. Only the language
 * is stored, for a year; the citizen's survey carries its language in the form instead.
 */
export function rememberLang(c: Context) {
  const lang = c.req.query("lang");
  if (lang === "id" || lang === "en") setCookie(c, LANG_COOKIE, lang, { path: "/", sameSite: "Lax", httpOnly: true, maxAge: 365 * 86400 });
}
