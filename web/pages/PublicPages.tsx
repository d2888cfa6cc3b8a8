import { Layout } from "../components/Layout";
import { FlagNotes, PublicHeadline } from "../components/PublicationNotes";
import { PublicPeriod, type PublishedPeriod } from "../components/PublicPeriod";
import { PublicTrend, type TrendPoint } from "../components/PublicTrend";
import { adminText } from "../admin-text";
import { followUpStatusWords, idDate, idNumber, idPeriod } from "../report-format";

export type PublicUnitProps = {
  cssHref: string;
  unit: { code: string; name: string; organization: string };
  periods: PublishedPeriod[];
  /** The newest period published without a note; null when every period carries one. */
  headline: PublishedPeriod | null;
  /** Oldest first, periods of one kind. */
  trend: TrendPoint[];
  /** As the publications recorded them (worker/publication/public-follow-ups.ts), never the live records. */
  improvements: { item: string; action: string; status: string; period: string; recordedOn: string }[];
};

/** What the published numbers cover: snapshots before version 3 carry the services' names, no per-service numbers. */
function Services({ newest }: { newest: PublishedPeriod }) {
  return (
    <section>
      <h2>Hasil per layanan</h2>
      {newest.services.length ? <p>Layanan yang disurvei: {newest.services.join(", ")}.</p> : null}
      <p class="hint">
        {newest.serviceResults.length > 1
          ? "Angka setiap layanan ada pada tabel “Hasil per jenis layanan” di setiap periode di bawah."
          : newest.serviceResults.length === 1
            ? "Semua jawaban periode terbaru berasal dari satu layanan: hasil unit adalah hasil layanan itu."
            : "Hasil yang dipublikasikan adalah hasil seluruh unit; angka per layanan belum termasuk dalam data publikasi."}
      </p>
    </section>
  );
}

function Improvements({ list }: { list: PublicUnitProps["improvements"] }) {
  const t = adminText.id;
  return (
    <section>
      <h2>Tindak lanjut yang sudah kami jalankan</h2>
      {list.length ? (
        <>
          <ul class="actions">
            {list.map((f, i) => (
              <li key={i}>
                {f.action}{" "}
                <span class="hint">
                  ({t.unsur[f.item] ?? f.item}; {followUpStatusWords(f.status)}; {idPeriod(f.period)})
                </span>
              </li>
            ))}
          </ul>
          <p class="hint">Menurut catatan unit saat hasil dipublikasikan (terakhir {idDate(list[0]!.recordedOn)}).</p>
        </>
      ) : (
        <p class="hint">Belum ada tindak lanjut yang tercatat berjalan atau selesai dalam hasil yang dipublikasikan.</p>
      )}
    </section>
  );
}

/** A unit's published results, newest first: the trend, what was done, then each period as the regulation's template shows it. */
export function PublicUnitPage({ cssHref, unit, periods, headline, trend, improvements }: PublicUnitProps) {
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
          {trend.length > 1 ? <PublicTrend points={trend} /> : null}
          <Services newest={periods[0]!} />
          <Improvements list={improvements} />
          {periods.map((p) => (
            <PublicPeriod key={p.label} p={p} unitCode={unit.code} />
          ))}
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
  previous,
  next,
}: {
  cssHref: string;
  units: { code: string; name: string; orgName: string }[];
  /** Links to the neighbouring pages of the list, when there are any. */
  previous?: string;
  next?: string;
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
      {previous || next ? (
        <nav aria-label="Halaman">
          {previous ? <a href={previous}>‹ Sebelumnya</a> : null} {next ? <a href={next}>Berikutnya ›</a> : null}
        </nav>
      ) : null}
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
          <p class="poster-service">{idPeriod(period.label)}</p>
          <FlagNotes flags={period.flags} />
          {period.ikm ? <p class="poster-score">{idNumber(period.ikm.converted)}</p> : null}
          {period.ikm?.grade ? (
            <p class="poster-service">
              Mutu pelayanan {period.ikm.grade} ({period.ikm.performance})
            </p>
          ) : null}
          <p>{idNumber(period.respondents, 0)} responden</p>
          <p class="poster-note">
            Terima kasih atas penilaian Anda. Masukan Anda kami gunakan untuk memperbaiki layanan.
          </p>
        </main>
      </body>
    </html>
  );
}
