import { Layout } from "../components/Layout";
import { adminText } from "../admin-text";
import type { Lang } from "../i18n";

export type LoginPageProps = { lang: Lang; cssHref: string; next: string; email: string; error?: string };

export function LoginPage({ lang, cssHref, next, email, error }: LoginPageProps) {
  const t = adminText[lang];
  return (
    <Layout lang={lang} title={`${t.login} · ${t.appName}`} cssHref={cssHref} heading={t.appName} subheading={t.login}>
      {error ? (
        <p class="alert" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action="/login" class="box">
        <input type="hidden" name="next" value={next} />
        <label class="field" for="email">
          {t.email}
        </label>
        <input class="text" id="email" name="email" type="email" autocomplete="username" required value={email} />
        <label class="field" for="password">
          {t.password}
        </label>
        <input class="text" id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">{t.login}</button>
      </form>
    </Layout>
  );
}
