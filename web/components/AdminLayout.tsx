import type { ComponentChildren } from "preact";
import type { Lang } from "../i18n";
import { adminText } from "../admin-text";
import { setupText } from "../text-setup";
import { accountText } from "../text-accounts";

export type AdminChrome = { lang: Lang; cssHref: string; email: string; role: string; csrf: string; isAdmin: boolean };

/** The dashboard frame: navigation, who is signed in, and a sign-out form (a POST with the form token). */
export function AdminLayout({
  chrome,
  title,
  children,
}: {
  chrome: AdminChrome;
  title: string;
  children: ComponentChildren;
}) {
  const t = adminText[chrome.lang];
  return (
    <html lang={chrome.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="icon" href="data:," />
        <title>{`${title} · ${t.appName}`}</title>
        <link rel="stylesheet" href={chrome.cssHref} />
      </head>
      <body class="admin">
        <header class="bar">
          <nav aria-label="Menu">
            <a href="/admin">{t.appName}</a> <a href="/admin">{t.overview}</a>
            {chrome.role !== "viewer" ? <a href="/admin/setup">{setupText[chrome.lang].setup}</a> : null}{" "}
            {chrome.isAdmin ? <a href="/admin/settings">{t.settings}</a> : null}
          </nav>
          <form method="post" action="/logout" class="inline">
            <input type="hidden" name="_csrf" value={chrome.csrf} />
            <span class="who">
              {chrome.email} ({chrome.role})
            </span>{" "}
            <a href="/admin/password">{accountText[chrome.lang].changePassword}</a>{" "}
            <button type="submit" class="link">
              {t.logout}
            </button>
          </form>
        </header>
        <main class="wide">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}
