/**
 * The browser's own print dialog (print CSS lays the page out for A4; "Save as PDF" is one of its
 * printers). The one inline script the app allows: its hash is in the Content-Security-Policy (app.ts),
 * so the handler runs while every other inline script stays blocked.
 */
export const PRINT_ONCLICK = "window.print()";
/** `'sha256-…'` of PRINT_ONCLICK, for script-src with 'unsafe-hashes' (test/print-button.test.ts checks it). */
export const PRINT_ONCLICK_HASH = "'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='";

export function PrintButton({ label }: { label: string }) {
  return (
    <p class="noprint">
      <button type="button" class="small" {...{ onclick: PRINT_ONCLICK }}>
        {label}
      </button>
    </p>
  );
}
