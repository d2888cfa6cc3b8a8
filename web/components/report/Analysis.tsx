import { TableHead, type Column } from "./TableHead";
import { idNumber } from "../../report-format";
import { LineChart } from "../charts";
import type { ReportData } from "./types";

function Rtl({ d }: { d: ReportData }) {
  if (d.followUps.length === 0) return <p>Belum ada rencana tindak lanjut yang dicatat untuk tahun ini.</p>;
  const head: Column[] = [
    { label: "No", width: "w6" },
    { label: "Prioritas unsur", width: "w22" },
    { label: "Program/kegiatan", width: "w42" },
    { label: "Waktu (TW I–IV)", width: "w12" },
    { label: "Penanggung jawab", width: "w18" },
  ];
  return (
    <table class="grid rtl">
      <TableHead columns={head} />
      <tbody>
        {d.followUps.map((f, i) => (
          <tr key={i}>
            <td>{i + 1}</td>
            <td>{f.unsur}</td>
            <td>
              {f.action}
              <span class="cell-note">
                Masalah: {f.problem}. Status: {f.status}.
              </span>
            </td>
            <td>{f.when}</td>
            <td>{f.owner}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Forums({ d }: { d: ReportData }) {
  if (d.forums.length === 0)
    return <p>Belum ada Forum Konsultasi Publik yang tercatat menyepakati rencana tindak lanjut ini.</p>;
  return (
    <>
      <p>Rencana tindak lanjut di atas disepakati dalam Forum Konsultasi Publik (PermenPAN-RB 16/2017):</p>
      <ul>
        {d.forums.map((f, i) => (
          <li key={i}>
            {f.heldOn}
            {f.notes ? `: ${f.notes}` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}

function Trend({ d }: { d: ReportData }) {
  const known = d.trend.filter((p) => p.value !== null);
  if (known.length < 2) return <p>Belum ada cukup data periode sebelumnya untuk menggambarkan tren.</p>;
  return (
    <>
      <LineChart
        points={d.trend.map((p) => ({ label: p.label, value: p.value }))}
        title={`Tren IKM unit pelayanan, ${d.trend[0]!.label} sampai ${d.trend.at(-1)!.label}`}
        min={25}
        max={100}
        format={(v) => idNumber(v)}
      />
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Periode</th>
            <th scope="col" class="num">
              IKM
            </th>
            <th scope="col" class="num">
              Responden
            </th>
          </tr>
        </thead>
        <tbody>
          {d.trend.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td class="num">{p.value === null ? "–" : idNumber(p.value)}</td>
              <td class="num">{idNumber(p.respondents, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** BAB IV Analisis: strengths and weaknesses per unsur, the RTL and its forum, the trend of earlier periods. */
export function Bab4({ d }: { d: ReportData }) {
  const sorted = [...d.unsur].sort((a, b) => a.nrr - b.nrr);
  return (
    <section class="bab">
      <h2>BAB IV Analisis Hasil</h2>
      <h3>4.1 Kekuatan dan kelemahan</h3>
      {d.strongest && d.weakest ? (
        <p>
          Unsur dengan nilai tertinggi adalah <strong>{d.strongest.name}</strong> (NRR {idNumber(d.strongest.nrr)}),
          yang menjadi kekuatan layanan. Unsur dengan nilai terendah adalah <strong>{d.weakest.name}</strong> (NRR{" "}
          {idNumber(d.weakest.nrr)}), yang menjadi prioritas perbaikan. Urutan unsur dari nilai terendah:{" "}
          {sorted.map((u) => `${u.name} (${idNumber(u.nrr)})`).join(", ")}.
        </p>
      ) : (
        <p>Belum ada jawaban SKM untuk dianalisis.</p>
      )}
      <h3>4.2 Rencana tindak lanjut</h3>
      <Rtl d={d} />
      <Forums d={d} />
      <h3>4.3 Tren dibandingkan periode sebelumnya</h3>
      <Trend d={d} />
    </section>
  );
}

/** BAB V Penutup: the conclusion written from the numbers. */
export function Bab5({ d }: { d: ReportData }) {
  return (
    <section class="bab">
      <h2>BAB V Penutup</h2>
      <h3>5.1 Kesimpulan</h3>
      {d.conclusion.map((s) => (
        <p key={s}>{s}</p>
      ))}
      <p>
        Hasil survei ini dipublikasikan kepada masyarakat dan ditindaklanjuti sesuai rencana tindak lanjut pada Bab IV.
        Terima kasih kepada seluruh responden yang telah memberikan penilaian.
      </p>
    </section>
  );
}
