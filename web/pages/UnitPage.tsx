import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { BarChart, LineChart } from "../components/charts";
import { PeriodPicker } from "../components/PeriodPicker";
import { IndexCards, type IndicesView } from "../components/IndexCards";
import { CommentList, type CommentPage } from "../components/CommentList";
import { FollowUps, type FollowUpView } from "../components/FollowUps";
import type { ForumView } from "../components/Forums";
import { ProfileTables, type ProfileView } from "../components/ProfileTables";
import { ServiceTable, type ServiceRowView } from "../components/ServiceTable";
import { OfflineIndices, type OfflineView } from "../components/OfflineIndices";
import { entryText } from "../text-entry";
import { adminText } from "../admin-text";
import { formatNumber, formatPercent, formatPeriod, SHORT_MONTHS } from "../format";
import type { Lang } from "../i18n";
import { readableText } from "../text-readable";
import { flagText } from "../text-flags";
import { ziText } from "../text-zi";

export type UnitPageData = {
  indices: IndicesView;
  /** The unsur with the lowest NRR, null without SKM answers. */
  weakest: { key: string; nrr: number } | null;
  steeredMaterial: boolean;
  /** IKM per month; `thin`: fewer respondents (n) than the organization's minimum. */
  trend: { label: string; value: number | null; lo: number | null; hi: number | null; n?: number; thin: boolean }[];
  distribution: { item: string; counts: number[] }[];
  profile: ProfileView;
  /** null: this user may not read comments. */
  comments: CommentPage | null;
  followUps: FollowUpView[];
  /** The indices per jenis layanan of the unit. */
  services: ServiceRowView[];
  forums: ForumView[];
  /** Flagged responses of the unit not yet looked at (Perlu perhatian), whatever the period. */
  flagsNew: number;
  /** The indices without paper/interview answers, when the period has any. */
  offline?: OfflineView;
};

export type UnitPageProps = {
  chrome: AdminChrome;
  unit: { id: string; name: string };
  period: { label: string; from?: string; to?: string };
  periodOptions: { value: string; label: string }[];
  canEdit: boolean;
  /** The version just published, to confirm it. */
  published: number | null;
  unitCode: string;
  commentQuery: { search: string; status: string };
  data: UnitPageData;
};

export function UnitPage({
  chrome,
  unit,
  period,
  periodOptions,
  canEdit,
  published,
  unitCode,
  commentQuery,
  data,
}: UnitPageProps) {
  const { lang } = chrome;
  const t = adminText[lang];
  const r = readableText[lang];
  const ikm = data.indices.ikm;
  const { weakest } = data;
  const base = `/admin/units/${unit.id}`;
  const num = (v: number) => formatNumber(v, lang);
  // A date range travels as from/to; a named period as period=. Every link and form keeps it.
  const fields: [string, string][] =
    period.from && period.to
      ? [
          ["from", period.from],
          ["to", period.to],
        ]
      : [["period", period.label]];
  const q = fields.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
  // Follow-up plans belong to a named period: a range files them under the year it starts in.
  const followUpPeriod = period.from ? period.from.slice(0, 4) : period.label;
  const canPublish = canEdit && !period.from;
  // Reading first (numbers, charts, comments), the things that change something last: on a phone the
  // first button is the period picker's, not Publikasikan.
  return (
    <AdminLayout chrome={chrome} title={`${unit.name} · ${period.label}`}>
      <PeriodPicker
        lang={lang}
        action={base}
        period={period.label}
        from={period.from}
        to={period.to}
        options={periodOptions}
      />
      <p>
        <a href={`${base}/report?${q}`}>{t.skmReport}</a> · <a href={`${base}/touchpoints`}>{t.touchpointsLink}</a> ·{" "}
        <a href={`${base}/export.csv?${q}`}>CSV</a> · <a href={`${base}/export.xlsx?${q}`}>XLSX</a> ·{" "}
        <a href={`${base}/zi?year=${(period.from ?? period.label).slice(0, 4)}`}>{ziText[lang].link}</a>
        {canEdit ? (
          <>
            {" "}
            · <a href={`${base}/entry`}>{entryText[lang].link}</a>
          </>
        ) : null}
        {canPublish ? (
          <>
            {" "}
            · <a href="#publish">{r.publishJump}</a>
          </>
        ) : null}
      </p>
      <p class={data.flagsNew > 0 ? "alert flag-card" : "note flag-card"}>
        <a href={`${base}/perhatian?status=baru`}>{flagText[lang].card(formatNumber(data.flagsNew, lang, 0))}</a>
      </p>
      {published ? (
        <p class="note" role="status">
          {t.publishedNote(period.label, published)}
          <a href={`/p/${unitCode}`}>/p/{unitCode}</a>
        </p>
      ) : null}
      <IndexCards lang={lang} indices={data.indices} />
      <OfflineIndices lang={lang} view={data.offline ?? null} />
      {data.steeredMaterial ? (
        <p class="alert">
          {t.steeredWarning} ({formatPercent(data.indices.steeredShare ?? 0, lang)})
        </p>
      ) : null}
      <Trend lang={lang} trend={data.trend} minRespondents={data.indices.minRespondents} />
      {ikm ? (
        <section>
          <h2>{t.perUnsur}</h2>
          <BarChart
            title={`${t.perUnsur}; ${t.weakest}: ${weakest ? t.unsur[weakest.key] : "-"}`}
            max={4}
            format={num}
            highlight={weakest ? `${weakest.key} ${t.unsur[weakest.key]}` : undefined}
            bars={ikm.items.map((i) => ({ label: `${i.key} ${t.unsur[i.key] ?? ""}`, value: i.nrr }))}
          />
        </section>
      ) : null}
      <ServiceTable lang={lang} rows={data.services} />
      <Distribution lang={lang} rows={data.distribution} />
      <section>
        <details class="fold">
          <summary>
            <h2>{t.profile}</h2>
          </summary>
          <ProfileTables lang={lang} profile={data.profile} />
        </details>
      </section>
      {data.comments ? (
        <CommentList
          lang={lang}
          action={base}
          periodFields={fields}
          csrf={chrome.csrf}
          canEdit={canEdit}
          query={commentQuery}
          comments={data.comments}
        />
      ) : null}
      <FollowUps
        lang={lang}
        action={base}
        period={followUpPeriod}
        csrf={chrome.csrf}
        canEdit={canEdit}
        items={data.followUps}
        forums={data.forums}
      />
      {canPublish ? (
        <section id="publish">
          <h2>{r.actions}</h2>
          <form method="post" action={`${base}/publish`} class="inline-form">
            <input type="hidden" name="_csrf" value={chrome.csrf} />
            <input type="hidden" name="period" value={period.label} />
            <button type="submit" class="small">
              {t.publish(formatPeriod(period.label, chrome.lang))}
            </button>{" "}
            <span class="hint">{t.publishHint}</span>
          </form>
        </section>
      ) : null}
    </AdminLayout>
  );
}

/** The monthly IKM; months below the minimum n are hollow, unjoined and named with their n. */
function Trend({ lang, trend, minRespondents }: { lang: Lang; trend: UnitPageData["trend"]; minRespondents: number }) {
  const t = adminText[lang];
  const years = new Set(trend.map((p) => p.label.slice(0, 4)));
  const points = trend.map((p) => ({
    ...p,
    label: formatPeriod(p.label, lang),
    // The axis names the month alone when the chart is one year; else the month and the year's last two digits.
    short: `${SHORT_MONTHS[lang][Number(p.label.slice(5, 7)) - 1] ?? p.label}${years.size > 1 ? ` ${p.label.slice(2, 4)}` : ""}`,
  }));
  return (
    <section>
      <h2>{t.trend}</h2>
      <LineChart
        points={points}
        title={t.monthlyIkm}
        min={25}
        max={100}
        band
        lang={lang}
        format={(v) => formatNumber(v, lang)}
      />
      {trend.some((p) => p.thin && p.value !== null) ? (
        <p class="hint">{readableText[lang].thinNote(minRespondents)}</p>
      ) : null}
    </section>
  );
}

function Distribution({ lang, rows }: { lang: Lang; rows: UnitPageData["distribution"] }) {
  const t = adminText[lang];
  if (rows.length === 0) return null;
  return (
    <section>
      <details class="fold">
        <summary>
          <h2>{t.distribution}</h2>
        </summary>
        <div class="scroll">
          <table class="grid">
            <thead>
              <tr>
                <th scope="col">Item</th>
                {[1, 2, 3, 4, 5, 6].map((v) => (
                  <th scope="col" key={v}>
                    {v}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const total = r.counts.reduce((a, b) => a + b, 0);
                return (
                  <tr key={r.item}>
                    <th scope="row">{r.item}</th>
                    {[0, 1, 2, 3, 4, 5].map((i) => (
                      <td key={i}>
                        {i < r.counts.length
                          ? `${formatNumber(r.counts[i]!, lang, 0)} (${total ? Math.round((r.counts[i]! / total) * 100) : 0}%)`
                          : ""}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
