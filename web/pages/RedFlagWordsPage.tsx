import { adminText } from "../admin-text";
import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { flagText } from "../text-flags";

export type RedFlagWordsProps = {
  chrome: AdminChrome;
  /** The list as stored, or as typed when it was refused. */
  text: string;
  defaults: readonly string[];
  saved: boolean;
  /** Why the typed list was refused. */
  refused?: string;
};

/** The organization's red-flag words: one per line, saved as a whole or reset to the default list. Admins only. */
export function RedFlagWordsPage(p: RedFlagWordsProps) {
  const t = flagText[p.chrome.lang];
  const a = adminText[p.chrome.lang];
  return (
    <AdminLayout chrome={p.chrome} title={t.wordsTitle}>
      <p>
        <a href="/admin/settings">{a.settings}</a>
      </p>
      {p.saved ? (
        <p class="note" role="status">
          {t.wordsSaved}
        </p>
      ) : null}
      {p.refused ? (
        <p class="alert" role="alert" id="words-error">
          {p.refused}
        </p>
      ) : null}
      <form method="post" action="/admin/settings/red-flag-words" class="box">
        <input type="hidden" name="_csrf" value={p.chrome.csrf} />
        <label class="field" for="words">
          {t.wordsTitle}
        </label>
        <p class="hint" id="words-hint">
          {t.wordsHint}
        </p>
        <textarea
          id="words"
          name="words"
          rows={12}
          maxlength={6000}
          aria-describedby={p.refused ? "words-hint words-error" : "words-hint"}
          aria-invalid={p.refused ? "true" : undefined}
        >
          {p.text}
        </textarea>
        <button type="submit">{t.wordsSave}</button>{" "}
        <button type="submit" class="small" name="reset" value="1">
          {t.wordsReset}
        </button>
        <p class="hint">{t.wordsDefault(p.defaults.join(", "))}</p>
      </form>
    </AdminLayout>
  );
}
