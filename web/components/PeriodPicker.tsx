import { adminText } from "../admin-text";
import type { Lang } from "../i18n";
import { readableText } from "../text-readable";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Two GET forms that need no script: year and part of the year (the kind is the option group:
 * semester, triwulan, month) on one line, and a date range behind a disclosure. They send
 * `year=&part=` or `from=&to=`; the server checks the period they make like any typed one.
 */
export function PeriodPicker({
  lang,
  action,
  period,
  from,
  to,
  options,
}: {
  lang: Lang;
  action: string;
  period: string;
  from?: string;
  to?: string;
  /** The years offered (value = "2026"); the shown period's year is added when it is not among them. */
  options: { value: string; label: string }[];
}) {
  const t = adminText[lang];
  const r = readableText[lang];
  const year = (from ?? period).slice(0, 4);
  const part = from ? "Y" : period.slice(5) || "Y";
  const years = options.map((o) => o.value).filter((v) => /^\d{4}$/.test(v));
  if (/^\d{4}$/.test(year) && !years.includes(year)) years.push(year);
  const option = (value: string, label: string) => (
    <option key={value} value={value} selected={part === value}>
      {label}
    </option>
  );
  return (
    <div class="picker box">
      <form method="get" action={action} class="pick">
        <label for="pick-year">{r.year}</label>
        <select id="pick-year" name="year">
          {years.map((y) => (
            <option key={y} value={y} selected={y === year}>
              {y}
            </option>
          ))}
        </select>
        <label for="pick-part">{r.part}</label>
        <select id="pick-part" name="part">
          {option("Y", r.fullYear)}
          <optgroup label={r.semesters}>{[1, 2].map((n) => option(`S${n}`, r.semester(n)))}</optgroup>
          <optgroup label={r.quarters}>{[1, 2, 3, 4].map((n) => option(`Q${n}`, r.quarter(n)))}</optgroup>
          <optgroup label={r.months}>{r.monthNames.map((m, i) => option(pad(i + 1), m))}</optgroup>
        </select>
        <button type="submit" class="small">
          {t.show}
        </button>
      </form>
      <details open={Boolean(from)}>
        <summary>{t.periodKinds.range}</summary>
        <form method="get" action={action} class="pick">
          <label for="pick-from">{t.rangeFrom}</label>
          <input class="text" type="date" id="pick-from" name="from" value={from ?? ""} required />
          <label for="pick-to">{t.rangeTo}</label>
          <input class="text" type="date" id="pick-to" name="to" value={to ?? ""} required />
          <button type="submit" class="small">
            {t.show}
          </button>
        </form>
      </details>
    </div>
  );
}
