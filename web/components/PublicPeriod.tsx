import { adminText, type ZiVerdict } from "../admin-text";
import { texts } from "../i18n";
import { idDate, idNumber, idPeriod } from "../report-format";
import { FlagNotes } from "./PublicationNotes";

export type PublishedPeriod = {
  label: string;
  from: string;
  to: string;
  version: number;
  publishedAt: string;
  respondents: number;
  ikm: { converted: number; grade: string | null; performance: string | null } | null;
  /** The nine unsur's NRR as published (ikm.items). */
  items: { key: string; nrr: number }[];
  ipkp: { index4: number; lke: number; wbk: ZiVerdict; wbbm: ZiVerdict } | null;
  ipak: { index4: number; lke: number; wbk: ZiVerdict; wbbm: ZiVerdict } | null;
  gender: [string, number][];
  education: [string, number][];
  services: string[];
  /** Published with a confirmation: period_running, sample_below_minimum. */
  flags: string[];
};

const reading = (v: ZiVerdict) => adminText.id.verdicts[v];

function Counts({ title, rows, labels }: { title: string; rows: [string, number][]; labels: Record<string, string> }) {
  return (
    <table class="grid">
      <caption>{title}</caption>
      <tbody>
        {rows.map(([band, n]) => (
          <tr key={band}>
            <th scope="row">{labels[band] ?? band}</th>
            <td>{idNumber(n, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The nine unsur as published: NRR (1–4) and the same on the IKM's 25–100 scale. */
function UnsurTable({ items }: { items: PublishedPeriod["items"] }) {
  const t = adminText.id;
  return (
    <details>
      <summary>{t.perUnsur}</summary>
      <table class="unsur-public">
        <thead>
          <tr>
            <th scope="col">Unsur</th>
            <th scope="col" class="num">
              NRR
            </th>
            <th scope="col" class="num">
              × 25
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.key}>
              <th scope="row">{t.unsur[i.key] ?? i.key}</th>
              <td class="num">{idNumber(i.nrr)}</td>
              <td class="num">{idNumber(i.nrr * 25)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Perception({ name, value }: { name: string; value: PublishedPeriod["ipkp"] }) {
  if (!value) return null;
  return (
    <p>
      {name}: {idNumber(value.index4)} (nilai LKE {idNumber(value.lke)}); WBK {reading(value.wbk)}, WBBM{" "}
      {reading(value.wbbm)}.
    </p>
  );
}

/** One published period: its note, IKM, respondents, the two perception indices, the unsur and the respondents' profile. */
export function PublicPeriod({ p, unitCode }: { p: PublishedPeriod; unitCode: string }) {
  const t = adminText.id;
  return (
    <section class="box" id={`periode-${p.label}`}>
      <h2>{idPeriod(p.label)}</h2>
      <p class="hint">
        {idDate(p.from)} s.d. {idDate(p.to)}
        {p.version > 1 ? ` · diperbarui ${idDate(p.publishedAt.slice(0, 10))} (versi ${p.version})` : ""}
      </p>
      <FlagNotes flags={p.flags} />
      {p.ikm ? (
        <p>
          Indeks Kepuasan Masyarakat: <strong class="big">{idNumber(p.ikm.converted)}</strong>{" "}
          {p.ikm.grade ? `mutu ${p.ikm.grade} (${p.ikm.performance})` : "(data belum cukup untuk mutu)"}
        </p>
      ) : null}
      <p>Jumlah responden: {idNumber(p.respondents, 0)}</p>
      <Perception name="Indeks Persepsi Kualitas Pelayanan (IPKP)" value={p.ipkp} />
      <Perception name="Indeks Persepsi Anti Korupsi (IPAK, persepsi Zona Integritas)" value={p.ipak} />
      {p.items.length ? <UnsurTable items={p.items} /> : null}
      <div class="cols">
        <Counts title={t.profileFields.gender!} rows={p.gender} labels={texts.id.profile.gender.options} />
        <Counts title={t.profileFields.education!} rows={p.education} labels={texts.id.profile.education.options} />
      </div>
      <p>
        <a href={`/p/${unitCode}/poster?period=${p.label}`}>Poster A4 hasil {idPeriod(p.label)}</a>
      </p>
    </section>
  );
}
