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

const FIELD_MESSAGES: Record<
  Lang,
  { email: string; choice: string; atLeast: (n: string) => string; atMost: (n: string) => string }
> = {
  id: {
    email: "bukan alamat surel yang valid",
    choice: "pilih salah satu pilihan",
    atLeast: (n) => `paling sedikit ${n}`,
    atMost: (n) => `paling banyak ${n}`,
  },
  en: {
    email: "not a valid e-mail address",
    choice: "choose one of the options",
    atLeast: (n) => `at least ${n}`,
    atMost: (n) => `at most ${n}`,
  },
};

/** A field's message without its label (it stands beside the field); zod's own English words replaced. */
function fieldMessage(issue: z.core.$ZodIssue, lang: Lang): string {
  if (issue.code === "invalid_format" && issue.format === "email") return FIELD_MESSAGES[lang].email;
  if (issue.code === "invalid_value") return FIELD_MESSAGES[lang].choice;
  if (issue.code === "too_small" && issue.origin === "number")
    return FIELD_MESSAGES[lang].atLeast(String(issue.minimum));
  if (issue.code === "too_big" && issue.origin === "number") return FIELD_MESSAGES[lang].atMost(String(issue.maximum));
  return message(issue, lang);
}

/** A refused form's messages by field name ("" for the form as a whole), in the reader's language. */
export type FieldErrors = Record<string, string>;

/** A form schema's refusal as one message per field (the first), for the page to show beside each. */
export function issuesByField(
  error: z.ZodError,
  lang: Lang,
  words: (code: string) => string | undefined = () => undefined,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    out[field] ??= words(issue.message) ?? fieldMessage(issue, lang);
  }
  return out;
}

/**
 * What a refused write says about its form, field by field, so the page can come back with the input kept
 * and each message beside its field; null when the error is not about the input (let it through).
 * `words` turns an action's message codes into the reader's words.
 */
function fieldErrors(err: unknown, lang: Lang, words: (code: string) => string | undefined = () => undefined) {
  if (err instanceof InvalidInput) return issuesByField(err.zodError, lang, words);
  if (err instanceof AppError && err.extra.localized && (err.status === 400 || err.status === 404))
    return { [err.extra.issues?.[0]?.path ?? ""]: err.extra.localized[lang] } as FieldErrors;
  return null;
}

/** Runs a form's write: its result, or the refused fields (any other error is thrown on). */
export async function tryForm<T>(
  lang: Lang,
  run: () => Promise<T>,
  words?: (code: string) => string | undefined,
): Promise<{ ok: true; value: T } | { ok: false; errors: FieldErrors }> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    const errors = fieldErrors(err, lang, words);
    if (!errors) throw err;
    return { ok: false, errors };
  }
}
