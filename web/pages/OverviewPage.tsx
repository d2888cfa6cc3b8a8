import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { OverviewRanking } from "../components/OverviewRanking";
import { OverviewTree } from "../components/OverviewTree";
import { PeriodPicker } from "../components/PeriodPicker";
import { adminText } from "../admin-text";
import type { Lang } from "../i18n";
import type { FlagFilter, OverviewView, Ranking, RankBy, TreeRow } from "../overview-types";
import { overviewText } from "../text-overview";

export type OverviewProps = {
  chrome: AdminChrome;
  periodLabel: string;
  from?: string;
  to?: string;
  periodOptions: { value: string; label: string }[];
  view: OverviewView;
  by: RankBy;
  flag: FlagFilter;
  /** The current quarter in words, for the "no survey this quarter" flag. */
  quarter: string;
  minRespondents: number;
  /** Units in scope before the flag filter. */
  totalUnits: number;
  rows: TreeRow[];
  ranking: Ranking | null;
};

/** The query that keeps the period (a label, or a date range) in every link and form. */
const periodParams = (p: OverviewProps): [string, string][] =>
  p.from !== undefined && p.to !== undefined
    ? [
        ["from", p.from],
        ["to", p.to],
      ]
    : [["period", p.periodLabel]];

const href = (p: OverviewProps, extra: Record<string, string>) => {
  const q = new URLSearchParams(periodParams(p));
  const all = { view: p.view, by: p.by, flag: p.flag, ...extra };
  for (const [k, v] of Object.entries(all))
    if (v && !(k === "view" && v === "tree") && !(k === "by" && v === "ikm")) q.set(k, v);
  return q.toString();
};

function Controls(p: OverviewProps & { lang: Lang }) {
  const o = overviewText[p.lang];
  const t = adminText[p.lang];
  const tab = (view: OverviewView, label: string) =>
    p.view === view ? (
      <strong aria-current="page">{label}</strong>
    ) : (
      <a href={`/admin?${href(p, { view })}`}>{label}</a>
    );
  return (
    <div class="controls">
      <nav aria-label={o.views} class="tabs">
        {tab("tree", o.viewTree)} {tab("ranking", o.viewRanking)}
      </nav>
      {p.view === "ranking" ? (
        <nav aria-label={o.rankBy} class="tabs">
          {o.rankBy}:{" "}
          {(["ikm", "ipkp", "ipak"] as const).map((by) =>
            p.by === by ? (
              <strong key={by} aria-current="page">
                {t[by]}
              </strong>
            ) : (
              <a key={by} href={`/admin?${href(p, { by })}`}>
                {t[by]}
              </a>
            ),
          )}
        </nav>
      ) : null}
      <form method="get" action="/admin" class="inline-form">
        {periodParams(p).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {p.view !== "tree" ? <input type="hidden" name="view" value={p.view} /> : null}
        {p.by !== "ikm" ? <input type="hidden" name="by" value={p.by} /> : null}
        <label for="flag">{o.filter}</label>{" "}
        <select id="flag" name="flag" class="compact">
          {(
            [
              ["", o.filterAll],
              ["any", o.filterAny],
              ["no-survey", o.flagNoSurvey],
              ["below-sample", o.flagBelowSample],
            ] as const
          ).map(([v, label]) => (
            <option key={v} value={v} selected={p.flag === v}>
              {label}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="small">
          {o.apply}
        </button>
      </form>
      <p class="downloads">
        {o.download}: <a href={`/admin/overview.csv?${href(p, {})}`}>CSV</a> ·{" "}
        <a href={`/admin/overview.xlsx?${href(p, {})}`}>Excel (XLSX)</a>
      </p>
    </div>
  );
}

function Legend({ lang, quarter, minRespondents }: { lang: Lang; quarter: string; minRespondents: number }) {
  const o = overviewText[lang];
  return (
    <details class="legend box">
      <summary>{o.legend}</summary>
      <ul>
        {o.legendItems(quarter, minRespondents).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

/** /admin: the units in the user's scope as a tree (or a ranking), flags in words, and the downloads. */
export function OverviewPage(p: OverviewProps) {
  const lang = p.chrome.lang;
  const t = adminText[lang];
  const o = overviewText[lang];
  const unitQuery = new URLSearchParams(periodParams(p)).toString();
  const empty = p.totalUnits === 0 ? o.noUnits : p.rows.length === 0 ? o.noMatch : null;
  return (
    <AdminLayout chrome={p.chrome} title={`${t.overview} ${p.periodLabel}`}>
      <PeriodPicker
        lang={lang}
        action="/admin"
        period={p.periodLabel}
        from={p.from}
        to={p.to}
        options={p.periodOptions}
      />
      <Controls {...p} lang={lang} />
      <Legend lang={lang} quarter={p.quarter} minRespondents={p.minRespondents} />
      {empty ? (
        <p class="note">{empty}</p>
      ) : p.view === "ranking" && p.ranking ? (
        <OverviewRanking lang={lang} ranking={p.ranking} unitQuery={unitQuery} />
      ) : (
        <OverviewTree lang={lang} rows={p.rows} unitQuery={unitQuery} />
      )}
    </AdminLayout>
  );
}
