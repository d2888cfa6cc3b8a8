import type { ReportData } from "./types";

/** The cover: title, unit, organization and the period in words, alone on its page. */
export function Cover({ d }: { d: ReportData }) {
  return (
    <section class="cover">
      <p class="cover-kind">Laporan</p>
      <h1>Survei Kepuasan Masyarakat</h1>
      <p class="cover-period">{d.period.words}</p>
      <p class="cover-unit">{d.unitName}</p>
      <p class="cover-org">{d.orgName}</p>
      <p class="cover-basis">Disusun berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017</p>
    </section>
  );
}

/** Lembar pengesahan: the head of the unit signs; blanks to fill by hand where the settings are empty. */
export function Approval({ d }: { d: ReportData }) {
  const s = d.signer;
  return (
    <section class="approval">
      <h2 class="center">Lembar Pengesahan</h2>
      <p>
        Laporan Survei Kepuasan Masyarakat {d.unitName} {d.orgName} periode {d.period.words} ({d.period.from} s.d.{" "}
        {d.period.to}) telah disusun berdasarkan data yang dikumpulkan dan diolah sesuai Peraturan Menteri PANRB Nomor
        14 Tahun 2017, dan disahkan untuk dipublikasikan serta ditindaklanjuti.
      </p>
      <div class="sign">
        <p>
          {s.place || "…………………"}, {s.date}
        </p>
        <p>{s.title || `Kepala ${d.unitName}`}</p>
        <div class="sign-space" aria-label="Tempat tanda tangan dan cap" />
        <p class="sign-name">{s.name || "(………………………………)"}</p>
        {s.nip ? <p>NIP {s.nip}</p> : null}
      </div>
    </section>
  );
}
