import { adminText } from "../admin-text";
import { rtlText } from "../text-rtl";
import { formatDate, formatPeriod } from "../format";
import { Forums, type ForumView } from "./Forums";
import { Table } from "./Table";
import { texts, type Lang, type SurveyTexts } from "../i18n";

/** An unsur by its name; an IPKP/IPAK item by the start of its statement (they have no short names). */
function itemName(item: string, lang: Lang): string {
  const unsur = adminText[lang].unsur[item];
  if (unsur) return unsur;
  const q = texts[lang].items[item as keyof SurveyTexts["items"]]?.q ?? "";
  return q.length > 60 ? `${q.slice(0, 57).trimEnd()}…` : q;
}

export type FollowUpView = {
  id: string;
  period: string;
  item: string;
  problem: string;
  action: string;
  owner: string;
  dueDate: string | null;
  /** Waktu: the triwulan (1–4) of the plan's year; null on rows recorded before the RTL had it. */
  quarter: number | null;
  status: string;
  startedOn: string | null;
  doneOn: string | null;
  evidence: string | null;
  forumId: string | null;
};

// The statuses the server accepts (db/queries/follow-ups.ts); a view cannot import them, a test checks they agree.
export const FOLLOW_UP_STATUS_OPTIONS = ["rencana", "berjalan", "selesai"];
const ITEMS = [..."123456789"]
  .map((n) => `U${n}`)
  .concat(
    [..."12345678"].map((n) => `P${n}`),
    [..."12345"].map((n) => `A${n}`),
  );

function Select(p: {
  id: string;
  name: string;
  label: string;
  options: [string, string][];
  value: string;
  required?: boolean;
}) {
  return (
    <>
      <label class="field" for={p.id}>
        {p.label}
      </label>
      <select id={p.id} name={p.name} required={p.required}>
        {p.options.map(([value, label]) => (
          <option key={value} value={value} selected={p.value === value}>
            {label}
          </option>
        ))}
      </select>
    </>
  );
}

export function Fields({
  f,
  lang,
  idPrefix,
  forums,
}: {
  f?: FollowUpView;
  lang: Lang;
  idPrefix: string;
  forums: ForumView[];
}) {
  const t = adminText[lang];
  const r = rtlText[lang];
  const field = (name: keyof FollowUpView | "statusDate", label: string, type = "text", required = true) => (
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
        value={name === "statusDate" ? "" : ((f?.[name] as string | null) ?? "")}
      />
    </>
  );
  const quarters: [string, string][] = [1, 2, 3, 4].map((q) => [String(q), r.quarterNames[q]!]);
  return (
    <>
      <Select
        id={`${idPrefix}-item`}
        name="item"
        label={r.priority}
        value={f?.item ?? ""}
        options={ITEMS.map((i) => [i, `${i} ${itemName(i, lang)}`])}
      />
      {field("problem", t.problem)}
      {field("action", r.program)}
      <Select
        id={`${idPrefix}-quarter`}
        name="quarter"
        label={r.quarter}
        value={f?.quarter ? String(f.quarter) : ""}
        // A new row must choose; a row recorded before Waktu existed may stay without one.
        options={!f?.quarter ? [["", `– ${r.chooseQuarter}`], ...quarters] : quarters}
        required={!f}
      />
      {field("owner", r.owner)}
      {field("dueDate", t.dueDate, "date", false)}
      <Select
        id={`${idPrefix}-status`}
        name="status"
        label={t.status}
        value={f?.status ?? "rencana"}
        options={FOLLOW_UP_STATUS_OPTIONS.map((s) => [s, t.followUpStatusNames[s] ?? s])}
      />
      {field("statusDate", r.statusDate, "date", false)}
      {field("evidence", t.evidenceNotes, "text", false)}
      <p class="hint">{r.evidenceHint}</p>
      <Select
        id={`${idPrefix}-forumId`}
        name="forumId"
        label={r.forum}
        value={f?.forumId ?? ""}
        options={[
          ["", r.noForum],
          ...forums.map((fo): [string, string] => [
            fo.id,
            `${formatDate(fo.heldOn, lang)} (${formatPeriod(fo.period, lang)})`,
          ]),
        ]}
      />
    </>
  );
}

/** The RTL as the report template has it (plus problem, status and evidence), each row editable in place, and a form for a new one. */
export function FollowUps(p: {
  lang: Lang;
  action: string;
  period: string;
  csrf: string;
  canEdit: boolean;
  items: FollowUpView[];
  forums: ForumView[];
}) {
  const t = adminText[p.lang];
  const r = rtlText[p.lang];
  const hidden = (
    <>
      <input type="hidden" name="_csrf" value={p.csrf} />
      <input type="hidden" name="period" value={p.period} />
    </>
  );
  const forumDate = new Map(p.forums.map((f) => [f.id, f.heldOn]));
  const status = (f: FollowUpView) =>
    [
      t.followUpStatusNames[f.status] ?? f.status,
      f.startedOn ? `${r.startedOn} ${formatDate(f.startedOn, p.lang)}` : "",
      f.doneOn ? `${r.doneOn} ${formatDate(f.doneOn, p.lang)}` : "",
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <section id="follow-ups">
      <h2>{r.rtl}</h2>
      <div class="scroll">
        <Table
          headers={[
            r.no,
            t.period,
            r.priority,
            t.problem,
            r.program,
            r.quarter,
            r.owner,
            t.status,
            t.evidence,
            r.forum,
          ]}
          rows={p.items.map((f, i) => [
            i + 1,
            formatPeriod(f.period, p.lang),
            `${f.item} ${itemName(f.item, p.lang)}`,
            f.problem,
            f.action,
            f.quarter ? r.quarterNames[f.quarter] : "–",
            f.owner,
            status(f),
            f.evidence ?? "",
            f.forumId && forumDate.has(f.forumId) ? formatDate(forumDate.get(f.forumId)!, p.lang) : "–",
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
                <Fields f={f} lang={p.lang} idPrefix={`f-${f.id}`} forums={p.forums} />
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
            <Fields lang={p.lang} idPrefix="new" forums={p.forums} />
            <button type="submit">{t.save}</button>
          </form>
        </details>
      ) : null}
      <Forums lang={p.lang} action={p.action} period={p.period} csrf={p.csrf} canEdit={p.canEdit} forums={p.forums} />
    </section>
  );
}
