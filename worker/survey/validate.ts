import {
  COMMENT_MAX,
  INSTRUMENTS,
  PROFILE_BANDS,
  PROFILE_FIELDS,
  instrumentOfItem,
  type Instrument,
  type ProfileField,
} from "./instruments";
import { normalizeText, textLength } from "../text";

type IssueCode = "required" | "out_of_range" | "unknown_item" | "instrument_disabled" | "invalid_choice" | "too_long";

export type SubmissionIssue = { path: string; code: IssueCode };

/** What a citizen sent, already decoded from a form or JSON but not yet trusted. */
export type RawSubmission = {
  answers: Record<string, unknown>;
  steered?: unknown;
  profile?: Partial<Record<string, unknown>>;
  comment?: string | null;
  improvement?: string | null;
};

type Submission = {
  answers: { item: string; instrument: Instrument; value: number }[];
  steered: boolean | null;
  profile: Partial<Record<ProfileField, string>>;
  comment: string | null;
  improvement: string | null;
};

export type ValidationResult = { ok: true; value: Submission } | { ok: false; issues: SubmissionIssue[] };

/**
 * Every item of every instrument the unit shows is required: the model questionnaire asks all of them,
 * and a complete response keeps a respondent's score comparable with the item means.
 */
export function validateSubmission(
  raw: RawSubmission,
  shown: readonly Instrument[],
  bands: Record<ProfileField, readonly string[]> = PROFILE_BANDS,
): ValidationResult {
  const issues: SubmissionIssue[] = [];
  const answers: Submission["answers"] = [];

  for (const key of Object.keys(raw.answers)) {
    const ins = instrumentOfItem(key);
    if (!ins) issues.push({ path: `answers.${key}`, code: "unknown_item" });
    else if (!shown.includes(ins)) issues.push({ path: `answers.${key}`, code: "instrument_disabled" });
  }
  for (const ins of shown) {
    const { items, max } = INSTRUMENTS[ins];
    for (const item of items) {
      const value = raw.answers[item];
      if (value === undefined || value === null || value === "") {
        issues.push({ path: `answers.${item}`, code: "required" });
      } else if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
        issues.push({ path: `answers.${item}`, code: "out_of_range" });
      } else {
        answers.push({ item, instrument: ins, value });
      }
    }
  }

  const profile: Submission["profile"] = {};
  const rawProfile = raw.profile ?? {};
  for (const key of Object.keys(rawProfile)) {
    if (!(PROFILE_FIELDS as string[]).includes(key)) issues.push({ path: `profile.${key}`, code: "unknown_item" });
  }
  for (const field of PROFILE_FIELDS) {
    const value = rawProfile[field];
    if (value === undefined || value === null || value === "") continue;
    if (typeof value === "string" && bands[field].includes(value)) profile[field] = value;
    else issues.push({ path: `profile.${field}`, code: "invalid_choice" });
  }

  const steered = raw.steered ?? null;
  if (typeof steered !== "boolean" && steered !== null) issues.push({ path: "steered", code: "invalid_choice" });

  // Cleaned like every stored text (../text.ts): a comment keeps its line breaks.
  const comment = normalizeText(raw.comment ?? "", { multiline: true }) || null;
  if (comment && textLength(comment) > COMMENT_MAX) issues.push({ path: "comment", code: "too_long" });
  // "What most needs to improve?" follows the comment's rules. Kept whenever sent, even without a low
  // SKM answer: a browser without :has shows the box to everyone, and what a citizen wrote is not discarded.
  const improvement = normalizeText(raw.improvement ?? "", { multiline: true }) || null;
  if (improvement && textLength(improvement) > COMMENT_MAX) issues.push({ path: "improvement", code: "too_long" });

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { answers, steered: steered as boolean | null, profile, comment, improvement } };
}
