import type { ComponentChildren } from "preact";

export type ChoiceGroupProps = {
  name: string;
  legend: string;
  hint?: string;
  /** What the ends of a star scale mean, shown under the row (the options' names say it to screen readers). */
  anchors?: string;
  error?: string;
  stars?: boolean;
  options: { value: string; label: ComponentChildren }[];
  checked?: string;
  required?: boolean;
};

/** One question: a fieldset whose legend is the question and whose radios each carry their own label. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  anchors,
  error,
  stars,
  options,
  checked,
  required,
}: ChoiceGroupProps) {
  const errId = `${name}-err`;
  return (
    <fieldset id={`q-${name}`} class={error ? "bad" : undefined} aria-describedby={error ? errId : undefined}>
      <legend>{legend}</legend>
      {hint ? <p class="hint">{hint}</p> : null}
      <div class={stars ? "opts stars" : "opts"}>
        {options.map((o) => (
          <label class="opt" key={o.value}>
            <input type="radio" name={name} value={o.value} checked={checked === o.value} required={required} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {anchors ? (
        <p class="hint" aria-hidden="true">
          {anchors}
        </p>
      ) : null}
      {error ? (
        <p class="err" id={errId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
