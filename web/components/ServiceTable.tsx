import type { Lang } from "../i18n";
import { decimal, serviceText } from "../text-services";

type Perception = { index4: number; sufficient: boolean } | null;

/** One jenis layanan's indices as the unit page shows them (plain data, as serviceIndices returns it). */
export type ServiceRowView = {
  serviceId: string;
  name: string;
  respondents: number;
  ikm: { converted: number; grade: string | null; sufficient: boolean } | null;
  ipkp: Perception;
  ipak: Perception;
  sample: { required: number | null; adequate: boolean | null };
};

/** The unit's indices per jenis layanan: responden, IKM with mutu, IPKP, IPAK and sample adequacy. */
export function ServiceTable({ lang, rows }: { lang: Lang; rows: ServiceRowView[] }) {
  const t = serviceText[lang];
  const perception = (v: Perception) => (v ? `${decimal(lang, v.index4)}${v.sufficient ? "" : ` (${t.tooFew})`}` : "–");
  const ikm = (v: ServiceRowView["ikm"]) =>
    v ? `${decimal(lang, v.converted)} (${v.sufficient && v.grade ? v.grade : t.tooFew})` : "–";
  const sample = (s: ServiceRowView["sample"]) =>
    s.required === null ? `– (${t.noPopulation})` : `${s.adequate ? t.yes : t.no} (${t.ofRequired(s.required)})`;
  return (
    <section>
      <h2>{t.perService}</h2>
      <p class="hint">{t.perServiceHint}</p>
      {rows.length === 0 ? (
        <p>{t.noServices}</p>
      ) : (
        <div class="scroll">
          <table class="grid" id="per-service">
            <thead>
              <tr>
                {[t.service, t.respondents, t.ikmMutu, "IPKP", "IPAK", t.sampleEnough].map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.serviceId}>
                  <th scope="row">{r.name}</th>
                  <td>{r.respondents}</td>
                  <td>{ikm(r.ikm)}</td>
                  <td>{perception(r.ipkp)}</td>
                  <td>{perception(r.ipak)}</td>
                  <td>{sample(r.sample)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
