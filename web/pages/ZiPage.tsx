import { adminText } from "../admin-text";
import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { PrintButton } from "../components/PrintButton";
import { CapaianForm, PublicationLog, type LoggedChannel } from "../components/ZiForms";
import { LkeSkmTable, PekpppTable, type ZiEvidenceView } from "../components/ZiEvidence";
import type { Lang } from "../i18n";
import { formatNumber, ziText } from "../text-zi";

type Verdict = "meets" | "does_not_meet" | "insufficient_data" | "not_entered";
type IndexRow = { n: number; index4: number | null; lke: number | null };
type Predicate = { verdict: Verdict; failing: ("ipak" | "ipkp" | "capaian" | "bersihAkuntabel")[] };

/** The worksheet numbers as the evaluator API gives them (worker/zi/year.ts). */
type ZiView = ZiEvidenceView & {
  ipak: IndexRow;
  ipkp: IndexRow;
  capaianKinerja: { grade: string | null; points: number | null };
  bersihAkuntabel: number | null;
  hasil: number | null;
  wbk: Predicate;
  wbbm: Predicate;
  minRespondents: number;
  formulaVersion: string;
};

export type ZiPageProps = {
  chrome: AdminChrome;
  unit: { id: string; name: string; code: string };
  year: number;
  years: number[];
  canEdit: boolean;
  saved: "capaian" | "publication" | null;
  zi: ZiView;
  basis: {
    quarters: { label: string; respondents: number; results: boolean }[];
    channels: LoggedChannel[];
    publishedPeriods: string[];
  };
  channelChoices: string[];
  today: string;
  /** The print button's script (the only one the page may run). */
  printScript: string;
};

// The worksheet's minimums (worker/scoring/worksheet.ts), shown beside each row: [WBK, WBBM].
const MINIMUMS = { ipak: [15.75, 15.75], capaian: [2.5, 3.75], bersih: [18.25, 19.5], ipkp: [14, 15.75] } as const;

export function ZiPage(p: ZiPageProps) {
  const { chrome, unit, year, zi } = p;
  const lang = chrome.lang;
  const t = ziText[lang];
  const base = `/admin/units/${unit.id}`;
  return (
    <AdminLayout chrome={chrome} title={`${t.title} · ${unit.name} · ${year}`}>
      <form method="get" action={`${base}/zi`} class="picker box inline-form">
        <label for="year">{t.year}</label>{" "}
        <select id="year" name="year">
          {p.years.map((y) => (
            <option key={y} value={String(y)} selected={y === year}>
              {y}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="small">
          {t.show}
        </button>{" "}
        <a href={`${base}?period=${year}`}>{t.backToUnit}</a>
      </form>
      <PrintButton label={t.print} scriptSrc={p.printScript} />
      {p.saved ? (
        <p class="note noprint" role="status">
          {t.saved}
        </p>
      ) : null}
      <p>{t.intro(unit.name, year)}</p>
      <HasilTable lang={lang} zi={zi} />
      <LkeSkmTable lang={lang} zi={zi} quarters={p.basis.quarters} minRespondents={zi.minRespondents} />
      <PekpppTable lang={lang} zi={zi} />
      <CapaianForm
        lang={lang}
        action={`${base}/zi/capaian`}
        csrf={chrome.csrf}
        year={year}
        canEdit={p.canEdit}
        grade={zi.capaianKinerja.grade}
      />
      <PublicationLog
        lang={lang}
        action={`${base}/zi/publications`}
        csrf={chrome.csrf}
        year={year}
        canEdit={p.canEdit}
        unitCode={unit.code}
        channels={p.basis.channels}
        publishedPeriods={p.basis.publishedPeriods}
        channelChoices={p.channelChoices}
        today={p.today}
      />
      <p class="hint">
        {t.formula}: <code>{zi.formulaVersion}</code>
      </p>
    </AdminLayout>
  );
}

function HasilTable({ lang, zi }: { lang: Lang; zi: ZiView }) {
  const t = ziText[lang];
  const num = (v: number | null) => (v === null ? "–" : formatNumber(v, lang));
  const index = (row: IndexRow) =>
    row.index4 === null ? t.insufficient(row.n, zi.minRespondents) : t.indexBasis(row.n, num(row.index4));
  const grade = zi.capaianKinerja.grade;
  const rows: [string, string, number | null, number, readonly number[] | null][] = [
    [t.ipak, index(zi.ipak), zi.ipak.lke, 17.5, MINIMUMS.ipak],
    [t.capaian, grade ? t.gradeBasis(grade) : t.notEntered, zi.capaianKinerja.points, 5, MINIMUMS.capaian],
    [t.bersih, t.bersihBasis, zi.bersihAkuntabel, 22.5, MINIMUMS.bersih],
    [t.ipkp, index(zi.ipkp), zi.ipkp.lke, 17.5, MINIMUMS.ipkp],
    [t.hasil, t.hasilBasis, zi.hasil, 40, null],
  ];
  return (
    <section id="hasil">
      <h2>{t.hasilHeading}</h2>
      <table class="zi">
        <thead>
          <tr>
            {[t.component, t.basis, t.value, t.weight, t.minWbk, t.minWbbm].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, basis, value, weight, min]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{basis}</td>
              <td class="num">{num(value)}</td>
              <td class="num">{num(weight)}</td>
              <td class="num">{min ? num(min[0]!) : "–"}</td>
              <td class="num">{min ? num(min[1]!) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t.roundingNote}</p>
      <ul class="verdicts">
        <VerdictLine lang={lang} name="WBK" p={zi.wbk} />
        <VerdictLine lang={lang} name="WBBM" p={zi.wbbm} />
      </ul>
    </section>
  );
}

function VerdictLine({ lang, name, p }: { lang: Lang; name: string; p: Predicate }) {
  const t = ziText[lang];
  // Insufficient data and not entered say so and nothing more: no row is "short" of a number not there.
  const failing =
    p.verdict === "does_not_meet" ? ` (${t.failingRows} ${p.failing.map((r) => t.rowNames[r]).join(", ")})` : "";
  return (
    <li class={`verdict ${p.verdict}`}>
      <strong>{t.verdictLine(name, adminText[lang].verdicts[p.verdict])}</strong>
      {failing}
    </li>
  );
}
