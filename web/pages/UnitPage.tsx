import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { BarChart, LineChart } from "../components/charts";
import { PeriodPicker } from "../components/PeriodPicker";
import { IndexCards, type IndicesView } from "../components/IndexCards";
import { CommentList, type CommentView } from "../components/CommentList";
import { FollowUps, type FollowUpView } from "../components/FollowUps";
import { ProfileTables, type ProfileView } from "../components/ProfileTables";
import { ServiceTable, type ServiceRowView } from "../components/ServiceTable";
import { adminText } from "../admin-text";

export type UnitPageData = {
  indices: IndicesView;
  /** The unsur with the lowest NRR, null without SKM answers. */
  weakest: { key: string; nrr: number } | null;
  steeredMaterial: boolean;
  trend: { label: string; value: number | null; lo: number | null; hi: number | null }[];
  distribution: { item: string; counts: number[] }[];
  profile: ProfileView;
  /** null: this user may not read comments. */
  comments: CommentView[] | null;
  followUps: FollowUpView[];
  /** The indices per jenis layanan of the unit. */
  services: ServiceRowView[];
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
  const t = adminText[chrome.lang];
  const ikm = data.indices.ikm;
  const { weakest } = data;
  const base = `/admin/units/${unit.id}`;
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
  return (
    <AdminLayout chrome={chrome} title={`${unit.name} · ${period.label}`}>
      <PeriodPicker
        lang={chrome.lang}
        action={base}
        period={period.label}
        from={period.from}
        to={period.to}
        options={periodOptions}
      />
      <p>
        <a href={`${base}/report?${q}`}>{t.skmReport}</a> · <a href={`${base}/touchpoints`}>{t.touchpointsLink}</a> ·{" "}
        <a href={`${base}/export.csv?${q}`}>CSV</a> · <a href={`${base}/export.xlsx?${q}`}>XLSX</a>
      </p>
      {published ? (
        <p class="note" role="status">
          {t.publishedNote(period.label, published)}
          <a href={`/p/${unitCode}`}>/p/{unitCode}</a>
        </p>
      ) : null}
      {canEdit && !period.from ? (
        <form method="post" action={`${base}/publish`} class="inline-form">
          <input type="hidden" name="_csrf" value={chrome.csrf} />
          <input type="hidden" name="period" value={period.label} />
          <button type="submit" class="small">
            {t.publish(period.label)}
          </button>{" "}
          <span class="hint">{t.publishHint}</span>
        </form>
      ) : null}
      <IndexCards lang={chrome.lang} indices={data.indices} />
      {data.steeredMaterial ? (
        <p class="alert">
          {t.steeredWarning} ({((data.indices.steeredShare ?? 0) * 100).toFixed(1)}%)
        </p>
      ) : null}
      <ServiceTable lang={chrome.lang} rows={data.services} />
      <section>
        <h2>{t.trend}</h2>
        <LineChart points={data.trend} title={t.monthlyIkm} min={25} max={100} band />
      </section>
      {ikm ? (
        <section>
          <h2>{t.perUnsur}</h2>
          <BarChart
            title={`${t.perUnsur}; ${t.weakest}: ${weakest ? t.unsur[weakest.key] : "-"}`}
            max={4}
            highlight={weakest ? `${weakest.key} ${t.unsur[weakest.key]}` : undefined}
            bars={ikm.items.map((i) => ({ label: `${i.key} ${t.unsur[i.key] ?? ""}`, value: i.nrr }))}
          />
        </section>
      ) : null}
      <Distribution lang={chrome.lang} rows={data.distribution} />
      <section>
        <h2>{t.profile}</h2>
        <ProfileTables lang={chrome.lang} profile={data.profile} />
      </section>
      <FollowUps
        lang={chrome.lang}
        action={base}
        period={followUpPeriod}
        csrf={chrome.csrf}
        canEdit={canEdit}
        items={data.followUps}
      />
      {data.comments ? (
        <CommentList
          lang={chrome.lang}
          action={base}
          periodFields={fields}
          back={q}
          csrf={chrome.csrf}
          canEdit={canEdit}
          query={commentQuery}
          comments={data.comments}
        />
      ) : null}
    </AdminLayout>
  );
}

function Distribution({ lang, rows }: { lang: AdminChrome["lang"]; rows: UnitPageData["distribution"] }) {
  const t = adminText[lang];
  if (rows.length === 0) return null;
  return (
    <section>
      <h2>{t.distribution}</h2>
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
                        ? `${r.counts[i]} (${total ? Math.round((r.counts[i]! / total) * 100) : 0}%)`
                        : ""}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
