import { texts } from "../../web/i18n";
import { COMMENT_MAX, INSTRUMENTS, INSTRUMENT_KEYS, PROFILE_FIELDS, instrumentOfItem } from "../survey/instruments";
import { readCsv } from "./csv-read";
import {
  checkOfflineAnswer,
  EARLIEST_VISIT_DATE,
  type OfflineAnswer,
  type OfflineContext,
  type OfflineIssue,
} from "./offline-answer";

/** Generous for paper: 5,000 questionnaires with comments fit in about 1.5 MB. */
export const IMPORT_MAX_BYTES = 4 * 1024 * 1024;
const IMPORT_MAX_ROWS = 10_000;
// A file with a systematic mistake would list one problem per line; the first ones say what to fix.
const MAX_LISTED = 100;

const ITEMS = INSTRUMENT_KEYS.flatMap((ins) => [...INSTRUMENTS[ins].items]);
export const ANSWERS_HEADER = ["date", "service", ...ITEMS, "steered", ...PROFILE_FIELDS, "comment"];

export type ImportError = { line: number; message: string };
type ImportRow = OfflineAnswer & { line: number };
type Parsed = { rows: ImportRow[]; errors: ImportError[] };

const STEERED: Record<string, boolean> = { ya: true, tidak: false };

/** A profile cell as its stored band code, or as the Indonesian label the questionnaire prints. */
function bandOf(field: (typeof PROFILE_FIELDS)[number], cell: string): string {
  const labels = texts.id.profile[field].options as Record<string, string>;
  const lower = cell.toLowerCase();
  const byLabel = Object.entries(labels).find(([, label]) => label.toLowerCase() === lower)?.[0];
  return byLabel ?? cell;
}

function message(issue: OfflineIssue, cells: Record<string, string>, ctx: OfflineContext): string {
  const field = issue.path.replace(/^(answers|profile)\./, "");
  const cell = JSON.stringify(cells[field] ?? "");
  const ins = instrumentOfItem(field);
  switch (issue.code) {
    case "required":
      return `${field}: empty while other items of ${ins?.toUpperCase()} are filled (an instrument is all answered or all empty)`;
    case "out_of_range":
      return `${field}: ${cell} is not a whole number from 1 to ${ins ? INSTRUMENTS[ins].max : "?"}`;
    case "invalid_choice":
      return field === "steered"
        ? `steered: ${cell} must be ya, tidak or empty`
        : `${field}: ${cell} is not one of ${ctx.bands[field as keyof OfflineContext["bands"]]?.join(", ")}`;
    case "too_long":
      return `${field}: longer than ${COMMENT_MAX} characters`;
    case "no_answers":
      return "no answers: fill at least one instrument (U1–U9, P1–P8 or A1–A5)";
    case "bad_date":
      return `date: ${cell} is not a date written YYYY-MM-DD`;
    case "future_date":
      return `date: ${cells.date} is after today (${ctx.today})`;
    case "too_early":
      return `date: ${cells.date} is before ${EARLIEST_VISIT_DATE}`;
    case "unknown_service":
      return `service: ${cell} is not a service of this unit (${ctx.services.map((s) => s.name).join(", ") || "it has none"}; or leave it empty)`;
    default:
      return `${field}: not a valid value`;
  }
}

/** One CSV line's cells, by column name, as the shared check wants them. */
function checkLine(cells: Record<string, string>, ctx: OfflineContext) {
  const answers: Record<string, unknown> = {};
  for (const item of ITEMS) answers[item] = /^\d{1,2}$/.test(cells[item]!) ? Number(cells[item]) : cells[item];
  const steered = cells.steered!.toLowerCase();
  const profile = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, bandOf(f, cells[f]!)]));
  return checkOfflineAnswer(
    {
      date: cells.date!,
      service: cells.service!,
      answers,
      steered: steered === "" ? null : (STEERED[steered] ?? steered),
      profile,
      comment: cells.comment!,
    },
    ctx,
  );
}

/** The header's problem, or null when it names every column once (in any order, any case). */
function headerProblem(names: string[]): string | null {
  const missing = ANSWERS_HEADER.filter((h) => !names.includes(h));
  const unknown = names.filter((n, i) => !ANSWERS_HEADER.includes(n) || names.indexOf(n) !== i);
  if (missing.length === 0 && unknown.length === 0) return null;
  const parts = [
    missing.length ? `missing ${missing.join(", ")}` : "",
    unknown.length ? `unknown or repeated ${unknown.map((u) => JSON.stringify(u.slice(0, 40))).join(", ")}` : "",
  ];
  return `the header must be ${ANSWERS_HEADER.join(",")} (${parts.filter(Boolean).join("; ")})`;
}

/**
 * A file of answers collected elsewhere, checked whole: every line's problems, or every row ready to
 * write. Nothing here reads a database or a clock (the caller passes the unit's services and today).
 */
export function parseAnswersFile(bytes: Uint8Array, ctx: OfflineContext): Parsed {
  const refuse = (line: number, msg: string): Parsed => ({ rows: [], errors: [{ line, message: msg }] });
  if (bytes.length > IMPORT_MAX_BYTES)
    return refuse(0, `the file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB: split it into smaller files`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(0, "the file is not UTF-8 text: save it as CSV UTF-8");
  }
  const read = readCsv(text);
  if (!read.ok) return refuse(read.line, read.message);
  const [head, ...records] = read.records;
  if (!head) return refuse(1, `the file is empty: the first line must be ${ANSWERS_HEADER.join(",")}`);
  const names = head.fields.map((f) => {
    const name = f.trim();
    return ANSWERS_HEADER.find((h) => h.toLowerCase() === name.toLowerCase()) ?? name;
  });
  const bad = headerProblem(names);
  if (bad) return refuse(head.line, bad);
  if (records.length === 0) return refuse(head.line, "no answers below the header");
  if (records.length > IMPORT_MAX_ROWS)
    return refuse(0, `${records.length} lines: at most ${IMPORT_MAX_ROWS} per file, split it into smaller files`);
  const out: Parsed = { rows: [], errors: [] };
  for (const { line, fields } of records) {
    if (fields.length !== names.length) {
      out.errors.push({ line, message: `${fields.length} fields where the header has ${names.length}` });
      continue;
    }
    const cells = Object.fromEntries(names.map((n, i) => [n, fields[i]!.trim()]));
    cells.comment = fields[names.indexOf("comment")]!;
    const checked = checkLine(cells, ctx);
    if (checked.ok) out.rows.push({ ...checked.value, line });
    else out.errors.push(...checked.issues.map((issue) => ({ line, message: message(issue, cells, ctx) })));
  }
  if (out.errors.length > MAX_LISTED) {
    const more = out.errors.length - MAX_LISTED;
    out.errors = [...out.errors.slice(0, MAX_LISTED), { line: 0, message: `and ${more} more problems not listed` }];
  }
  return out;
}
