import { adminText } from "../admin-text";
import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { FlagCard, type FlagView } from "../components/FlagCard";
import { formatNumber } from "../format";
import { flagText } from "../text-flags";
import { readableText } from "../text-readable";

export type InboxData = {
  total: number;
  page: number;
  pages: number;
  items: FlagView[];
  followUps: { id: string; label: string }[];
};

/** A refused form shown again: the message, and the follow-up fields as typed for that flag. */
export type InboxRefusal = { message: string; responseId?: string; fields?: Record<string, string> };

export type InboxProps = {
  chrome: AdminChrome;
  unit: { id: string; name: string };
  query: { status: string; subtree: boolean };
  /** The list's own query string (status, scope, page), for forms to come back to. */
  back: string;
  canEdit: boolean;
  data: InboxData;
  refused?: InboxRefusal;
};

const STATUSES = ["baru", "dilihat", "ditangani", "selesai"];

/** Perlu perhatian: a unit's flagged responses, newest first, a page at a time, with triage for editors. */
export function InboxPage(p: InboxProps) {
  const { lang } = p.chrome;
  const t = flagText[lang];
  const r = readableText[lang];
  const unitBase = `/admin/units/${p.unit.id}`;
  const base = `${unitBase}/perhatian`;
  const { page, pages } = p.data;
  const pageHref = (n: number) => {
    const q = new URLSearchParams(p.back);
    if (n > 1) q.set("page", String(n));
    else q.delete("page");
    return `${base}?${q.toString()}`;
  };
  const editable = p.canEdit && p.data.items.some((f) => f.own);
  return (
    <AdminLayout chrome={p.chrome} title={`${t.title} · ${p.unit.name}`}>
      <p>
        <a href={unitBase}>{t.back}</a>
      </p>
      <p class="hint">{t.intro}</p>
      {p.refused ? (
        <p class="alert" role="alert">
          {t.refused} {p.refused.message}
        </p>
      ) : null}
      <form method="get" action={base} class="inline-form">
        <label for="status">{adminText[lang].status}</label>{" "}
        <select id="status" name="status">
          <option value="">{t.all}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s} selected={p.query.status === s}>
              {t.statusNames[s]}
            </option>
          ))}
        </select>{" "}
        <label class="check">
          <input type="checkbox" name="scope" value="subtree" checked={p.query.subtree} /> {t.subtree}
        </label>{" "}
        <button type="submit" class="small">
          {t.show}
        </button>
      </form>
      <p class="hint">{t.count(formatNumber(p.data.total, lang, 0))}</p>
      {p.data.items.length === 0 ? <p>{t.none}</p> : null}
      <ul class="comments flag-list">
        {p.data.items.map((f) => (
          <FlagCard
            key={f.id}
            lang={lang}
            base={base}
            csrf={p.chrome.csrf}
            back={p.back}
            canEdit={p.canEdit && f.own}
            flag={f}
            followUps={p.data.followUps}
            refused={p.refused?.responseId === f.id ? p.refused.fields : undefined}
          />
        ))}
      </ul>
      {editable ? (
        <form id="flag-bulk" method="post" action={`${base}/status`} class="inline-form bulk">
          <input type="hidden" name="_csrf" value={p.chrome.csrf} />
          <input type="hidden" name="back" value={p.back} />
          <p class="hint">{t.bulkHint}</p>
          {["dilihat", "ditangani", "selesai"].map((s) => (
            <>
              <button key={s} type="submit" class="small" name="status" value={s}>
                {t.mark[s]}
              </button>{" "}
            </>
          ))}
        </form>
      ) : null}
      {pages > 1 ? (
        <nav class="pager" aria-label={t.title}>
          {page > 1 ? (
            <a rel="prev" href={pageHref(page - 1)}>
              {r.previous}
            </a>
          ) : null}
          <span aria-current="page">{r.pageOf(page, pages)}</span>
          {page < pages ? (
            <a rel="next" href={pageHref(page + 1)}>
              {r.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}
