import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { FieldError, FormAlert, invalidAttrs, type FieldErrors } from "../components/FieldError";
import { Layout } from "../components/Layout";
import { adminText } from "../admin-text";
import type { Lang } from "../i18n";
import { accountText } from "../text-accounts";

function NewPasswordFields({ lang, errors }: { lang: Lang; errors?: FieldErrors }) {
  const t = accountText[lang];
  return (
    <>
      <label class="field" for="password">
        {t.newPassword}
      </label>
      <input
        class="text"
        id="password"
        name="password"
        type="password"
        autocomplete="new-password"
        required
        minlength={10}
        maxlength={1024}
        {...invalidAttrs(errors, "password")}
      />
      <FieldError errors={errors} name="password" />
      <label class="field" for="again">
        {t.newPasswordAgain}
      </label>
      <input
        class="text"
        id="again"
        name="again"
        type="password"
        autocomplete="new-password"
        required
        maxlength={1024}
        {...invalidAttrs(errors, "again")}
      />
      <FieldError errors={errors} name="again" />
    </>
  );
}

export type ChangePasswordProps = { chrome: AdminChrome; forced: boolean; saved: boolean; errors?: FieldErrors };

/** Every signed-in user's own password; the only page a user with a temporary password can reach. */
export function ChangePasswordPage({ chrome, forced, saved, errors }: ChangePasswordProps) {
  const t = accountText[chrome.lang];
  return (
    <AdminLayout chrome={chrome} title={t.changePassword}>
      {forced ? <p class="note">{t.mustChange}</p> : null}
      {saved ? (
        <p class="note" role="status">
          {t.passwordSaved}
        </p>
      ) : null}
      <FormAlert errors={errors} summary={t.formRefused} />
      <form method="post" action="/admin/password" class="box">
        <input type="hidden" name="_csrf" value={chrome.csrf} />
        <p class="hint">{t.changeHint}</p>
        <label class="field" for="current">
          {t.currentPassword}
        </label>
        <input
          class="text"
          id="current"
          name="current"
          type="password"
          autocomplete="current-password"
          required
          maxlength={1024}
          {...invalidAttrs(errors, "current")}
        />
        <FieldError errors={errors} name="current" />
        <NewPasswordFields lang={chrome.lang} errors={errors} />
        <button type="submit">{t.save}</button>
      </form>
    </AdminLayout>
  );
}

export type LinkPasswordProps = {
  lang: Lang;
  cssHref: string;
  email: string;
  purpose: string;
  token: string;
  errors?: FieldErrors;
};

/** The page an invite or reset link opens: the person chooses their password, without signing in first. */
export function LinkPasswordPage({ lang, cssHref, email, purpose, token, errors }: LinkPasswordProps) {
  const t = accountText[lang];
  const title = purpose === "invite" ? t.linkTitleInvite : t.linkTitleReset;
  return (
    <Layout lang={lang} title={`${title} · ${adminText[lang].appName}`} cssHref={cssHref} heading={title}>
      <p>{t.linkIntro(email)}</p>
      <FormAlert errors={errors} summary={t.formRefused} />
      <form method="post" action={`/password/${token}`} class="box">
        <input type="text" name="username" value={email} autocomplete="username" hidden readonly />
        <NewPasswordFields lang={lang} errors={errors} />
        <button type="submit">{t.save}</button>
      </form>
    </Layout>
  );
}
