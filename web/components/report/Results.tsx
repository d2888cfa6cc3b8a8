import { TableHead, type Column } from "./TableHead";
import { idNumber, idPercent } from "../../report-format";
import { ServiceResults } from "./ServiceResults";
import type { ReportData } from "./types";

function Profile({ d }: { d: ReportData }) {
  return (
    <div class="profile">
      {d.profile.map((p) => {
        const total = p.bands.reduce((s, b) => s + b.count, 0);
        return (
          <table class="grid" key={p.field}>
            <caption>{p.title}</caption>
            <colgroup>
              <col class="w60" />
              <col class="w20" />
              <col class="w20" />
            </colgroup>
            <tbody>
              {p.bands.map((b) => (
                <tr key={b.label}>
                  <th scope="row">{b.label}</th>
                  <td class="num">{idNumber(b.count, 0)}</td>
                  <td class="num">{total ? idPercent(b.count / total) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

function UnsurTable({ d }: { d: ReportData }) {
  const head: Column[] = [
    { label: "No", width: "w6" },
    { label: "Unsur pelayanan", width: "w31" },
    { label: "Σ nilai", width: "w11", num: true },
    { label: "NRR", width: "w10", num: true },
    { label: "NRR tertimbang", width: "w17", num: true },
    { label: "Nilai konversi", width: "w15", num: true },
    { label: "Mutu", width: "w10", num: true },
  ];
  return (
    <table class="grid unsur">
      <TableHead columns={head} />
      <tbody>
        {d.unsur.map((u, i) => (
          <tr key={u.key}>
            <td>{i + 1}</td>
            <th scope="row">{u.name}</th>
            <td class="num">{idNumber(u.sum, 0)}</td>
            <td class="num">{idNumber(u.nrr)}</td>
            <td class="num">{idNumber(u.weighted, 4)}</td>
            <td class="num">{idNumber(u.converted)}</td>
            <td class="num">{u.grade}</td>
          </tr>
        ))}
        {d.ikm ? (
          // In the body, not a tfoot: a tfoot repeats at the foot of every printed page the table spans.
          <tr class="total">
            <td />
            <th scope="row">IKM (jumlah NRR tertimbang)</th>
            <td />
            <td />
            <td class="num">{idNumber(d.ikm.index, 4)}</td>
            <td class="num">{idNumber(d.ikm.converted)}</td>
            <td class="num">{d.ikm.grade ?? "–"}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

function UnitIkm({ d }: { d: ReportData }) {
  const ikm = d.ikm;
  if (!ikm) return <p>Belum ada jawaban SKM pada periode ini.</p>;
  return (
    <p>
      IKM dihitung dengan {d.weighting}: IKM = {idNumber(ikm.index, 4)} (skala 1–4), dan IKM unit pelayanan (IKM × 25) ={" "}
      <strong>{idNumber(ikm.converted)}</strong>.{" "}
      {ikm.grade
        ? `Mutu pelayanan ${ikm.grade}, kinerja unit pelayanan ${ikm.performance}.`
        : `Jumlah responden di bawah batas minimal ${d.minRespondents}, sehingga mutu pelayanan belum ditetapkan.`}{" "}
      {ikm.ci95
        ? `Selang kepercayaan 95%: ${idNumber(ikm.ci95[0])} sampai ${idNumber(ikm.ci95[1])}.`
        : "Selang kepercayaan belum dapat dihitung."}
    </p>
  );
}

/** BAB III Hasil: respondent profile, IKM per unsur and of the unit, and per jenis layanan. */
export function Bab3({ d }: { d: ReportData }) {
  return (
    <section class="bab">
      <h2>BAB III Hasil Pengolahan Data</h2>
      <h3>3.1 Jumlah dan profil responden</h3>
      <p>
        Jumlah responden pada {d.period.words}: <strong>{idNumber(d.respondents, 0)}</strong>. Isian profil bersifat
        sukarela, sehingga jumlah per tabel dapat lebih kecil dari jumlah responden.
      </p>
      <Profile d={d} />
      <h3>3.2 Indeks Kepuasan Masyarakat per unsur</h3>
      {d.unsur.length > 0 ? <UnsurTable d={d} /> : null}
      <h3>3.3 Indeks Kepuasan Masyarakat unit pelayanan</h3>
      <UnitIkm d={d} />
      <h3>3.4 Per jenis layanan</h3>
      <ServiceResults services={d.services} />
    </section>
  );
}
