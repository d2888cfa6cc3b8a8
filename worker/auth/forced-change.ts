import type { MiddlewareHandler } from "hono";
import type { DashboardEnv } from "../context";

export const PASSWORD_PATH = "/admin/password";

/**
 * A user signed in with a temporary password (a generated one, or after an admin's reset) reaches nothing
 * of the dashboard but the page to choose their own: a password others have seen is not theirs yet.
 */
export const requirePasswordChosen: MiddlewareHandler<DashboardEnv> = async (c, next) => {
  if (c.var.user.mustChangePassword && c.req.path.replace(/\/+$/, "") !== PASSWORD_PATH)
    return c.redirect(PASSWORD_PATH, 303);
  await next();
};
