import type { Context } from "hono";
import type { AdminChrome } from "../../web/components/AdminLayout";
import type { DashboardEnv } from "../context";
import { FULL_CSS_PATH, rememberLang, requestLang } from "../render";

/** What every dashboard page's frame needs: language, who is signed in, and the form token. */
export function adminChrome<E extends DashboardEnv>(c: Context<E>): AdminChrome {
  const { user, csrf } = c.var;
  rememberLang(c);
  return {
    lang: requestLang(c),
    cssHref: FULL_CSS_PATH,
    email: user.email,
    role: user.role,
    csrf,
    isAdmin: user.role === "admin",
  };
}
