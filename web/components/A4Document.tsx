import type { ComponentChildren } from "preact";
import { QrTargetWarning } from "./QrTargetWarning";

/** A printable A4 page: the operator's screen-only notes (warning, how to print) above the sheets themselves. */
export function A4Document(p: {
  cssHref: string;
  title: string;
  warning: string | null;
  hint: string;
  children: ComponentChildren;
}) {
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>{p.title}</title>
        <link rel="stylesheet" href={p.cssHref} />
      </head>
      <body class="a4">
        <div class="a4-notes noprint">
          <QrTargetWarning warning={p.warning} />
          <p class="hint">{p.hint}</p>
        </div>
        {p.children}
      </body>
    </html>
  );
}
