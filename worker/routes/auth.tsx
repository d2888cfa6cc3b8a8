import type { MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { getUserByEmail } from "../../db/queries/users";
import { recordFailedSignIn, signIn, signOut } from "../actions/users";
import { adminText } from "../../web/admin-text";
import { LoginPage } from "../../web/pages/LoginPage";
import { appFactory, dashboardFactory } from "../context";
import { hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from "../auth/password";
import { clearSessionCookie, newSessionCookie, publicOrigin, requireUser } from "../auth/session";
import { chargeLoginAttempt } from "../auth/throttle";
import { loginBodyLimit } from "../body-limit";
import { readForm } from "../form-body";
import { FULL_CSS_PATH, html, requestLang } from "../render";

export const authRoutes = appFactory.createApp();

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(crypto.randomUUID()));

// Only our own dashboard paths: a `next` pointing elsewhere would make the login page an open redirect.
const safeNext = (next: unknown) =>
  typeof next === "string" && /^\/admin(\/[\w\-/.]*)?(\?[\w\-=&%.]*)?$/.test(next) ? next : "/admin";

authRoutes.get("/login", (c) =>
  html(
    c,
    200,
    <LoginPage lang={requestLang(c)} cssHref={FULL_CSS_PATH} next={safeNext(c.req.query("next"))} email="" />,
  ),
);

// A cross-site page must not be able to sign a visitor in to an account of its choosing: the form's
// Origin must be ours (PUBLIC_URL's behind a proxy, or the request's own). Hono's check also refuses a
// form with neither Origin nor Sec-Fetch-Site; browsers send one of them, so such a POST is a script or
// an old client, which cannot be tricked by another site into signing in: let it through.
const sameSite = csrf({ origin: (origin, c) => origin === publicOrigin(c) || origin === new URL(c.req.url).origin });
const sameSiteSignIn: MiddlewareHandler = (c, next) =>
  c.req.header("Origin") || c.req.header("Sec-Fetch-Site") ? sameSite(c, next) : next();

authRoutes.post("/login", sameSiteSignIn, loginBodyLimit, async (c) => {
  const form = await readForm(c);
  const email = String(form.email ?? "")
    .trim()
    .toLowerCase();
  const next = safeNext(form.next);
  const lang = requestLang(c);
  const { db, config, now } = c.var;
  const again = (status: 400 | 401 | 429, error: string) =>
    html(c, status, <LoginPage lang={lang} cssHref={FULL_CSS_PATH} next={next} email={email} error={error} />);

  const password = String(form.password ?? "");
  // Refused before any work: a megabyte "password" would otherwise cost a megabyte of hashing.
  if (password.length > PASSWORD_MAX_LENGTH) return again(400, adminText[lang].passwordTooLong);
  const attempt = await chargeLoginAttempt(db, config.SECRET_KEY, email, c.var.clientAddress, now);
  if (attempt.blocked) return again(429, adminText[lang].loginThrottled);
  const user = email ? await getUserByEmail(db, email) : null;
  // An unknown account costs the same PBKDF2 work as a known one: timing must not reveal who has an account.
  const ok = (await verifyPassword(password, user?.passwordHash ?? (await dummyHash()))) && user && !user.disabledAt;
  if (!user || !ok) {
    if (user) await recordFailedSignIn(db, user, now);
    return again(401, adminText[lang].loginFailed);
  }
  await signIn(db, user, await newSessionCookie(c), now);
  await db.batch(attempt.succeeded());
  return c.redirect(next, 303);
});

const signedIn = dashboardFactory.createApp();
signedIn.use(requireUser);
signedIn.post("/", async (c) => {
  const { user, db, now } = c.var;
  await signOut(db, user, user.sessionHash, now);
  clearSessionCookie(c);
  return c.redirect("/login", 303);
});
authRoutes.route("/logout", signedIn);
