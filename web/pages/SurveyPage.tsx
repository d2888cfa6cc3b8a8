import { ChoiceGroup } from "../components/Choice";
import { Layout } from "../components/Layout";
import { fill, starWord, type SurveyTexts } from "../i18n";

type SurveySection = { instrument: "skm" | "spkp" | "spak"; items: { key: string; max: number }[] };
type ProfileKey = keyof SurveyTexts["profile"];

export type SurveyPageProps = {
  /** The pack's code (id, en, or the organization's own) and its texts. */
  lang: string;
  t: SurveyTexts;
  cssHref: string;
  action: string;
  /** Every language the organization offers, each a link to this form in it. */
  languages: { code: string; name: string; href: string }[];
  token: string;
  sections: SurveySection[];
  profileBands: Record<ProfileKey, readonly string[]>;
  orgName: string;
  unitName: string;
  serviceName: string | null;
  touchpointLabel: string;
  retentionMonths: number;
  privacyNotice?: string;
  /** What the citizen sent, by field name, so a refused form comes back filled in. */
  values: Record<string, string>;
  /** A message per field name that needs another look. */
  errors: Record<string, string>;
  formMessage?: string;
};

export function SurveyPage(p: SurveyPageProps) {
  const t = p.t;
  const errorFields = Object.keys(p.errors);
  return (
    <Layout
      lang={p.lang}
      title={`${t.ui.title} · ${p.unitName}`}
      cssHref={p.cssHref}
      heading={p.unitName}
      subheading={[p.serviceName, p.touchpointLabel].filter(Boolean).join(" · ")}
    >
      <LanguageLinks lang={p.lang} label={t.ui.languages} languages={p.languages} />
      <p>{t.ui.intro}</p>
      {p.formMessage || errorFields.length > 0 ? (
        <div class="alert" role="alert" id="form-alert">
          {p.formMessage ? <p>{p.formMessage}</p> : null}
          {errorFields.length > 0 ? (
            <>
              <p>{t.ui.errorSummary}</p>
              <ul>
                {errorFields.map((f) => (
                  <li key={f}>
                    <a href={`#q-${f}`}>{fieldTitle(p, f)}</a>: {p.errors[f]}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      <form method="post" action={p.action}>
        <input type="hidden" name="token" value={p.token} />
        <input type="hidden" name="lang" value={p.lang} />
        <div class="hp" aria-hidden="true">
          <label>
            Website <input type="text" name="website" tabindex={-1} autocomplete="off" />
          </label>
        </div>
        {p.sections.map((s) => (
          <section key={s.instrument}>
            <h2>{t.ui[s.instrument]}</h2>
            {s.instrument === "skm" ? null : <p class="hint">{t.ui.starsHint}</p>}
            {s.items.map((item, i) => (
              <ChoiceGroup
                key={item.key}
                name={item.key}
                legend={`${i + 1}. ${t.items[item.key as keyof typeof t.items]?.q ?? item.key}`}
                stars={s.instrument !== "skm"}
                required
                checked={p.values[item.key]}
                error={p.errors[item.key]}
                options={optionsFor(t, item.key, item.max)}
              />
            ))}
          </section>
        ))}
        <ChoiceGroup
          name="steered"
          legend={t.ui.steeredQ}
          checked={p.values.steered}
          error={p.errors.steered}
          options={[
            { value: "ya", label: t.ui.yes },
            { value: "tidak", label: t.ui.no },
          ]}
        />
        <ProfileFields t={t} bands={p.profileBands} values={p.values} errors={p.errors} />
        <div id="q-comment" class={p.errors.comment ? "box bad" : "box"}>
          <label class="field" for="comment">
            {t.ui.comment}
          </label>
          <p class="hint" id="comment-hint">
            {t.ui.commentHint}
          </p>
          <textarea id="comment" name="comment" maxlength={2000} aria-describedby="comment-hint">
            {p.values.comment ?? ""}
          </textarea>
          {p.errors.comment ? <p class="err">{p.errors.comment}</p> : null}
        </div>
        <button type="submit">{t.ui.submit}</button>
      </form>
      <footer>
        <h2>{t.ui.privacyTitle}</h2>
        <p>{p.privacyNotice || fill(t.ui.privacy, { org: p.orgName, months: p.retentionMonths })}</p>
      </footer>
    </Layout>
  );
}

function optionsFor(t: SurveyTexts, key: string, max: number) {
  const labels = t.items[key as keyof typeof t.items]?.options;
  return Array.from({ length: max }, (_, i) => {
    const value = String(i + 1);
    if (labels) return { value, label: labels[i] };
    return {
      value,
      label: (
        <>
          <span aria-hidden="true">★</span>
          {value}
          <span class="sr"> {starWord(t, i + 1)}</span>
        </>
      ),
    };
  });
}

/** How the error summary names a field: the section and number the citizen sees beside the question. */
function fieldTitle(p: SurveyPageProps, field: string): string {
  const t = p.t;
  for (const s of p.sections) {
    const i = s.items.findIndex((item) => item.key === field);
    if (i >= 0) return `${t.ui[s.instrument]}, ${i + 1}`;
  }
  if (field in t.profile) return t.profile[field as ProfileKey].label;
  if (field === "comment") return t.ui.comment;
  if (field === "steered") return t.ui.steeredQ;
  return field;
}

type ProfileFieldsProps = Pick<SurveyPageProps, "t" | "values" | "errors"> & {
  bands: SurveyPageProps["profileBands"];
};

function ProfileFields({ t, bands, values, errors }: ProfileFieldsProps) {
  return (
    <fieldset id="q-profile">
      <legend>{t.ui.profile}</legend>
      <p class="hint">{t.ui.profileHint}</p>
      {(Object.keys(bands) as ProfileKey[]).map((field) => {
        const labels = t.profile[field].options as Record<string, string>;
        return (
          <div key={field} id={`q-${field}`}>
            <label class="field" for={field}>
              {t.profile[field].label}
            </label>
            <select id={field} name={field}>
              <option value="">{t.ui.choose}</option>
              {bands[field].map((code) => (
                <option key={code} value={code} selected={values[field] === code}>
                  {labels[code] ?? code}
                </option>
              ))}
            </select>
            {errors[field] ? <p class="err">{errors[field]}</p> : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The languages on offer, the current one marked: links, so they work without JavaScript. */
function LanguageLinks({
  lang,
  label,
  languages,
}: {
  lang: string;
  label: string;
  languages: SurveyPageProps["languages"];
}) {
  return (
    <nav class="lang" aria-label={label}>
      {languages.map((l, i) => (
        <span key={l.code}>
          {i > 0 ? " · " : null}
          {l.code === lang ? (
            <strong lang={l.code}>{l.name}</strong>
          ) : (
            <a class="lang" href={l.href} hreflang={l.code} lang={l.code}>
              {l.name}
            </a>
          )}
        </span>
      ))}
    </nav>
  );
}
