import type { Lang } from "../i18n";
import { ziText, type ZiText } from "../text-zi";

/** "2026-Q3" as the page's language names it; other labels as they are. */
export function periodName(t: ZiText, label: string): string {
  const m = /^(\d{4})(?:-([SQ])([1-4]))?$/.exec(label);
  if (!m) return label;
  const y = Number(m[1]);
  if (!m[2]) return t.wholeYear(y);
  return m[2] === "S" ? t.semester(y, Number(m[3])) : t.quarter(y, Number(m[3]));
}

/** Records one channel: the period whose results were published, the channel, the date and the proof. */
export function PublicationForm(p: {
  lang: Lang;
  action: string;
  csrf: string;
  year: number;
  channelChoices: string[];
  today: string;
}) {
  const t = ziText[p.lang];
  const y = p.year;
  const periods = [`${y}`, `${y}-S1`, `${y}-S2`, ...[1, 2, 3, 4].map((q) => `${y}-Q${q}`)];
  return (
    <form method="post" action={p.action} class="box">
      <input type="hidden" name="_csrf" value={p.csrf} />
      <h3>{t.addLog}</h3>
      <label class="field" for="pub-period">
        {t.period}
      </label>
      <select id="pub-period" name="period">
        {periods.map((v) => (
          <option key={v} value={v}>
            {periodName(t, v)}
          </option>
        ))}
      </select>
      <label class="field" for="pub-channel">
        {t.channel}
      </label>
      <select id="pub-channel" name="channel">
        {p.channelChoices.map((c) => (
          <option key={c} value={c}>
            {t.channelNames[c] ?? c}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t.otherMode}</legend>
        <label>
          <input type="radio" name="online" value="1" /> {t.online}
        </label>{" "}
        <label>
          <input type="radio" name="online" value="0" /> {t.offline}
        </label>
      </fieldset>
      <label class="field" for="pub-date">
        {t.date}
      </label>
      <input class="text" type="date" id="pub-date" name="publishedOn" max={p.today} required />
      <label class="field" for="pub-ref">
        {t.reference}
      </label>
      <input class="text" type="text" id="pub-ref" name="reference" maxLength={500} required />
      <button type="submit" class="small">
        {t.save}
      </button>
    </form>
  );
}
