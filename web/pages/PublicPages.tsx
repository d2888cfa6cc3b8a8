import { LineChart } from "../components/charts";
import { Layout } from "../components/Layout";
import { FlagNotes, PublicHeadline } from "../components/PublicationNotes";
import { adminText, type ZiVerdict } from "../admin-text";
import { texts } from "../i18n";

export type PublishedPeriod = {
  label: string;
  from: string;
  to: string;
  version: number;
  publishedAt: string;
  respondents: number;
  ikm: { converted: number; grade: string | null; performance: string | null } | null;
  ipkp: { index4: number; lke: number; wbk: ZiVerdict; wbbm: ZiVerdict } | null;
  ipak: { index4: number; lke: number; wbk: ZiVerdict; wbbm: ZiVerdict } | null;
  gender: [string, number][];
  education: [string, number][];
  services: string[];
  /** Published with a confirmation: period_running, sample_below_minimum. */
  flags: string[];
};

export type PublicUnitProps = {
  cssHref: string;
  unit: { code: string; name: string; organization: string };
  periods: PublishedPeriod[];
  /** The newest period published without a note; null when every period carries one. */
  headline: PublishedPeriod | null;
  trend: { label: string; value: number | null }[];
  improvements: { item: string; action: string; status: string; period: string }[];
};

const n2 = (v: number) => v.toFixed(2);
const reading = (v: ZiVerdict) => adminText.id.verdicts[v];

function Counts({ title, rows, labels }: { title: string; rows: [string, number][]; labels: Record<string, string> }) {
  return (
    <table class="grid">
      <caption>{title}</caption>
      <tbody>
        {rows.map(([band, n]) => (
          <tr key={band}>
            <th scope="row">{labels[band] ?? band}</th>
            <td>{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A unit's published results, newest first: what the regulation's publication template shows. */
export function PublicUnitPage({ cssHref, unit, periods, headline, trend, improvements }: PublicUnitProps) {
  const t = adminText.id;
  return (
    <Layout
      lang="id"
      title={`Hasil survei · ${unit.name}`}
      cssHref={cssHref}
      heading={unit.name}
      subheading={`${unit.organization} · Hasil Survei Kepuasan Masyarakat`}
    >
      {periods.length === 0 ? (
        <p class="note">Unit ini belum mempublikasikan hasil survei. Silakan kembali lagi nanti.</p>
      ) : (
        <>
          <PublicHeadline headline={headline} />
          {trend.length > 1 ? (
            <LineChart title="IKM per periode yang dipublikasikan" min={25} max={100} points={[...trend].reverse()} />
          ) : null}
          {periods.map((p) => (
            <section key={p.label} class="box">
              <h2>
                Periode {p.label}{" "}
                <span class="hint">
                  ({p.from} s.d. {p.to})
                </span>
              </h2>
              <FlagNotes flags={p.flags} />
              {p.version > 1 ? (
                <p class="hint">
                  diperbarui {p.publishedAt.slice(0, 10)} (versi {p.version})
                </p>
              ) : null}
              {p.ikm ? (
                <p>
                  Indeks Kepuasan Masyarakat: <strong class="big">{n2(p.ikm.converted)}</strong>{" "}
                  {p.ikm.grade ? `mutu ${p.ikm.grade} (${p.ikm.performance})` : "(data belum cukup untuk mutu)"}
                </p>
              ) : null}
              <p>Jumlah responden: {p.respondents}</p>
              {p.services.length ? <p>Layanan: {p.services.join(", ")}</p> : null}
              {p.ipkp ? (
                <p>
                  Indeks Persepsi Kualitas Pelayanan (IPKP): {n2(p.ipkp.index4)} (nilai LKE {n2(p.ipkp.lke)}); WBK{" "}
                  {reading(p.ipkp.wbk)}, WBBM {reading(p.ipkp.wbbm)}.
                </p>
              ) : null}
              {p.ipak ? (
                <p>
                  Indeks Persepsi Anti Korupsi (IPAK, persepsi Zona Integritas): {n2(p.ipak.index4)} (nilai LKE{" "}
                  {n2(p.ipak.lke)}); WBK {reading(p.ipak.wbk)}, WBBM {reading(p.ipak.wbbm)}.
                </p>
              ) : null}
              <div class="cols">
                <Counts title={t.profileFields.gender!} rows={p.gender} labels={texts.id.profile.gender.options} />
                <Counts
                  title={t.profileFields.education!}
                  rows={p.education}
                  labels={texts.id.profile.education.options}
                />
              </div>
              <p>
                <a href={`/p/${unit.code}/poster?period=${p.label}`}>Poster A4</a>
              </p>
            </section>
          ))}
          {improvements.length ? (
            <section>
              <h2>Yang sudah kami perbaiki</h2>
              <ul>
                {improvements.map((f, i) => (
                  <li key={i}>
                    {f.action} ({t.unsur[f.item] ?? f.item}; {f.status}, {f.period})
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <p>Terima kasih kepada seluruh responden yang telah memberikan penilaian.</p>
        </>
      )}
      <p class="hint">
        Data terbuka: <a href={`/p/${unit.code}/data.json`}>JSON</a> · <a href={`/p/${unit.code}/data.csv`}>CSV</a> ·
        Lencana: <a href={`/p/${unit.code}/badge.svg`}>badge.svg</a>
      </p>
    </Layout>
  );
}

export function PublicIndexPage({
  cssHref,
  units,
}: {
  cssHref: string;
  units: { code: string; name: string; orgName: string }[];
}) {
  return (
    <Layout
      lang="id"
      title="Hasil survei layanan publik"
      cssHref={cssHref}
      heading="Hasil survei layanan publik"
      subheading="Unit yang telah mempublikasikan hasil"
    >
      {units.length === 0 ? <p class="note">Belum ada hasil yang dipublikasikan.</p> : null}
      <ul>
        {units.map((u) => (
          <li key={u.code}>
            <a href={`/p/${u.code}`}>{u.name}</a> <span class="hint">{u.orgName}</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** The results poster for the office notice board (A4). */
export function ResultsPosterPage({
  cssHref,
  unit,
  period,
}: {
  cssHref: string;
  unit: PublicUnitProps["unit"];
  period: PublishedPeriod;
}) {
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <link rel="icon" href="data:," />
        <title>{`Hasil SKM ${unit.name} ${period.label}`}</title>
        <link rel="stylesheet" href={cssHref} />
      </head>
      <body class="poster">
        <main>
          <p class="poster-unit">{unit.name}</p>
          <p class="poster-service">{unit.organization}</p>
          <h1>Hasil Survei Kepuasan Masyarakat</h1>
          <p class="poster-service">Periode {period.label}</p>
          <FlagNotes flags={period.flags} />
          {period.ikm ? <p class="poster-score">{n2(period.ikm.converted)}</p> : null}
          {period.ikm?.grade ? (
            <p class="poster-service">
              Mutu pelayanan {period.ikm.grade} ({period.ikm.performance})
            </p>
          ) : null}
          <p>{period.respondents} responden</p>
          <p class="poster-note">
            Terima kasih atas penilaian Anda. Masukan Anda kami gunakan untuk memperbaiki layanan.
          </p>
        </main>
      </body>
    </html>
  );
}
