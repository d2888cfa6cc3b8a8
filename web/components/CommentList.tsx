import { adminText } from "../admin-text";
import type { Lang } from "../i18n";
import { commentText } from "../text-comments";

export type CommentView = {
  id: string;
  date: string;
  text: string;
  /** The answer to "what most needs to improve?", asked after a low SKM answer. */
  improvement: string | null;
  status: string;
  redacted: boolean;
};

const STATUSES = ["baru", "dibaca", "ditindaklanjuti"];

/** Comments as plain text (never HTML), with triage and redaction forms for those who may edit. */
export function CommentList(p: {
  lang: Lang;
  action: string;
  periodFields: [string, string][];
  back: string;
  csrf: string;
  canEdit: boolean;
  query: { search: string; status: string };
  comments: CommentView[];
}) {
  const t = adminText[p.lang];
  return (
    <section id="comments">
      <h2>{t.comments}</h2>
      <form method="get" action={`${p.action}#comments`} class="inline-form">
        {p.periodFields.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label for="q">{t.search}</label> <input class="text" id="q" name="q" value={p.query.search} />{" "}
        <label for="status">{t.status}</label>{" "}
        <select id="status" name="status">
          <option value="">{t.all}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s} selected={p.query.status === s}>
              {t.statusNames[s]}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="small">
          {t.show}
        </button>
      </form>
      {p.comments.length === 0 ? <p>{t.noComments}</p> : null}
      {p.comments.length >= 50 ? <p class="hint">{t.commentsCapped}</p> : null}
      <ul class="comments">
        {p.comments.map((c) => (
          <li key={c.id} class="box">
            <p class="hint">
              {c.date} · {t.statusNames[c.status] ?? c.status}
              {c.redacted ? ` · ${t.redacted}` : ""}
            </p>
            {c.text ? <p class="comment">{c.text}</p> : null}
            {c.improvement ? (
              <>
                <p class="hint">{commentText[p.lang].improvement}</p>
                <p class="comment improvement">{c.improvement}</p>
              </>
            ) : null}
            {p.canEdit ? (
              <>
                <form method="post" action={`${p.action}/comments/${c.id}/status`} class="inline-form">
                  <input type="hidden" name="_csrf" value={p.csrf} />
                  <input type="hidden" name="back" value={p.back} />
                  <label for={`s-${c.id}`}>{t.status}</label>{" "}
                  <select id={`s-${c.id}`} name="status">
                    {STATUSES.map((s) => (
                      <option key={s} value={s} selected={c.status === s}>
                        {t.statusNames[s]}
                      </option>
                    ))}
                  </select>{" "}
                  <button type="submit" class="small">
                    {t.save}
                  </button>
                </form>
                <details>
                  <summary>{t.redact}</summary>
                  <form method="post" action={`${p.action}/comments/${c.id}/redact`}>
                    <input type="hidden" name="_csrf" value={p.csrf} />
                    <input type="hidden" name="back" value={p.back} />
                    <p class="hint">{t.redactHint}</p>
                    {c.text ? (
                      <textarea name="text" aria-label={t.redact} maxlength={2000}>
                        {c.text}
                      </textarea>
                    ) : null}
                    {c.improvement ? (
                      <textarea name="improvement" aria-label={commentText[p.lang].improvement} maxlength={2000}>
                        {c.improvement}
                      </textarea>
                    ) : null}
                    <button type="submit" class="small">
                      {t.redact}
                    </button>
                  </form>
                </details>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
