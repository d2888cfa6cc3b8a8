import { fill, type SurveyTexts } from "../i18n";
import { ChoiceGroup } from "./Choice";

export type SurveySection = { instrument: "skm" | "spkp" | "spak"; items: { key: string; max: number }[] };

type FormState = { t: SurveyTexts; values: Record<string, string>; errors: Record<string, string> };

/** The number a question carries: one count across the whole form, as the error summary names it. */
export function questionNumber(sections: SurveySection[], key: string): number {
  let n = 0;
  for (const sec of sections) {
    const i = sec.items.findIndex((item) => item.key === key);
    if (i >= 0) return n + i + 1;
    n += sec.items.length;
  }
  return 0;
}

/** One instrument's part of the form: its heading with the part number, then its numbered questions. */
export function RatingSection(p: FormState & { sections: SurveySection[]; section: SurveySection; heading: string }) {
  const t = p.t;
  const s = t.survey;
  const { section } = p;
  const stars = section.instrument !== "skm";
  const negative = section.instrument === "spak";
  return (
    <section class={section.instrument}>
      <h2>{p.heading}</h2>
      {negative ? <p class="note">{s.negNote}</p> : null}
      {section.items.map((item) => (
        <ChoiceGroup
          key={item.key}
          name={item.key}
          legend={`${questionNumber(p.sections, item.key)}. ${t.items[item.key as keyof typeof t.items]?.q ?? item.key}`}
          stars={stars}
          anchors={stars ? (negative ? s.negAnchors : s.anchors) : undefined}
          required
          checked={p.values[item.key]}
          error={p.errors[item.key]}
          options={optionsFor(t, item.key, item.max, negative)}
        />
      ))}
      {section.instrument === "skm" ? <TextBox {...p} name="improvement" label={s.improvement} /> : null}
    </section>
  );
}

/**
 * A free-text answer. "improvement" is asked after a low SKM answer: the stylesheet hides it until an
 * answer of 1 or 2 is checked (where :has works), and never hides one that holds text or an error.
 */
export function TextBox(p: FormState & { name: "comment" | "improvement"; label: string }) {
  const error = p.errors[p.name];
  const keep = p.name === "improvement" && (p.values[p.name] || error) ? " on" : "";
  const extra = p.name === "improvement" ? ` improve${keep}` : "";
  return (
    <div id={`q-${p.name}`} class={`box${error ? " bad" : ""}${extra}`}>
      <label class="field" for={p.name}>
        {p.label}
      </label>
      <p class="hint" id={`${p.name}-hint`}>
        {p.t.ui.commentHint}
      </p>
      <textarea id={p.name} name={p.name} maxlength={2000} aria-describedby={`${p.name}-hint`}>
        {p.values[p.name] ?? ""}
      </textarea>
      {error ? <p class="err">{error}</p> : null}
    </div>
  );
}

function optionsFor(t: SurveyTexts, key: string, max: number, negative: boolean) {
  const s = t.survey;
  const labels = t.items[key as keyof typeof t.items]?.options;
  return Array.from({ length: max }, (_, i) => {
    const value = String(i + 1);
    if (labels) return { value, label: labels[i] };
    const end =
      i === 0 ? (negative ? s.negLow : s.scaleLow) : i === max - 1 ? (negative ? s.negHigh : s.scaleHigh) : "";
    // The name a screen reader speaks, "1 dari 6, sangat tidak setuju"; the star and digit are for the eye.
    const name = [fill(s.optionOf, { n: i + 1, max }), end].filter(Boolean).join(", ");
    return {
      value,
      label: (
        <>
          <span aria-hidden="true">★{value}</span>
          <span class="sr">{name}</span>
        </>
      ),
    };
  });
}
