import { idNumber } from "../../report-format";
import type { ReportData } from "./types";

const LAWS = [
  "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
  "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
  "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik;",
  "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah (IPKP dan IPAK).",
];

/** BAB I Pendahuluan: latar belakang, dasar hukum, maksud dan tujuan. */
export function Bab1({ d }: { d: ReportData }) {
  return (
    <section class="bab">
      <h2>BAB I Pendahuluan</h2>
      <h3>1.1 Latar belakang</h3>
      <p>
        Pelayanan publik yang baik diukur dari pendapat penggunanya. Survei Kepuasan Masyarakat (SKM) adalah pengukuran
        menyeluruh atas tingkat kepuasan masyarakat terhadap kualitas layanan {d.unitName}, yang wajib dilakukan
        setidaknya sekali setahun. Hasilnya dipublikasikan kepada masyarakat dan menjadi dasar perbaikan layanan.
        Bersamaan dengan SKM diukur pula persepsi kualitas pelayanan (IPKP) dan persepsi anti korupsi (IPAK) sebagai
        komponen hasil pembangunan Zona Integritas.
      </p>
      <h3>1.2 Dasar hukum</h3>
      <ol>
        {LAWS.map((law) => (
          <li key={law}>{law}</li>
        ))}
      </ol>
      <h3>1.3 Maksud dan tujuan</h3>
      <p>
        Survei ini dimaksudkan untuk mengetahui tingkat kepuasan pengguna layanan {d.unitName} pada {d.period.words}.
        Tujuannya: mengetahui kelemahan dan kekuatan setiap unsur pelayanan, mengukur kinerja pelayanan secara berkala,
        menyusun rencana tindak lanjut perbaikan, dan memberi masyarakat gambaran tentang kinerja unit pelayanan.
      </p>
    </section>
  );
}

function Sample({ d }: { d: ReportData }) {
  const s = d.sample;
  if (s.population === null || s.required === null)
    return <p>Populasi pengguna layanan belum ditetapkan, sehingga jumlah sampel minimal belum dapat dihitung.</p>;
  const basis = s.basisProrated
    ? `Populasi tahunan disesuaikan dengan lama periode survei${s.prorated ? `, menjadi ${idNumber(s.periodPopulation!, 0)} pengguna untuk ${d.period.words}` : ""}.`
    : "Sesuai templat laporan SKM, sampel minimal dari populasi tahunan berlaku untuk setiap periode survei.";
  return (
    <p>
      Jumlah responden minimal ditentukan dengan rumus Krejcie dan Morgan (tingkat kepercayaan 95%, galat 5%), dengan
      populasi {idNumber(s.population, 0)} pengguna layanan per tahun. {basis} Sampel minimal:{" "}
      <strong>{idNumber(s.required, 0)} responden</strong>; jumlah responden yang diperoleh:{" "}
      <strong>{idNumber(d.respondents, 0)}</strong>,{" "}
      {s.adequate ? "sehingga sampel terpenuhi" : "sehingga sampel belum terpenuhi"}.
    </p>
  );
}

/** BAB II Pengumpulan Data: pelaksana, metode, lokasi, waktu pelaksanaan, penentuan jumlah responden. */
export function Bab2({ d }: { d: ReportData }) {
  return (
    <section class="bab">
      <h2>BAB II Pengumpulan Data</h2>
      <h3>2.1 Pelaksana</h3>
      <p>
        Survei dilaksanakan secara mandiri oleh {d.unitName} {d.orgName}.
      </p>
      <h3>2.2 Metode pengumpulan data</h3>
      <p>
        Data dikumpulkan dengan kuesioner elektronik yang diisi sendiri oleh pengguna layanan setelah menerima layanan,
        dengan memindai kode QR di titik layanan atau melalui perangkat kios. Kuesioner tidak meminta nama atau data
        pribadi. Kuesioner terlampir (Lampiran 1).
      </p>
      <h3>2.3 Lokasi pengumpulan data</h3>
      {d.locations.length === 0 ? (
        <p>Belum ada titik layanan yang terdaftar.</p>
      ) : (
        <table class="grid">
          <colgroup>
            <col class="w8" />
            <col class="w46" />
            <col class="w46" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">No</th>
              <th scope="col">Titik layanan</th>
              <th scope="col">Jenis layanan</th>
            </tr>
          </thead>
          <tbody>
            {d.locations.map((l, i) => (
              <tr key={`${l.label}-${i}`}>
                <td>{i + 1}</td>
                <td>
                  {l.label}
                  {l.active ? "" : " (sudah ditutup)"}
                </td>
                <td>{l.service ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>2.4 Waktu pelaksanaan</h3>
      <table class="grid">
        <colgroup>
          <col class="w8" />
          <col class="w24" />
          <col class="w44" />
          <col class="w24" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">No</th>
            <th scope="col">Bulan</th>
            <th scope="col">Tanggal pengumpulan data</th>
            <th scope="col" class="num">
              Responden
            </th>
          </tr>
        </thead>
        <tbody>
          {d.collection.map((m, i) => (
            <tr key={m.month}>
              <td>{i + 1}</td>
              <td>{m.month}</td>
              <td>
                {m.from} s.d. {m.to}
              </td>
              <td class="num">{idNumber(m.respondents, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Laporan disusun pada {d.signer.date}.</p>
      <h3>2.5 Penentuan jumlah responden</h3>
      <Sample d={d} />
    </section>
  );
}
