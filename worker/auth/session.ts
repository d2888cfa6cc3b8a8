import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { timingSafeEqual } from "hono/utils/buffer";
import { getSessionUser } from "../../db/queries/users";
import type { AppEnv, DashboardEnv, Role, SessionUser } from "../context";
import { hmac, randomId, sha256Hex, toBase64Url } from "../crypto";
import { AppError } from "../errors";
import { readForm } from "../form-body";

export const ROLES: readonly Role[] = ["admin", "manager", "viewer"];

const COOKIE = "zis_session";
// A working day: long enough for an operator's shift, short enough that a forgotten session dies.
const SESSION_SECONDS = 12 * 3600;

/** The origin browsers see: PUBLIC_URL behind a TLS-terminating proxy, else the request's own. */
export const publicOrigin = <E extends AppEnv>(c: Context<E>) => {
  const configured = c.var.config.PUBLIC_URL;
  return configured ? new URL(configured).origin : new URL(c.req.url).origin;
};
const secure = (c: Context) => publicOrigin(c).startsWith("https:");

/** Sets a new session's cookie and returns what the session row keeps of it (only a hash of its id). */
export async function newSessionCookie(c: Context<AppEnv>) {
  const id = randomId(32);
  setCookie(c, COOKIE, id, { httpOnly: true, sameSite: "Lax", secure: secure(c), path: "/", maxAge: SESSION_SECONDS });
  return { idHash: await sha256Hex(id), expiresAt: c.var.now + SESSION_SECONDS };
}

export function clearSessionCookie(c: Context<DashboardEnv>) {
  deleteCookie(c, COOKIE, { path: "/", secure: secure(c) });
}

/** The form token of a session: an HMAC of it, so no extra state is stored and a cross-site form cannot know it. */
async function csrfFor(secret: string, sessionHash: string) {
  return toBase64Url(await hmac(secret, "csrf", sessionHash));
}

/**
 * Every /admin request needs a live session (else: the login page, or 401 for a POST). Every POST also
 * needs the session's form token in `_csrf`.
 */
export const requireUser: MiddlewareHandler<DashboardEnv> = async (c, next) => {
  const id = getCookie(c, COOKIE);
  const sessionHash = id ? await sha256Hex(id) : "";
  const user = id ? await getSessionUser(c.var.db, sessionHash, c.var.now) : null;
  if (!user) {
    if (c.req.method === "GET") return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    throw new AppError("UNAUTHORIZED", "Sesi berakhir, silakan masuk lagi");
  }
  const csrf = await csrfFor(c.var.config.SECRET_KEY, sessionHash);
  if (c.req.method === "POST") {
    const form = await readForm(c);
    // A constant-time compare: response time must say nothing about how much of a guessed token was right.
    if (typeof form._csrf !== "string" || !(await timingSafeEqual(form._csrf, csrf)))
      throw new AppError("FORBIDDEN", "Formulir kedaluwarsa atau tidak sah. Muat ulang halaman lalu coba lagi.");
  }
  c.set("user", { ...user, role: user.role as Role, sessionHash });
  c.set("csrf", csrf);
  await next();
};

/** Changes need an admin or manager; a viewer may only look. */
export function requireRole(user: SessionUser, ...roles: Role[]) {
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "Peran Anda tidak mengizinkan tindakan ini");
}
