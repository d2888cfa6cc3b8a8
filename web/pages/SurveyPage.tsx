import { ChoiceGroup } from "../components/Choice";
import { questionNumber, RatingSection, TextBox, type SurveySection } from "../components/RatingSection";
import { Layout } from "../components/Layout";
import { OfflineStatus, type KioskView } from "../components/OfflineStatus";
import { fill, type SurveyTexts } from "../i18n";

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
  /** On /k/{code}: the tablet layout and its web app manifest. */
  kiosk?: KioskView;
};

// Reading a question of 10–20 words and its 4–6 options, then tapping, takes a phone user about 8 s;
// only the required rating items count, since the closing part may be skipped. Rounded up: better a
// survey that ends early than one that overruns its promise.
const SECONDS_PER_ITEM = 8;

/** The minutes the page promises for the required items shown. */
function estimateMinutes(requiredItems: number): number {
  return Math.max(1, Math.ceil((requiredItems * SECONDS_PER_ITEM) / 60));
}

export function SurveyPage(p: SurveyPageProps) {
  const t = p.t;
  const s = t.survey;
  const errorFields = Object.keys(p.errors);
  const refused = Boolean(p.formMessage) || errorFields.length > 0;
  const required = p.sections.reduce((n, sec) => n + sec.items.length, 0);
  const parts = p.sections.length + 1;
  const part = (n: number, name: string) => `${fill(s.section, { n, total: parts })} · ${name}`;
  return (
    <Layout
      lang={p.lang}
      title={[refused ? s.refusedTitle : "", t.ui.title, p.unitName].filter(Boolean).join(" · ")}
      cssHref={p.cssHref}
      heading={p.unitName}
      subheading={[p.serviceName, p.touchpointLabel].filter(Boolean).join(" · ")}
    >
      <LanguageLinks lang={p.lang} label={t.ui.languages} languages={p.languages} />
      <p>
        {s.intro} {fill(s.estimate, { n: required, minutes: estimateMinutes(required) })}
      </p>
      {refused ? (
        // Focus moves here without script (autofocus), so a keyboard or screen-reader user starts at the list.
        <div class="alert" role="alert" id="form-alert" tabindex={-1} autofocus>
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
        {p.sections.map((sec, i) => (
          <RatingSection key={sec.instrument} {...p} section={sec} heading={part(i + 1, t.ui[sec.instrument])} />
        ))}
        <section>
          <h2>{part(parts, s.closing)}</h2>
          <ChoiceGroup
            name="steered"
            legend={`${required + 1}. ${t.ui.steeredQ}`}
            checked={p.values.steered}
            error={p.errors.steered}
            options={[
              { value: "ya", label: t.ui.yes },
              { value: "tidak", label: t.ui.no },
            ]}
          />
          <ProfileFields t={t} bands={p.profileBands} values={p.values} errors={p.errors} />
          <TextBox {...p} name="comment" label={t.ui.comment} />
        </section>
        <button type="submit">{t.ui.submit}</button>
      </form>
      <OfflineStatus t={t.offline} kiosk={p.kiosk} />
      <footer>
        <h2>{t.ui.privacyTitle}</h2>
        <p>{p.privacyNotice || fill(t.ui.privacy, { org: p.orgName, months: p.retentionMonths })}</p>
      </footer>
    </Layout>
  );
}

/** How the error summary names a field: the number the citizen sees beside the question, and its part. */
function fieldTitle(p: SurveyPageProps, field: string): string {
  const t = p.t;
  const s = t.survey;
  const section = p.sections.find((sec) => sec.items.some((item) => item.key === field));
  if (section) return `${fill(s.question, { n: questionNumber(p.sections, field) })} (${t.ui[section.instrument]})`;
  if (field in t.profile) return t.profile[field as ProfileKey].label;
  if (field === "comment") return t.ui.comment;
  if (field === "improvement") return s.improvement;
  if (field === "steered") {
    return fill(s.question, { n: p.sections.reduce((n, sec) => n + sec.items.length, 0) + 1 });
  }
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
