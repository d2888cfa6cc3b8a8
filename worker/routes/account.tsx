import type { Context } from "hono";
import { adminText } from "../../web/admin-text";
import { MessagePage } from "../../web/pages/MessagePage";
import { ChangePasswordPage, LinkPasswordPage } from "../../web/pages/PasswordPages";
import { accountText } from "../../web/text-accounts";
import { changePassword, liveLink, setPasswordByLink } from "../actions/accounts";
import { signIn } from "../actions/users";
import { appFactory, dashboardFactory, type AppEnv } from "../context";
import { PASSWORD_PATH } from "../auth/forced-change";
import { newSessionCookie } from "../auth/session";
import { chargeLinkAttempt } from "../auth/throttle";
import { loginBodyLimit } from "../body-limit";
import { adminChrome } from "../dashboard/chrome";
import { formText, readForm } from "../form-body";
import { tryForm } from "../form-issues";
import { FULL_CSS_PATH, html, requestLang } from "../render";
import type { Lang } from "../../web/i18n";

const words = (lang: Lang) => (code: string) => accountText[lang].issues[code];

/** /admin/password: every signed-in user's own password. */
export const passwordRoutes = dashboardFactory.createApp();

passwordRoutes.get("/", (c) => {
  const forced = !!c.var.user.mustChangePassword;
  const saved = c.req.query("saved") === "1";
  return html(c, 200, <ChangePasswordPage chrome={adminChrome(c)} forced={forced} saved={saved} />);
});

passwordRoutes.post("/", async (c) => {
  const { db, user, now } = c.var;
  const form = await readForm(c);
  const lang = requestLang(c);
  const input = {
    current: formText(form, "current") ?? "",
    password: formText(form, "password") ?? "",
    again: formText(form, "again") ?? "",
  };
  const done = await tryForm(lang, () => changePassword(db, user, input, now), words(lang));
  if (!done.ok) {
    const forced = !!user.mustChangePassword;
    return html(
      c,
      422,
      <ChangePasswordPage chrome={adminChrome(c)} forced={forced} saved={false} errors={done.errors} />,
    );
  }
  return c.redirect(user.mustChangePassword ? "/admin" : `${PASSWORD_PATH}?saved=1`, 303);
});

/** /password/:token: an invite or reset link, opened without being signed in. */
export const linkRoutes = appFactory.createApp();

const badLink = (c: Context<AppEnv>, status: 404 | 429, lang: Lang) => {
  const t = accountText[lang];
  const message = status === 429 ? t.throttled : t.badLink;
  return html(
    c,
    status,
    <MessagePage
      lang={lang}
      cssHref={FULL_CSS_PATH}
      title={`${t.badLinkTitle} · ${adminText[lang].appName}`}
      message={message}
      back={{ href: "/login", label: t.toLogin }}
    />,
  );
};

/** The live link of a request, charged to its network like a sign-in; an answer page when there is none. */
async function openLink(c: Context<AppEnv>, lang: Lang) {
  const { db, config, now } = c.var;
  const attempt = await chargeLinkAttempt(db, config.SECRET_KEY, c.var.clientAddress, now);
  if (attempt.blocked) return { page: badLink(c, 429, lang) };
  const link = await liveLink(db, c.req.param("token") ?? "", now);
  if (!link) return { page: badLink(c, 404, lang) };
  await attempt.refund();
  return { link };
}

linkRoutes.get("/:token", async (c) => {
  const lang = requestLang(c);
  const { page, link } = await openLink(c, lang);
  if (!link) return page;
  const props = { lang, cssHref: FULL_CSS_PATH, email: link.email, purpose: link.purpose, token: c.req.param("token") };
  return html(c, 200, <LinkPasswordPage {...props} />);
});

linkRoutes.post("/:token", loginBodyLimit, async (c) => {
  const { db, now } = c.var;
  const lang = requestLang(c);
  const { page, link } = await openLink(c, lang);
  if (!link) return page;
  const form = await readForm(c);
  const input = {
    token: c.req.param("token"),
    password: formText(form, "password") ?? "",
    again: formText(form, "again") ?? "",
  };
  const done = await tryForm(lang, () => setPasswordByLink(db, input, now), words(lang));
  if (!done.ok) {
    const props = { lang, cssHref: FULL_CSS_PATH, email: link.email, purpose: link.purpose, token: input.token };
    return html(c, 422, <LinkPasswordPage {...props} errors={done.errors} />);
  }
  await signIn(db, done.value, await newSessionCookie(c), now);
  return c.redirect("/admin", 303);
});
