import type { Lang } from "../i18n";
import { serviceText } from "../text-services";

export type ServicePopulationView = { id: string; name: string; population: number | null };

/** The services of a unit, each with a form for its yearly population (its own sample requirement). */
export function ServicePopulations({
  lang,
  action,
  csrf,
  canEdit,
  services,
}: {
  lang: Lang;
  action: string;
  csrf: string;
  canEdit: boolean;
  services: ServicePopulationView[];
}) {
  const t = serviceText[lang];
  if (services.length === 0) return null;
  return (
    <section class="box" id="services">
      <h2>{t.service}</h2>
      <p class="hint">{t.populationHint}</p>
      <ul class="comments">
        {services.map((s) =>
          canEdit ? (
            <li key={s.id}>
              <form method="post" action={`${action}/${encodeURIComponent(s.id)}`} class="inline-form">
                <input type="hidden" name="_csrf" value={csrf} />
                <strong>{s.name}</strong> <label for={`pop-${s.id}`}>{t.population}</label>{" "}
                <input
                  class="text"
                  id={`pop-${s.id}`}
                  name="population"
                  inputmode="numeric"
                  pattern="[0-9]*"
                  maxlength={9}
                  value={s.population === null ? "" : String(s.population)}
                />{" "}
                <button type="submit" class="small">
                  {t.setPopulation}
                </button>
              </form>
            </li>
          ) : (
            <li key={s.id}>
              <strong>{s.name}</strong> · {t.population}: {s.population ?? "–"}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
