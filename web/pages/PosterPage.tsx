import { A4Document } from "../components/A4Document";
import { POSTER_ID } from "../text-posters";

export type PosterProps = {
  cssHref: string;
  unitName: string;
  orgName: string;
  /** The touchpoint's own name (Loket 1, Loket Prioritas): two posters of one service must differ. */
  label: string;
  serviceName: string | null;
  qrSvg: string;
  url: string;
  /** Why this QR would not reach a phone (PUBLIC_URL unset or local), in the operator's language; never printed. */
  warning: string | null;
};

// Past these lengths the type steps down, so the QR keeps a size a phone scans from a step away.
const LONG_NAME = 60;
const LONG_LABEL = 24;

/**
 * The A4 poster for the service desk, exactly one page: the QR takes whatever height the words leave
 * (a long unit name makes it smaller, never a second page). The QR is inline SVG (no request, sharp at
 * any print size); the short URL under it serves those whose phone does not scan.
 */
export function PosterPage({ cssHref, unitName, orgName, label, serviceName, qrSvg, url, warning }: PosterProps) {
  const t = POSTER_ID;
  return (
    <A4Document cssHref={cssHref} title={`Poster · ${label} · ${unitName}`} warning={warning} hint={t.printHint}>
      <main class="a4-poster">
        <p class="a4-org">{orgName}</p>
        <h1 class={unitName.length > LONG_NAME ? "a4-unit long" : "a4-unit"}>{unitName}</h1>
        <p class="a4-desk">
          <span class={label.length > LONG_LABEL ? "a4-label long" : "a4-label"}>{label}</span>
          {serviceName ? <span class="a4-service">{serviceName}</span> : null}
        </p>
        <h2 class="a4-call">{t.heading}</h2>
        <div class="a4-qr" dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <ol class="a4-steps">
          {t.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p class="a4-url">
          <span>{t.noScan}</span> <strong>{url}</strong>
        </p>
        <p class="a4-thanks">{t.thanks}</p>
      </main>
    </A4Document>
  );
}
