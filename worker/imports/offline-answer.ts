import type { ProfileBands } from "../settings";
import { INSTRUMENT_KEYS, instrumentOfItem, type Instrument } from "../survey/instruments";
import { validateSubmission, type RawSubmission, type SubmissionIssue } from "../survey/validate";

/** Where answers collected outside the app came from (responses.channel); "online" is the app's own. */
export const OFFLINE_CHANNELS = ["paper", "interview", "other"] as const;
export type OfflineChannel = (typeof OFFLINE_CHANNELS)[number];

/**
 * The earliest visit date taken: SKM under PermenPANRB 14/2017 began in 2017, so an older date is a
 * typing error (2107 → 2017 is caught by "not in the future").
 */
export const EARLIEST_VISIT_DATE = "2017-01-01";

type OfflineIssueCode =
  SubmissionIssue["code"] | "no_answers" | "bad_date" | "future_date" | "too_early" | "unknown_service";
export type OfflineIssue = { path: string; code: OfflineIssueCode };

/** One questionnaire as typed in (a form) or read from a CSV line, before it is trusted. */
export type RawOfflineAnswer = RawSubmission & { date: string; service: string };

export type OfflineContext = {
  /** The unit's local today (YYYY-MM-DD): a visit cannot be later. */
  today: string;
  /** The unit's services; a questionnaire names one by id (the form) or by name (a CSV). */
  services: readonly { id: string; name: string }[];
  bands: ProfileBands;
};

export type OfflineAnswer = Extract<ReturnType<typeof validateSubmission>, { ok: true }>["value"] & {
  localDate: string;
  serviceId: string | null;
};

const isCalendarDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

const isBlank = (v: unknown) => v === undefined || v === null || v === "";

/** The instruments a questionnaire has any answer for: on paper, each instrument was asked or not at all. */
function askedInstruments(answers: Record<string, unknown>): Instrument[] {
  const asked = new Set(Object.keys(answers).map(instrumentOfItem));
  return INSTRUMENT_KEYS.filter((ins) => asked.has(ins));
}

function checkDate(date: string, today: string): OfflineIssue | null {
  if (!isCalendarDate(date)) return { path: "date", code: "bad_date" };
  if (date > today) return { path: "date", code: "future_date" };
  if (date < EARLIEST_VISIT_DATE) return { path: "date", code: "too_early" };
  return null;
}

/**
 * A questionnaire collected outside the app, checked by the survey's own rules (scales, bands, comment
 * length) for the instruments it holds, each complete or absent, plus the visit date and the service.
 */
export function checkOfflineAnswer(
  raw: RawOfflineAnswer,
  ctx: OfflineContext,
): { ok: true; value: OfflineAnswer } | { ok: false; issues: OfflineIssue[] } {
  const issues: OfflineIssue[] = [];
  const date = raw.date.trim();
  const dateIssue = checkDate(date, ctx.today);
  if (dateIssue) issues.push(dateIssue);
  const wanted = raw.service.trim();
  const service = wanted
    ? ctx.services.find((s) => s.id === wanted || s.name.toLowerCase() === wanted.toLowerCase())
    : null;
  if (service === undefined) issues.push({ path: "service", code: "unknown_service" });
  // A blank item is not asked; a blank one next to answered items of its instrument is "required".
  const answers = Object.fromEntries(Object.entries(raw.answers).filter(([, v]) => !isBlank(v)));
  const shown = askedInstruments(answers);
  if (shown.length === 0 && Object.keys(answers).length === 0) issues.push({ path: "answers", code: "no_answers" });
  const checked = validateSubmission({ ...raw, answers }, shown, ctx.bands);
  if (!checked.ok) issues.push(...checked.issues);
  if (issues.length > 0 || !checked.ok) return { ok: false, issues };
  return { ok: true, value: { ...checked.value, localDate: date, serviceId: service?.id ?? null } };
}
