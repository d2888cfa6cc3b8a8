import { adminText } from "../admin-text";
import type { Lang } from "../i18n";

/** A GET form: year, semester, triwulan, month or a date range, in one text field or two dates. */
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
  options: { value: string; label: string }[];
}) {
  const t = adminText[lang];
  return (
    <form method="get" action={action} class="picker box">
      <label class="field" for="period">
        {t.period}
      </label>
      <select id="period" name="period">
        <option value="" selected={Boolean(from)}>
          {t.periodKinds.range} ↓
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={!from && o.value === period}>
            {o.label}
          </option>
        ))}
      </select>
      <details open={Boolean(from)}>
        <summary>{t.periodKinds.range}</summary>
        <label class="field" for="from">
          {t.rangeFrom}
        </label>
        <input class="text" type="date" id="from" name="from" value={from ?? ""} />
        <label class="field" for="to">
          {t.rangeTo}
        </label>
        <input class="text" type="date" id="to" name="to" value={to ?? ""} />
      </details>
      <button type="submit">{t.show}</button>
    </form>
  );
}
