import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { Sparkline, type Point } from "../components/charts";
import { PeriodPicker } from "../components/PeriodPicker";
import { adminText, type ZiVerdict } from "../admin-text";

export type OverviewRow = {
  unitId: string;
  name: string;
  respondents: number;
  required: number | null;
  ikm: { converted: number; grade: string | null; sufficient: boolean } | null;
  ipkp: { index4: number; lke: number; wbk: ZiVerdict; wbbm: ZiVerdict } | null;
  ipak: { index4: number; lke: number; wbk: ZiVerdict; wbbm: ZiVerdict } | null;
  weakest: { key: string; nrr: number } | null;
  steeredShare: number | null;
  spark: Point[];
};

export type OverviewProps = {
  chrome: AdminChrome;
  periodLabel: string;
  from?: string;
  to?: string;
  periodOptions: { value: string; label: string }[];
  rows: OverviewRow[];
};

const n2 = (v: number) => v.toFixed(2);

export function OverviewPage({ chrome, periodLabel, from, to, periodOptions, rows }: OverviewProps) {
  const t = adminText[chrome.lang];
  return (
    <AdminLayout chrome={chrome} title={`${t.overview} ${periodLabel}`}>
      <PeriodPicker
        lang={chrome.lang}
        action="/admin"
        period={periodLabel}
        from={from}
        to={to}
        options={periodOptions}
      />
      <div class="scroll">
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">{t.unit}</th>
              <th scope="col">{t.ikm}</th>
              <th scope="col">{t.ipkp} (LKE)</th>
              <th scope="col">{t.ipak} (LKE)</th>
              <th scope="col">{t.respondents}</th>
              <th scope="col">{t.trend}</th>
              <th scope="col">{t.weakest}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unitId}>
                <th scope="row">
                  <a href={`/admin/units/${r.unitId}?period=${periodLabel}`}>{r.name}</a>
                  {r.steeredShare !== null ? (
                    <p class="warn">
                      {t.steered}: {(r.steeredShare * 100).toFixed(1)}%
                    </p>
                  ) : null}
                </th>
                <td>{r.ikm ? `${n2(r.ikm.converted)} ${r.ikm.grade ?? `(${t.insufficient})`}` : "–"}</td>
                {([r.ipkp, r.ipak] as const).map((v, i) => (
                  <td key={i}>
                    {v
                      ? `${n2(v.index4)} (${n2(v.lke)}) ${t.wbk}: ${t.verdicts[v.wbk]} · ${t.wbbm}: ${t.verdicts[v.wbbm]}`
                      : "–"}
                  </td>
                ))}
                <td>
                  {r.respondents}
                  {r.required !== null ? ` / ${t.required} ${r.required}` : ""}
                </td>
                <td>
                  <Sparkline points={r.spark} title={`${t.ikm} ${r.name}`} />
                </td>
                <td>{r.weakest ? `${r.weakest.key} (${n2(r.weakest.nrr)})` : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}
