/**
 * Reporting periods in a unit's local calendar: a year, semester, quarter (triwulan), month, or any
 * date range. Dates are plain YYYY-MM-DD strings, compared as strings, as the rollups store them.
 */
export type Period = { from: string; to: string; label: string; days: number; yearDays: number };

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isLeap = (y: number) => daysInMonth(y, 2) === 29;
const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86400000;

function span(y: number, firstMonth: number, lastMonth: number, label: string): Period {
  const from = iso(y, firstMonth, 1);
  const to = iso(y, lastMonth, daysInMonth(y, lastMonth));
  return { from, to, label, days: dayNumber(to) - dayNumber(from) + 1, yearDays: isLeap(y) ? 366 : 365 };
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `2026`, `2026-S1`, `2026-Q3`, `2026-07`; null when the text is none of these. */
export function parsePeriodLabel(label: string): Period | null {
  let m = /^(\d{4})$/.exec(label);
  if (m) return span(+m[1]!, 1, 12, label);
  m = /^(\d{4})-S([12])$/.exec(label);
  if (m) return span(+m[1]!, +m[2]! * 6 - 5, +m[2]! * 6, label);
  m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) return span(+m[1]!, +m[2]! * 3 - 2, +m[2]! * 3, label);
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (m) return span(+m[1]!, +m[2]!, +m[2]!, label);
  return null;
}

/** An inclusive date range; its "year" for prorating is the year it starts in. */
export function dateRange(from: string, to: string): Period | null {
  if (!validDate(from) || !validDate(to) || from > to) return null;
  const y = +from.slice(0, 4);
  return { from, to, label: `${from}..${to}`, days: dayNumber(to) - dayNumber(from) + 1, yearDays: isLeap(y) ? 366 : 365 };
}

export type Granularity = "month" | "quarter";

/** The month or quarter a local date falls in, as a period label (`2026-07`, `2026-Q3`). */
export function bucketOf(date: string, granularity: Granularity): string {
  const month = +date.slice(5, 7);
  return granularity === "month" ? date.slice(0, 7) : `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Every month or quarter label that overlaps the period, in order, so a trend shows its gaps. */
export function bucketsOf(period: Pick<Period, "from" | "to">, granularity: Granularity): string[] {
  const out: string[] = [];
  let y = +period.from.slice(0, 4);
  let m = +period.from.slice(5, 7);
  const last = bucketOf(period.to, granularity);
  for (;;) {
    const label = bucketOf(iso(y, m, 1), granularity);
    if (out.at(-1) !== label) out.push(label);
    if (label === last) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** The same calendar day `months` months earlier, clamped to the month's end (31 May − 3 → 28/29 Feb). */
export function monthsBefore(date: string, months: number): string {
  const total = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) - months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return iso(y, m, Math.min(+date.slice(8, 10), daysInMonth(y, m)));
}

/** The period just before: last year, the semester/quarter/month before, or the same number of days before a range. */
export function previousPeriod(p: Period): Period {
  const m = /^(\d{4})(?:-(S|Q)?(\d{1,2}))?$/.exec(p.label);
  if (m) {
    const y = +m[1]!;
    if (!m[3]) return parsePeriodLabel(`${y - 1}`)!;
    const n = +m[3];
    const per = m[2] === "S" ? 2 : m[2] === "Q" ? 4 : 12;
    const [py, pn] = n === 1 ? [y - 1, per] : [y, n - 1];
    return parsePeriodLabel(m[2] ? `${py}-${m[2]}${pn}` : `${py}-${pad(pn)}`)!;
  }
  const shift = (date: string, days: number) => new Date((dayNumber(date) + days) * 86400000).toISOString().slice(0, 10);
  return dateRange(shift(p.from, -p.days), shift(p.from, -1))!;
}
