import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { ChoiceGroup } from "../components/Choice";
import { formatNumber } from "../format";
import type { SurveyTexts } from "../i18n";
import { entryText } from "../text-entry";

type ProfileKey = keyof SurveyTexts["profile"];
type Section = { instrument: "skm" | "spkp" | "spak"; items: string[]; max: number };

export type EntryPageProps = {
  chrome: AdminChrome;
  unit: { id: string; name: string };
  /** The survey's own questions and labels, in the dashboard's language. */
  t: SurveyTexts;
  sections: Section[];
  services: { id: string; name: string }[];
  profileBands: Record<ProfileKey, readonly string[]>;
  today: string;
  /** Saves a double click or a reload once (see enterAnswer). */
  formNonce: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  formMessage?: string;
  /** After a save: the unit's offline answers now, and whether this one had been saved already. */
  saved: { count: number; again: boolean } | null;
};

const CHANNELS = ["paper", "interview", "other"] as const;

/** One paper questionnaire typed in by an operator: the survey's questions, with the visit's date, service and channel. */
export function EntryPage(p: EntryPageProps) {
  const { lang } = p.chrome;
  const e = entryText[lang];
  const base = `/admin/units/${p.unit.id}`;
  const errorList = Object.entries(p.errors);
  return (
    <AdminLayout chrome={p.chrome} title={`${p.unit.name} · ${e.title}`}>
      <p>
        <a href={base}>{e.back}</a>
      </p>
      {p.saved ? (
        <p class="note" role="status">
          {p.saved.again ? `${e.savedAgain} ` : ""}
          {e.saved(formatNumber(p.saved.count, lang, 0))}
        </p>
      ) : null}
      {p.formMessage || errorList.length > 0 ? (
        <div class="alert" role="alert" id="form-alert" tabindex={-1} autofocus>
          <p>{p.formMessage ?? e.refused}</p>
        </div>
      ) : null}
      <p class="hint">{e.intro}</p>
      <form method="post" action={`${base}/entry`} class="entry">
        <input type="hidden" name="_csrf" value={p.chrome.csrf} />
        <input type="hidden" name="nonce" value={p.formNonce} />
        <Visit {...p} />
        {p.sections.map((s) => (
          <EntrySection key={s.instrument} {...p} section={s} />
        ))}
        <Closing {...p} />
        <button type="submit">{e.save}</button>
      </form>
    </AdminLayout>
  );
}

function Visit(p: EntryPageProps) {
  const e = entryText[p.chrome.lang];
  const err = (name: string) => (p.errors[name] ? <p class="err">{p.errors[name]}</p> : null);
  return (
    <fieldset id="q-visit">
      <legend>{e.visit}</legend>
      <label class="field" for="date">
        {e.date}
      </label>
      <input class="text" type="date" id="date" name="date" required max={p.today} value={p.values.date ?? p.today} />
      {err("date")}
      <label class="field" for="service">
        {e.service}
      </label>
      <select id="service" name="service">
        <option value="">{e.noService}</option>
        {p.services.map((s) => (
          <option key={s.id} value={s.id} selected={p.values.service === s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {err("service")}
      <ChoiceGroup
        name="channel"
        legend={e.channel}
        checked={p.values.channel ?? "paper"}
        error={p.errors.channel}
        options={CHANNELS.map((c) => ({ value: c, label: e.channels[c] }))}
      />
    </fieldset>
  );
}

/** One instrument's questions, answered with the digit the paper shows; the whole part may be left out. */
function EntrySection(p: EntryPageProps & { section: Section }) {
  const { t, section } = p;
  const e = entryText[p.chrome.lang];
  const skip = `skip_${section.instrument}`;
  return (
    <section class={section.instrument} id={`part-${section.instrument}`}>
      <h2>{t.ui[section.instrument]}</h2>
      <p class="hint">{e.sectionHint}</p>
      <label class="check">
        <input type="checkbox" name={skip} value="1" checked={p.values[skip] === "1"} /> {e.notAsked}
      </label>
      {p.errors[section.instrument] ? <p class="err">{p.errors[section.instrument]}</p> : null}
      {section.items.map((key) => {
        const item = t.items[key as keyof typeof t.items];
        const labels = item?.options;
        return (
          <ChoiceGroup
            key={key}
            name={key}
            legend={`${key}. ${item?.q ?? key}`}
            hint={labels ? labels.map((l, i) => `${i + 1} ${l}`).join(" · ") : undefined}
            stars
            checked={p.values[key]}
            error={p.errors[key]}
            options={Array.from({ length: section.max }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
          />
        );
      })}
    </section>
  );
}

function Closing(p: EntryPageProps) {
  const { t } = p;
  return (
    <section>
      <h2>{t.survey.closing}</h2>
      <ChoiceGroup
        name="steered"
        legend={t.ui.steeredQ}
        checked={p.values.steered}
        error={p.errors.steered}
        options={[
          { value: "", label: "–" },
          { value: "ya", label: t.ui.yes },
          { value: "tidak", label: t.ui.no },
        ]}
      />
      <fieldset id="q-profile">
        <legend>{t.ui.profile}</legend>
        {(Object.keys(p.profileBands) as ProfileKey[]).map((field) => {
          const labels = t.profile[field].options as Record<string, string>;
          return (
            <div key={field}>
              <label class="field" for={field}>
                {t.profile[field].label}
              </label>
              <select id={field} name={field}>
                <option value="">–</option>
                {p.profileBands[field].map((code) => (
                  <option key={code} value={code} selected={p.values[field] === code}>
                    {labels[code] ?? code}
                  </option>
                ))}
              </select>
              {p.errors[field] ? <p class="err">{p.errors[field]}</p> : null}
            </div>
          );
        })}
      </fieldset>
      <label class="field" for="comment">
        {t.ui.comment}
      </label>
      <textarea id="comment" name="comment" maxlength={2000}>
        {p.values.comment ?? ""}
      </textarea>
      {p.errors.comment ? <p class="err">{p.errors.comment}</p> : null}
    </section>
  );
}
