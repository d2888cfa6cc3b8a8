import type { IndicesView } from "../components/IndexCards";
import { Table } from "../components/Table";
import { ProfileTables, type ProfileView } from "../components/ProfileTables";
import { adminText } from "../admin-text";

export type ReportData = {
  orgName: string;
  unitName: string;
  period: { label: string; from: string; to: string; previousLabel: string };
  indices: IndicesView & {
    ikm: (IndicesView["ikm"] & { index: number; weighting: string }) | null;
    ipkp: (NonNullable<IndicesView["ipkp"]> & { raw: number }) | null;
    ipak: (NonNullable<IndicesView["ipak"]> & { raw: number }) | null;
    formulaVersion: string;
    sample: IndicesView["sample"] & { population: number | null };
  };
  unsur: { key: string; sum: number; n: number; nrr: number; weighted: number }[];
  /** The unsur with the lowest NRR, null without SKM answers. */
  weakest: { key: string; nrr: number } | null;
  previous: { ikm: number | null; ipkp: number | null; ipak: number | null; respondents: number };
  profile: ProfileView;
  followUps: {
    period: string;
    item: string;
    problem: string;
    action: string;
    owner: string;
    dueDate: string | null;
    status: string;
  }[];
};

const n2 = (v: number) => v.toFixed(2);
const n4 = (v: number) => v.toFixed(4);
const change = (now: number | undefined | null, before: number | null, digits = 2) =>
  now == null || before === null
    ? "tidak dapat dibandingkan"
    : `${now - before >= 0 ? "naik" : "turun"} ${Math.abs(now - before).toFixed(digits)} (dari ${before.toFixed(digits)})`;

/** The SKM report in the usual structure (pendahuluan … penutup), laid out for A4 print. */
export function ReportPage({ cssHref, data: d }: { cssHref: string; data: ReportData }) {
  const t = adminText.id;
  const ix = d.indices;
  const { weakest } = d;
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <link rel="icon" href="data:," />
        <title>{`Laporan SKM ${d.unitName} ${d.period.label}`}</title>
        <link rel="stylesheet" href={cssHref} />
      </head>
      <body class="report">
        <main>
          <h1>Laporan Survei Kepuasan Masyarakat</h1>
          <p class="sub">
            {d.unitName} · {d.orgName} · Periode {d.period.label} ({d.period.from} s.d. {d.period.to})
          </p>
          <h2>1. Pendahuluan</h2>
          <p>
            Survei Kepuasan Masyarakat (SKM) dilaksanakan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 untuk
            mengukur kepuasan pengguna layanan {d.unitName} dan menjadi dasar perbaikan pelayanan. Bersamaan dengan SKM
            diukur pula persepsi kualitas pelayanan (IPKP) dan persepsi anti korupsi (IPAK) sebagai komponen hasil Zona
            Integritas (PermenPAN-RB 90/2021).
          </p>
          <h2>2. Pengumpulan data</h2>
          <p>
            Data dikumpulkan dengan kuesioner elektronik yang diisi mandiri oleh pengguna layanan melalui kode QR di
            titik layanan, tanpa nama atau data pribadi, pada {d.period.from} s.d. {d.period.to}. Jumlah responden:{" "}
            <strong>{ix.respondents}</strong>.
            {ix.sample.required !== null
              ? ` Populasi ${ix.sample.population} pengguna per tahun${ix.sample.prorated ? ` (${ix.sample.periodPopulation} untuk periode ini, sebanding lama periode)` : "; sampel minimal populasi tahunan berlaku untuk setiap periode survei"}; sampel minimal menurut Krejcie dan Morgan ${ix.sample.required} responden: ${ix.sample.adequate ? "terpenuhi" : "belum terpenuhi"}.`
              : " Populasi pengguna layanan belum diisi, sehingga kecukupan sampel tidak dapat dinilai."}
          </p>
          <h2>3. Hasil</h2>
          <h3>3.1 Profil responden</h3>
          <ProfileTables lang="id" profile={d.profile} />
          <h3>3.2 Nilai per unsur</h3>
          <table class="grid">
            <thead>
              <tr>
                <th scope="col">Unsur</th>
                <th scope="col">Σ nilai</th>
                <th scope="col">n</th>
                <th scope="col">NRR</th>
                <th scope="col">NRR tertimbang</th>
              </tr>
            </thead>
            <tbody>
              {d.unsur.map((u) => (
                <tr key={u.key}>
                  <th scope="row">
                    {u.key} {t.unsur[u.key]}
                  </th>
                  <td>{u.sum}</td>
                  <td>{u.n}</td>
                  <td>{n4(u.nrr)}</td>
                  <td>{n4(u.weighted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>3.3 Indeks</h3>
          {ix.ikm ? (
            <p>
              IKM = {n4(ix.ikm.index)}; IKM unit pelayanan (konversi) = <strong>{n2(ix.ikm.converted)}</strong>;{" "}
              {ix.ikm.sufficient
                ? `mutu ${ix.ikm.grade}, kinerja ${ix.ikm.performance}`
                : "data belum cukup untuk menetapkan mutu"}
              ; selang kepercayaan 95% {ix.ikm.ci95 ? `${n2(ix.ikm.ci95[0])}–${n2(ix.ikm.ci95[1])}` : "–"} (pembobotan{" "}
              {ix.ikm.weighting}).
            </p>
          ) : (
            <p>Belum ada jawaban SKM pada periode ini.</p>
          )}
          {(["ipkp", "ipak"] as const).map((k) => {
            const v = ix[k];
            return v ? (
              <p key={k}>
                {k.toUpperCase()} = {n2(v.raw)} (skala 1–6), {n2(v.index4)} (skala 0–4), nilai LKE {n2(v.lke)}; WBK:{" "}
                {t.verdicts[ix.verdicts.wbk[k]]}, WBBM: {t.verdicts[ix.verdicts.wbbm[k]]}.
              </p>
            ) : null;
          })}
          <h2>4. Analisis</h2>
          <p>
            {weakest
              ? `Unsur dengan nilai terendah adalah ${weakest.key} ${t.unsur[weakest.key]} (NRR ${n4(weakest.nrr)}); unsur ini menjadi prioritas perbaikan. `
              : ""}
            Dibandingkan periode {d.period.previousLabel}: IKM {change(ix.ikm?.converted, d.previous.ikm)}, IPKP{" "}
            {change(ix.ipkp?.index4, d.previous.ipkp)}, IPAK {change(ix.ipak?.index4, d.previous.ipak)}.
          </p>
          <h3>Rencana tindak lanjut</h3>
          {d.followUps.length === 0 ? (
            <p>Belum ada rencana tindak lanjut yang dicatat.</p>
          ) : (
            <Table
              headers={["Periode", "Unsur", "Masalah", "Tindakan", "Penanggung jawab", "Tenggat", "Status"]}
              rows={d.followUps.map((f) => [
                f.period,
                f.item,
                f.problem,
                f.action,
                f.owner,
                f.dueDate ?? "–",
                f.status,
              ])}
            />
          )}
          <h2>5. Penutup</h2>
          <p>
            Hasil survei ini dipublikasikan kepada masyarakat dan ditindaklanjuti sesuai rencana di atas. Terima kasih
            kepada seluruh responden yang telah meluangkan waktu memberikan penilaian.
          </p>
          <p class="hint">Versi rumus: {ix.formulaVersion}</p>
        </main>
      </body>
    </html>
  );
}
