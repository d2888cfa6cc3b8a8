import { adminText } from "../admin-text";
import { rtlText } from "../text-rtl";
import { formatDate, formatPeriod } from "../format";
import { Table } from "./Table";
import type { Lang } from "../i18n";

export type ForumView = { id: string; period: string; heldOn: string; notes: string };

/** Forum Konsultasi Publik of the year: where the follow-up plan was agreed, and a form to record one. */
export function Forums(p: {
  lang: Lang;
  action: string;
  period: string;
  csrf: string;
  canEdit: boolean;
  forums: ForumView[];
}) {
  const t = adminText[p.lang];
  const r = rtlText[p.lang];
  return (
    <div id="forums">
      <h3>{r.forums}</h3>
      <p class="hint">{r.forumsHint}</p>
      {p.forums.length ? (
        <div class="scroll">
          <Table
            headers={[r.heldOn, t.period, r.notes]}
            rows={p.forums.map((f) => [formatDate(f.heldOn, p.lang), formatPeriod(f.period, p.lang), f.notes])}
          />
        </div>
      ) : (
        <p class="hint">{r.noForums}</p>
      )}
      {p.canEdit ? (
        <details>
          <summary>{r.addForum}</summary>
          <form method="post" action={`${p.action}/follow-ups/forums`} class="box">
            <input type="hidden" name="_csrf" value={p.csrf} />
            <input type="hidden" name="period" value={p.period} />
            <label class="field" for="forum-heldOn">
              {r.heldOn}
            </label>
            <input class="text" id="forum-heldOn" name="heldOn" type="date" required />
            <label class="field" for="forum-notes">
              {r.notes}
            </label>
            <textarea id="forum-notes" name="notes" required maxlength={2000} rows={3} />
            <button type="submit">{t.save}</button>
          </form>
        </details>
      ) : null}
    </div>
  );
}
