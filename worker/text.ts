import * as z from "zod";

/**
 * The one cleaning of every stored free text and label (names, labels, follow-up fields, comments,
 * settings text, audit rows). Pure and runtime-neutral: it runs the same on Node and in workerd.
 * db/migrations/0008_clean_stored_text.sql applies the same removals to rows stored before it.
 */
export type TextOptions = { multiline?: boolean };

// A half of a surrogate pair carries no character; encoders turn it into U+FFFD or refuse it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// CR LF, a lone CR, NEL and the Unicode line and paragraph separators all mean "new line".
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
// C0 (except the line feed), DEL and C1. NUL cuts a text short when libSQL reads it back; ESC starts
// terminal escape sequences in the CLI and in logs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// Invisible characters whose only use in a label or a note is to make it look like something else:
// bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069; "Loket 1" can be made to
// display as another text), the deprecated format controls U+206A–U+206F, the invisible math operators
// U+2061–U+2064, the byte order mark inside text (U+FEFF) and the interlinear annotation marks
// U+FFF9–U+FFFB. Kept on purpose: ZWJ and ZWNJ (emoji sequences, Indic and Javanese shaping), the
// variation selectors (emoji presentation), the bidi marks LRM/RLM/ALM (needed to write Arabic-script
// Pegon next to Latin text; they cannot reorder text the way overrides do) and the soft hyphen.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u206A-\u206F\u2061-\u2064\uFEFF\uFFF9-\uFFFB]/g;
// Tag characters are invisible text ("ASCII smuggling") except inside an emoji subdivision flag
// (black flag, tag letters, cancel tag: the flags of England, Scotland, Wales), which stays whole.
const TAGS = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\u{E0000}-\u{E007F}]/gu;

export function normalizeText(input: string, { multiline = false }: TextOptions = {}): string {
  const cleaned = input
    .replace(LONE_SURROGATE, "")
    .replace(LINE_BREAK, "\n")
    .replace(/\t/g, " ")
    .replace(CONTROL, "")
    .replace(INVISIBLE, "")
    .replace(TAGS, "$1")
    // After the removals: taking a character out may leave a base letter next to its combining mark.
    .normalize("NFC");
  // One line: a line break becomes a space, and a run of spaces one space, since a page shows
  // "Loket  1" exactly like "Loket 1" and two labels must not differ by what nobody can see.
  return (multiline ? cleaned : cleaned.replace(/\s+/g, " ")).trim();
}

/** Length as people count it on screen, close enough: code points, not UTF-16 units. */
export const textLength = (text: string) => [...text].length;

/** What a refusal of a text field carries, for a message in the reader's language (worker/form-issues.ts). */
export type TextIssue = { text: "required" } | { text: "too_long"; max: number };

/**
 * A zod string that is cleaned by normalizeText, then refused when empty (`required`) or longer than
 * `max` characters: never cut short in silence. The default messages are English (the CLI's language).
 */
export function cleanText({
  max,
  multiline = false,
  required = false,
}: TextOptions & { max: number; required?: boolean }) {
  return z
    .string()
    .transform((s) => normalizeText(s, { multiline }))
    .refine((s) => !required || s.length > 0, {
      message: "required",
      params: { text: "required" } satisfies TextIssue,
      abort: true,
    })
    .refine((s) => textLength(s) <= max, {
      message: `at most ${max} characters`,
      params: { text: "too_long", max } satisfies TextIssue,
    });
}

/** An e-mail address as stored: cleaned, lowercased, and a valid address of at most 254 characters. */
export function cleanEmail() {
  return z
    .string()
    .transform((s) => normalizeText(s).toLowerCase())
    .pipe(z.email().max(254));
}
