import type { Context } from "hono";
import { SITE_CSS } from "../web/styles";

/**
 * The pages a citizen lands on from a QR code (the survey, its thank-you and error pages) carry SITE_CSS inline:
 * on a slow phone network a second request costs a full round trip before anything paints. The renderer
 * and the CSP both ask this one question, so a page's style-src always matches what it carries.
 */
export const isCitizenPage = (path: string) => path.startsWith("/s/");

let citizenStyleSrc: string | undefined;

/**
 * Hashes the inlined SITE_CSS once, with the platform's Web Crypto (async, so it runs in the first request
 * rather than at module load): derived from the constant, so the CSP follows every edit of the stylesheet.
 */
export async function hashCitizenStyle(): Promise<void> {
  if (citizenStyleSrc) return;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(SITE_CSS));
  citizenStyleSrc = `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The CSP style-src of a response: the inline stylesheet's hash on citizen pages, our own origin elsewhere. */
export const styleSrc = (c: Context) => (isCitizenPage(c.req.path) ? (citizenStyleSrc ?? "'none'") : "'self'");
