import type { Lang } from "../i18n";
import { ziText } from "../text-zi";
import { periodName, PublicationForm } from "./ZiPublicationForm";

export type LoggedChannel = {
  id: string;
  period: string;
  channel: string;
  online: boolean;
  publishedOn: string;
  reference: string;
};

const GRADES = ["A", "B", "C", "D", "E"];

/** The grade A–E a unit enters for the year (admins and managers; viewers see it in the hasil table). */
export function CapaianForm(p: {
  lang: Lang;
  action: string;
  csrf: string;
  year: number;
  canEdit: boolean;
  grade: string | null;
}) {
  const t = ziText[p.lang];
  if (!p.canEdit) return null;
  return (
    <section id="capaian" class="noprint">
      <h2>{t.capaianHeading}</h2>
      <form method="post" action={p.action} class="box">
        <input type="hidden" name="_csrf" value={p.csrf} />
        <input type="hidden" name="year" value={String(p.year)} />
        <p class="hint">{t.capaianHint}</p>
        <label class="field" for="grade">
          {t.grade} ({p.year})
        </label>
        <select id="grade" name="grade" required>
          <option value="" selected={p.grade === null}>
            {t.notEntered}
          </option>
          {GRADES.map((g) => (
            <option key={g} value={g} selected={g === p.grade}>
              {g}
            </option>
          ))}
        </select>
        <button type="submit" class="small">
          {t.save}
        </button>
      </form>
    </section>
  );
}

/** A stored reference: a link only when it is a web address (the action refused every other scheme). */
function Reference({ text }: { text: string }) {
  return isWebLink(text) ? (
    <a href={text} rel="noopener noreferrer nofollow" class="ref">
      {text}
    </a>
  ) : (
    <span class="ref">{text}</span>
  );
}

function isWebLink(text: string): boolean {
  try {
    return /^https?:\/\//i.test(text) && ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

export type LogProps = {
  lang: Lang;
  action: string;
  csrf: string;
  year: number;
  canEdit: boolean;
  unitCode: string;
  channels: LoggedChannel[];
  publishedPeriods: string[];
  channelChoices: string[];
  today: string;
};

/** The year's publication log: the public page (automatic), the channels recorded, and a form to record one. */
export function PublicationLog(p: LogProps) {
  const t = ziText[p.lang];
  const publicRows = p.publishedPeriods.map((period) => (
    <tr key={`p-${period}`}>
      <td>–</td>
      <td>{periodName(t, period)}</td>
      <td>{t.channelNames.public_page}</td>
      <td>{t.online}</td>
      <td>
        <a href={`/p/${p.unitCode}`}>/p/{p.unitCode}</a>
      </td>
    </tr>
  ));
  return (
    <section id="publication">
      <h2>{t.logHeading}</h2>
      <p class="hint">{t.logHint}</p>
      {p.channels.length + p.publishedPeriods.length === 0 ? (
        <p>{t.noLog}</p>
      ) : (
        <table class="zi">
          <thead>
            <tr>
              {[t.date, t.period, t.channel, t.mode, t.referenceShort].map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {publicRows}
            {p.channels.map((c) => (
              <tr key={c.id}>
                <td>{c.publishedOn}</td>
                <td>{periodName(t, c.period)}</td>
                <td>{t.channelNames[c.channel] ?? c.channel}</td>
                <td>{c.online ? t.online : t.offline}</td>
                <td>
                  <Reference text={c.reference} />
                  {p.canEdit ? (
                    <form method="post" action={`${p.action}/${c.id}/delete`} class="inline">
                      <input type="hidden" name="_csrf" value={p.csrf} />{" "}
                      <button type="submit" class="link">
                        {t.remove}
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.canEdit ? <PublicationForm {...p} /> : null}
    </section>
  );
}
