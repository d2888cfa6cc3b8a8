import { adminText } from "../admin-text";
import type { Lang } from "../i18n";
import { commentText } from "../text-comments";
import { flagText } from "../text-flags";
import { Fields, type FollowUpView } from "./FollowUps";

/** One flagged response as the inbox shows it; comment and improvement are null for a viewer. */
export type FlagView = {
  id: string;
  unitName: string;
  /** A flag of the page's own unit (triage happens there); else one of a unit below. */
  own: boolean;
  when: string;
  service: string | null;
  reasons: string[];
  comment: string | null;
  improvement: string | null;
  status: string;
  followUpId: string | null;
  /** What a follow-up created from the flag starts with. */
  draft: { period: string; item: string; problem: string };
};

const STATUSES = ["baru", "dilihat", "ditangani", "selesai"];

type CardProps = {
  lang: Lang;
  base: string;
  csrf: string;
  back: string;
  canEdit: boolean;
  flag: FlagView;
  followUps: { id: string; label: string }[];
  /** The follow-up fields as typed, when creating one from this flag was refused. */
  refused?: Record<string, string>;
};

/** One flagged response: why, when, where, what was written (for those who may read it), and its triage. */
export function FlagCard(p: CardProps) {
  const t = flagText[p.lang];
  const f = p.flag;
  const linked = p.followUps.find((u) => u.id === f.followUpId);
  return (
    <li class="box">
      <p class="hint">
        {p.canEdit ? (
          <input
            type="checkbox"
            form="flag-bulk"
            name="ids[]"
            value={f.id}
            aria-label={`${t.select}: ${f.when} ${f.reasons[0] ?? ""}`}
          />
        ) : null}{" "}
        {f.when} · {t.service}: {f.service ?? "–"} · <strong>{t.statusNames[f.status] ?? f.status}</strong>
        {f.own ? "" : ` · ${t.unit}: ${f.unitName}`}
      </p>
      <ul class="flags">
        {f.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {f.comment ? <p class="comment">{f.comment}</p> : null}
      {f.improvement ? (
        <>
          <p class="hint">{commentText[p.lang].improvement}</p>
          <p class="comment improvement">{f.improvement}</p>
        </>
      ) : null}
      {f.followUpId ? (
        <p class="hint">
          {t.linked}: {linked?.label ?? f.followUpId}
        </p>
      ) : null}
      {!f.own ? <p class="hint">{t.otherUnit}</p> : null}
      {p.canEdit ? <Triage {...p} /> : null}
    </li>
  );
}

function Triage(p: CardProps) {
  const t = flagText[p.lang];
  const a = adminText[p.lang];
  const f = p.flag;
  const hidden = (
    <>
      <input type="hidden" name="_csrf" value={p.csrf} />
      <input type="hidden" name="back" value={p.back} />
    </>
  );
  // A link to a plan older than the choices offered stays selectable, so saving the form keeps it.
  const choices = p.followUps.some((u) => u.id === f.followUpId)
    ? p.followUps
    : [...(f.followUpId ? [{ id: f.followUpId, label: f.followUpId }] : []), ...p.followUps];
  const typed = p.refused;
  const draft = {
    id: "",
    period: typed?.period ?? f.draft.period,
    item: typed?.item ?? f.draft.item,
    problem: typed?.problem ?? f.draft.problem,
    action: typed?.action ?? "",
    owner: typed?.owner ?? "",
    dueDate: typed?.dueDate || null,
    quarter: typed?.quarter ? Number(typed.quarter) || null : null,
    status: typed?.status ?? "rencana",
    startedOn: null,
    doneOn: null,
    evidence: typed?.evidence || null,
    forumId: null,
  } satisfies FollowUpView;
  return (
    <>
      <form method="post" action={`${p.base}/${f.id}/status`} class="inline-form">
        {hidden}
        <label for={`fs-${f.id}`}>{a.status}</label>{" "}
        <select id={`fs-${f.id}`} name="status">
          {STATUSES.map((s) => (
            <option key={s} value={s} selected={f.status === s}>
              {t.statusNames[s]}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="small">
          {a.save}
        </button>
      </form>
      <form method="post" action={`${p.base}/${f.id}/link`} class="inline-form">
        {hidden}
        <label for={`fl-${f.id}`}>{t.followUp}</label>{" "}
        <select id={`fl-${f.id}`} name="followUpId">
          <option value="">{t.noFollowUp}</option>
          {choices.map((u) => (
            <option key={u.id} value={u.id} selected={f.followUpId === u.id}>
              {u.label}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="small">
          {t.link}
        </button>
      </form>
      <details open={typed !== undefined}>
        <summary>{t.createFollowUp}</summary>
        <form method="post" action={`${p.base}/${f.id}/follow-up`} class="box">
          {hidden}
          <input type="hidden" name="period" value={typed?.period ?? f.draft.period} />
          <Fields f={draft} lang={p.lang} idPrefix={`ff-${f.id}`} forums={[]} />
          <button type="submit">{a.save}</button>
        </form>
      </details>
    </>
  );
}
