import { adminText } from "../admin-text";
import { formatDate, formatNumber } from "../format";
import type { Lang } from "../i18n";
import { commentText } from "../text-comments";
import { readableText } from "../text-readable";

type CommentView = {
  id: string;
  date: string;
  text: string;
  /** The answer to "what most needs to improve?", asked after a low SKM answer. */
  improvement: string | null;
  status: string;
  redacted: boolean;
};
/** One page of comments (newest first) and where it is among them. */
export type CommentPage = { items: CommentView[]; page: number; pages: number; total: number };

const STATUSES = ["baru", "dibaca", "ditindaklanjuti"];

/**
 * Comments as plain text (never HTML), a page at a time, with triage (one comment, or the ticked ones
 * at once) and redaction forms for those who may edit.
 */
export function CommentList(p: {
  lang: Lang;
  action: string;
  periodFields: [string, string][];
  csrf: string;
  canEdit: boolean;
  query: { search: string; status: string };
  comments: CommentPage;
}) {
  const t = adminText[p.lang];
  const r = readableText[p.lang];
  const { page, pages } = p.comments;
  // The list's own address: period, search, status and page; every form comes back to it.
  const listQuery = (n: number) =>
    new URLSearchParams([
      ...p.periodFields,
      ...(p.query.search ? [["q", p.query.search]] : []),
      ...(p.query.status ? [["status", p.query.status]] : []),
      ...(n > 1 ? [["page", String(n)]] : []),
    ]).toString();
  const back = listQuery(page);
  return (
    <section id="comments">
      <h2>{t.comments}</h2>
      <p class="hint">{r.commentCount(formatNumber(p.comments.total, p.lang, 0))}</p>
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
      {p.comments.items.length === 0 ? <p>{t.noComments}</p> : null}
      <ul class="comments">
        {p.comments.items.map((c) => (
          <li key={c.id} class="box">
            <p class="hint">
              {p.canEdit ? (
                <input
                  type="checkbox"
                  form="bulk-triage"
                  name="ids[]"
                  value={c.id}
                  aria-label={`${r.select}: ${c.text.slice(0, 60)}`}
                />
              ) : null}{" "}
              {formatDate(c.date, p.lang)} · {t.statusNames[c.status] ?? c.status}
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
                  <input type="hidden" name="back" value={back} />
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
                    <input type="hidden" name="back" value={back} />
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
      {p.canEdit && p.comments.items.length > 0 ? (
        <form id="bulk-triage" method="post" action={`${p.action}/comments/status`} class="inline-form bulk">
          <input type="hidden" name="_csrf" value={p.csrf} />
          <input type="hidden" name="back" value={back} />
          <p class="hint">{r.bulkHint}</p>
          <button type="submit" class="small" name="status" value="dibaca">
            {r.markRead}
          </button>{" "}
          <button type="submit" class="small" name="status" value="ditindaklanjuti">
            {r.markFollowedUp}
          </button>
        </form>
      ) : null}
      {pages > 1 ? (
        <nav class="pager" aria-label={r.pages}>
          {page > 1 ? (
            <a rel="prev" href={`${p.action}?${listQuery(page - 1)}#comments`}>
              {r.previous}
            </a>
          ) : null}
          <span aria-current="page">{r.pageOf(page, pages)}</span>
          {page < pages ? (
            <a rel="next" href={`${p.action}?${listQuery(page + 1)}#comments`}>
              {r.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
