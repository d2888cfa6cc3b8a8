import type { RawSubmission } from "./validate";

const ITEM_FIELD = /^[UPA]\d{1,2}$/;
const STEERED: Record<string, boolean | null> = { ya: true, tidak: false, "": null };

/**
 * A posted survey form as the shared rules want it, plus every field as sent so that a refused form
 * comes back filled in. Values that are not what the form offers are passed on as they are: validation
 * names them, not this decoder.
 */
export function decodeSurveyForm(form: Record<string, unknown>) {
  const values: Record<string, string> = {};
  const answers: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(form)) {
    if (typeof v !== "string") continue;
    values[name] = v;
    if (ITEM_FIELD.test(name)) answers[name] = /^\d{1,2}$/.test(v) ? Number(v) : v;
  }
  const field = (name: string) => values[name] ?? "";
  const submission: RawSubmission = {
    answers,
    steered: field("steered") in STEERED ? STEERED[field("steered")] : field("steered"),
    profile: {
      age: field("age"),
      gender: field("gender"),
      education: field("education"),
      occupation: field("occupation"),
    },
    comment: field("comment"),
    improvement: field("improvement"),
  };
  return { values, field, submission };
}
