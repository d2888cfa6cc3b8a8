/**
 * Reporting periods in a unit's local calendar: a year, semester, quarter (triwulan), month, or any
 * date range. Dates are plain YYYY-MM-DD strings, compared as strings, as the rollups store them.
 * Every period a person or program asks for goes through checkPeriodLabel or checkDateRange.
 */
export type Period = { from: string; to: string; label: string; days: number; yearDays: number };

/**
 * The years a period may fall in. Wide enough for every real survey, and it keeps every year four
 * digits, so dates compare as strings and no request can ask for centuries of buckets.
 */
export const PERIOD_MIN_YEAR = 2000;
export const PERIOD_MAX_YEAR = 2100;
/** The longest from/to range: a full five-year plan (Renstra); `to` is before the same date 5 years on. */
export const MAX_RANGE_YEARS = 5;
/** Months a period may touch: a 5-year range that starts mid-month touches 61 (and 21 quarters). */
export const MAX_PERIOD_MONTHS = MAX_RANGE_YEARS * 12 + 1;
// Longer than any valid label or date: refused before a pattern even looks at it.
const MAX_INPUT_LENGTH = 10;

type PeriodField = "period" | "from" | "to";
type PeriodRefusalReason = "format" | "year" | "date" | "order" | "range";
/** Why a period was refused, said in Indonesian and English (API and CLI speak English). */
type PeriodRefusal = {
  ok: false;
  field: PeriodField;
  reason: PeriodRefusalReason;
  message: { id: string; en: string };
};
export type PeriodResult = { ok: true; period: Period } | PeriodRefusal;

const YEARS = `${PERIOD_MIN_YEAR}–${PERIOD_MAX_YEAR}`;
const refuse = (field: PeriodField, reason: PeriodRefusalReason, id: string, en: string): PeriodRefusal => ({
  ok: false,
  field,
  reason,
  message: { id, en },
});
const badLabel = () =>
  refuse(
    "period",
    "format",
    "Periode tidak valid. Gunakan 2026, 2026-S1, 2026-Q3 atau 2026-07.",
    "Use a period like 2026, 2026-S1, 2026-Q3 or 2026-07",
  );
const badYear = (field: PeriodField) =>
  refuse(
    field,
    "year",
    `Tahun periode harus antara ${PERIOD_MIN_YEAR} dan ${PERIOD_MAX_YEAR}.`,
    `The year must be within ${YEARS}`,
  );

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isLeap = (y: number) => daysInMonth(y, 2) === 29;
const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86400000;
const inWindow = (y: number) => y >= PERIOD_MIN_YEAR && y <= PERIOD_MAX_YEAR;
const text = (v: unknown) => (typeof v === "string" && v.length <= MAX_INPUT_LENGTH ? v : "");

function span(y: number, firstMonth: number, lastMonth: number, label: string): Period {
  const from = iso(y, firstMonth, 1);
  const to = iso(y, lastMonth, daysInMonth(y, lastMonth));
  return { from, to, label, days: dayNumber(to) - dayNumber(from) + 1, yearDays: isLeap(y) ? 366 : 365 };
}

// The year's "length" for prorating a range is that of the year it starts in.
const range = (from: string, to: string): Period => ({
  from,
  to,
  label: `${from}..${to}`,
  days: dayNumber(to) - dayNumber(from) + 1,
  yearDays: isLeap(+from.slice(0, 4)) ? 366 : 365,
});

/** A label's period by its shape alone, any year: for periods we derive (the one before), not for input. */
function labelSpan(label: string): Period | null {
  const m = /^(\d{4})(?:-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/.exec(label);
  if (!m) return null;
  const y = +m[1]!;
  const part = m[2];
  if (!part) return span(y, 1, 12, label);
  const n = +part.replace(/^[SQ]/, "");
  if (part[0] === "S") return span(y, n * 6 - 5, n * 6, label);
  if (part[0] === "Q") return span(y, n * 3 - 2, n * 3, label);
  return span(y, n, n, label);
}

/** `2026`, `2026-S1`, `2026-Q3` or `2026-07` with a year in the window; a refusal with the reason otherwise. */
export function checkPeriodLabel(label: unknown): PeriodResult {
  const period = labelSpan(text(label));
  if (!period) return badLabel();
  return inWindow(+period.from.slice(0, 4)) ? { ok: true, period } : badYear("period");
}

function realDate(field: PeriodField, s: string): PeriodRefusal | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m && !inWindow(+m[1]!)) return badYear(field);
  const [y, mo, d] = m ? [+m[1]!, +m[2]!, +m[3]!] : [0, 0, 0];
  if (m && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return null;
  const which = field === "from" ? "awal" : "akhir";
  return refuse(
    field,
    "date",
    `Tanggal ${which} harus tanggal yang ada, ditulis YYYY-MM-DD (contoh: 2026-02-28).`,
    `${field} must be a real date written YYYY-MM-DD`,
  );
}

/** An inclusive date range of real dates in the window, `from ≤ to`, at most MAX_RANGE_YEARS long. */
export function checkDateRange(fromInput: unknown, toInput: unknown): PeriodResult {
  const [from, to] = [text(fromInput), text(toInput)];
  const refused = realDate("from", from) ?? realDate("to", to);
  if (refused) return refused;
  if (from > to)
    return refuse(
      "from",
      "order",
      "Tanggal awal harus sebelum atau sama dengan tanggal akhir.",
      "from must be on or before to",
    );
  // Date.UTC rolls 29 Feb + 5 years over to 1 March, so a range from a leap day may end on 28 February.
  const limit = Date.UTC(+from.slice(0, 4) + MAX_RANGE_YEARS, +from.slice(5, 7) - 1, +from.slice(8, 10)) / 86400000;
  if (dayNumber(to) >= limit) {
    return refuse(
      "to",
      "range",
      `Rentang tanggal paling panjang ${MAX_RANGE_YEARS} tahun.`,
      `A date range may span at most ${MAX_RANGE_YEARS} years`,
    );
  }
  return { ok: true, period: range(from, to) };
}

/** checkPeriodLabel, for callers that need no reason. */
export function parsePeriodLabel(label: unknown): Period | null {
  const r = checkPeriodLabel(label);
  return r.ok ? r.period : null;
}

/** checkDateRange, for callers that need no reason. */
export function dateRange(from: unknown, to: unknown): Period | null {
  const r = checkDateRange(from, to);
  return r.ok ? r.period : null;
}

export type Granularity = "month" | "quarter";

/** The month or quarter a local date falls in, as a period label (`2026-07`, `2026-Q3`). */
export function bucketOf(date: string, granularity: Granularity): string {
  const month = +date.slice(5, 7);
  return granularity === "month" ? date.slice(0, 7) : `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/**
 * Every month or quarter label that overlaps the period, in order, so a trend shows its gaps. Periods
 * come checked; the bound is a second line of defence, so no input can make this loop run away.
 */
export function bucketsOf(period: Pick<Period, "from" | "to">, granularity: Granularity): string[] {
  const monthIndex = (date: string) => +date.slice(0, 4) * 12 + +date.slice(5, 7) - 1;
  const first = monthIndex(period.from);
  const last = monthIndex(period.to);
  // NaN fails both comparisons: an unreadable date is refused too.
  if (!(last >= first && last - first < MAX_PERIOD_MONTHS)) {
    throw new RangeError(`Not a checked period: ${period.from.slice(0, 10)}..${period.to.slice(0, 10)}`);
  }
  const out: string[] = [];
  for (let i = first; i <= last; i++) {
    const label = bucketOf(iso(Math.floor(i / 12), (i % 12) + 1, 1), granularity);
    if (out.at(-1) !== label) out.push(label);
  }
  return out;
}

/** The same calendar day `months` months earlier, clamped to the month's end (31 May − 3 → 28/29 Feb). */
export function monthsBefore(date: string, months: number): string {
  const total = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) - months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return iso(y, m, Math.min(+date.slice(8, 10), daysInMonth(y, m)));
}

/**
 * The period just before: last year, the semester/quarter/month before, or the same number of days
 * before a range. It may fall before the window (2000's is 1999): it is derived, never asked for.
 */
export function previousPeriod(p: Period): Period {
  const m = /^(\d{4})(?:-(S|Q)?(\d{1,2}))?$/.exec(p.label);
  if (m) {
    const y = +m[1]!;
    if (!m[3]) return labelSpan(pad(y - 1, 4))!;
    const n = +m[3];
    const per = m[2] === "S" ? 2 : m[2] === "Q" ? 4 : 12;
    const [py, pn] = n === 1 ? [y - 1, per] : [y, n - 1];
    return labelSpan(m[2] ? `${pad(py, 4)}-${m[2]}${pn}` : `${pad(py, 4)}-${pad(pn)}`)!;
  }
  const shift = (date: string, days: number) =>
    new Date((dayNumber(date) + days) * 86400000).toISOString().slice(0, 10);
  return range(shift(p.from, -p.days), shift(p.from, -1));
}
