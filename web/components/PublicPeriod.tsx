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
  /** Each jenis layanan with answers (snapshot version 3 on; empty before). */
  serviceResults: ServiceResult[];
  /** Published with a confirmation: period_running, sample_below_minimum. */
  flags: string[];
};

type ServiceIndex = { n: number; value: number; sufficient: boolean } | null;
type ServiceResult = {
  name: string;
  respondents: number;
  ikm: (NonNullable<ServiceIndex> & { grade: string | null }) | null;
  ipkp: ServiceIndex;
  ipak: ServiceIndex;
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

/** A value below the minimum n is shown, but marked: a reader should not compare it with the others. */
function ServiceValue({ ix, grade }: { ix: ServiceIndex; grade?: string | null }) {
  if (!ix) return <td class="num">–</td>;
  return (
    <td class="num">
      {idNumber(ix.value)}
      {grade ? ` (${grade})` : ""}
      {ix.sufficient ? "" : "*"}
    </td>
  );
}

/** Per jenis layanan: the respondents and the three indices, each from that service's own answers. */
function ServiceResults({ rows }: { rows: ServiceResult[] }) {
  return (
    <details open>
      <summary>Hasil per jenis layanan</summary>
      <table class="unsur-public">
        <thead>
          <tr>
            <th scope="col">Layanan</th>
            <th scope="col" class="num">
              Resp.
            </th>
            <th scope="col" class="num">
              IKM
            </th>
            <th scope="col" class="num">
              IPKP
            </th>
            <th scope="col" class="num">
              IPAK
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td class="num">{idNumber(r.respondents, 0)}</td>
              <ServiceValue ix={r.ikm} grade={r.ikm?.grade} />
              <ServiceValue ix={r.ipkp} />
              <ServiceValue ix={r.ipak} />
            </tr>
          ))}
        </tbody>
      </table>
      {rows.some((r) => [r.ikm, r.ipkp, r.ipak].some((ix) => ix && !ix.sufficient)) ? (
        <p class="hint">* Responden layanan ini di bawah jumlah minimum: angkanya belum dapat dibandingkan.</p>
      ) : null}
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
      {p.serviceResults.length > 1 ? <ServiceResults rows={p.serviceResults} /> : null}
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
