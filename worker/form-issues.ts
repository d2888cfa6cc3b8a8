import type * as z from "zod";
import type { Lang } from "../web/i18n";
import { InvalidInput } from "./actions/action";
import { AppError } from "./errors";
import type { TextIssue } from "./text";

const TEXT_MESSAGES: Record<Lang, { required: string; tooLong: (max: number) => string; invalid: string }> = {
  id: { required: "wajib diisi", tooLong: (max) => `paling banyak ${max} karakter`, invalid: "isian tidak valid" },
  en: { required: "required", tooLong: (max) => `at most ${max} characters`, invalid: "not a valid value" },
};

function message(issue: z.core.$ZodIssue, lang: Lang): string {
  const t = TEXT_MESSAGES[lang];
  const text = (issue as { params?: Partial<TextIssue> }).params;
  if (issue.code === "custom" && text?.text === "required") return t.required;
  if (issue.code === "custom" && text?.text === "too_long") return t.tooLong(text.max!);
  // A field that was not sent at all, or sent as a file: nothing in it can be used.
  if (issue.code === "invalid_type") return issue.input === undefined ? t.required : t.invalid;
  return issue.message;
}

/**
 * A refused dashboard form as one 400: each issue names its field as the form labels it (`labels`, in
 * the reader's language; a list line adds its number) and says what is wrong in that language.
 */
export function formError(error: z.ZodError, lang: Lang, labels: Record<string, string> = {}): AppError {
  const issues = error.issues.map((issue) => {
    const [field, ...rest] = issue.path.map(String);
    const name = field !== undefined && Object.hasOwn(labels, field) ? labels[field] : issue.path.join(".");
    const line = rest.length > 0 && /^\d+$/.test(rest[0]!) ? ` #${Number(rest[0]) + 1}` : "";
    return { path: issue.path.join("."), message: `${name}${line}: ${message(issue, lang)}` };
  });
  return new AppError("BAD_REQUEST", issues.map((i) => i.message).join("; "), { issues });
}

/**
 * Runs an action for a dashboard form: a field its schema refuses comes back as the form's 400, named as
 * the form labels it, in the reader's language.
 */
export async function formAction<T>(lang: Lang, labels: Record<string, string>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof InvalidInput) throw formError(err.zodError, lang, labels);
    throw err;
  }
}
