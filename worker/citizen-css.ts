import type { Context } from "hono";
import { SITE_CSS } from "../web/styles";
import { sha256 } from "./sha256";

/**
 * The pages a citizen sees (the survey, its thank-you and error pages, the home page) carry SITE_CSS inline:
 * on a slow phone network a second request costs a full round trip before anything paints. The renderer
 * and the CSP both ask this one question, so a page's style-src always matches what it carries.
 */
export const isCitizenPage = (path: string) => path === "/" || path.startsWith("/s/");

/** Exactly the inlined SITE_CSS, by its hash: derived from the constant, so it follows every edit. */
const CITIZEN_STYLE_SRC = `'sha256-${btoa(String.fromCharCode(...sha256(SITE_CSS)))}'`;

/** The CSP style-src of a response: the inline stylesheet's hash on citizen pages, our own origin elsewhere. */
export const styleSrc = (c: Context) => (isCitizenPage(c.req.path) ? CITIZEN_STYLE_SRC : "'self'");
