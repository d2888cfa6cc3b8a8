import { adminText } from "../admin-text";
import { Table } from "./Table";
import type { Lang } from "../i18n";

export type FollowUpView = {
  id: string;
  period: string;
  item: string;
  problem: string;
  action: string;
  owner: string;
  dueDate: string | null;
  status: string;
  evidence: string | null;
};

// The statuses the server accepts (db/queries/follow-ups.ts); a view cannot import them, a test checks they agree.
export const FOLLOW_UP_STATUS_OPTIONS = ["rencana", "berjalan", "selesai"];
const ITEMS = [..."123456789"]
  .map((n) => `U${n}`)
  .concat(
    [..."12345678"].map((n) => `P${n}`),
    [..."12345"].map((n) => `A${n}`),
  );

function Fields({ f, lang, idPrefix }: { f?: FollowUpView; lang: Lang; idPrefix: string }) {
  const t = adminText[lang];
  const field = (name: keyof FollowUpView, label: string, type: "text" | "date" = "text", required = true) => (
    <>
      <label class="field" for={`${idPrefix}-${name}`}>
        {label}
      </label>
      <input
        class="text"
        id={`${idPrefix}-${name}`}
        name={name}
        type={type as "text"}
        required={required}
        maxlength={500}
        value={(f?.[name] as string | null) ?? ""}
      />
    </>
  );
  return (
    <>
      <label class="field" for={`${idPrefix}-item`}>
        {t.unsurItem}
      </label>
      <select id={`${idPrefix}-item`} name="item">
        {ITEMS.map((i) => (
          <option key={i} value={i} selected={f?.item === i}>
            {i} {t.unsur[i] ?? ""}
          </option>
        ))}
      </select>
      {field("problem", t.problem)}
      {field("action", t.action)}
      {field("owner", t.owner)}
      {field("dueDate", t.dueDate, "date", false)}
      <label class="field" for={`${idPrefix}-status`}>
        {t.status}
      </label>
      <select id={`${idPrefix}-status`} name="status">
        {FOLLOW_UP_STATUS_OPTIONS.map((s) => (
          <option key={s} value={s} selected={f?.status === s}>
            {t.followUpStatusNames[s] ?? s}
          </option>
        ))}
      </select>
      {field("evidence", t.evidenceNotes, "text", false)}
    </>
  );
}

/** Rencana tindak lanjut: the list, each editable in place, and a form for a new one. */
export function FollowUps(p: {
  lang: Lang;
  action: string;
  period: string;
  csrf: string;
  canEdit: boolean;
  items: FollowUpView[];
}) {
  const t = adminText[p.lang];
  const hidden = (
    <>
      <input type="hidden" name="_csrf" value={p.csrf} />
      <input type="hidden" name="period" value={p.period} />
    </>
  );
  return (
    <section id="follow-ups">
      <h2>{t.followUp}</h2>
      <div class="scroll">
        <Table
          headers={[t.period, t.unsurHeading, t.problem, t.action, t.owner, t.dueDate, t.status, t.evidence]}
          rows={p.items.map((f) => [
            f.period,
            f.item,
            f.problem,
            f.action,
            f.owner,
            f.dueDate ?? "–",
            t.followUpStatusNames[f.status] ?? f.status,
            f.evidence ?? "",
          ])}
        />
      </div>
      {p.canEdit
        ? p.items.map((f) => (
            <details key={f.id}>
              <summary>
                {t.editFollowUp}
                {f.item} · {f.action}
              </summary>
              <form method="post" action={`${p.action}/follow-ups/${f.id}`} class="box">
                {hidden}
                <Fields f={f} lang={p.lang} idPrefix={`f-${f.id}`} />
                <button type="submit">{t.save}</button>
              </form>
            </details>
          ))
        : null}
      {p.canEdit ? (
        <details>
          <summary>{t.addFollowUp}</summary>
          <form method="post" action={`${p.action}/follow-ups`} class="box">
            {hidden}
            <Fields lang={p.lang} idPrefix="new" />
            <button type="submit">{t.save}</button>
          </form>
        </details>
      ) : null}
    </section>
  );
}
