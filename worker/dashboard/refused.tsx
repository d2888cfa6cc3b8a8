import type { Context } from "hono";
import { RefusedFormPage } from "../../web/pages/RefusedFormPage";
import type { DashboardEnv } from "../context";
import { publicOrigin } from "../auth/session";
import { readForm } from "../form-body";
import { html } from "../render";
import { adminChrome } from "./chrome";

/** Whether a request got through the dashboard's sign-in (its user and form token are set). */
export const isDashboard = (c: Context): c is Context<DashboardEnv> => typeof c.get("csrf") === "string";

/** The dashboard page the form was on, when the browser says (same-origin Referer): back to it, not its unit. */
function backTo(c: Context<DashboardEnv>): string | null {
  try {
    const from = new URL(c.req.header("Referer") ?? "");
    const own = new URL(c.req.url).origin === from.origin || publicOrigin(c) === from.origin;
    return own && /^\/admin(\/|$)/.test(from.pathname) ? `${from.pathname}${from.search}` : null;
  } catch {
    return null;
  }
}

// Secrets are never echoed; the form token is the page's own.
const NOT_SHOWN = /^_csrf$|password|^current$|^again$/i;
const MAX_FIELDS = 40;
const MAX_CHARS = 20_000;

/**
 * A refused dashboard POST answered inside the dashboard (navigation, sign-out) rather than on a bare
 * error page, with the text that was typed shown to copy: the shared fallback for every form whose page
 * does not re-render itself with the input.
 */
export async function refusedForm(c: Context<DashboardEnv>, message: string, fallback: string) {
  const form = await readForm(c);
  const input = Object.entries(form)
    .filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== "" && !NOT_SHOWN.test(e[0]))
    .slice(0, MAX_FIELDS)
    .map(([name, value]) => ({ name, value: value.slice(0, MAX_CHARS) }));
  return html(
    c,
    400,
    <RefusedFormPage chrome={adminChrome(c)} message={message} input={input} back={backTo(c) ?? fallback} />,
  );
}
