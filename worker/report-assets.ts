/**
 * The one script the dashboard serves: the "Cetak / Simpan PDF" button of the laporan SKM and of the
 * Evaluasi ZI page calls the browser's own print dialog (print CSS does the layout; no PDF engine). The CSP
 * allows it on those two pages only.
 */
const PRINT_JS = `document.getElementById("print").addEventListener("click",function(){window.print()});`;

// A new file name whenever the script changes, so it can be cached forever (as the stylesheets are).
const version = [...PRINT_JS].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);

export const PRINT_JS_PATH = `/assets/print.${version.toString(36)}.js`;

/** The script's body, and whether a request may run scripts from our origin (the two printable pages only). */
export const printScript = {
  path: PRINT_JS_PATH,
  body: PRINT_JS,
  allowedOn: (path: string) => /^\/admin\/units\/[^/]+\/(report|zi)$/.test(path),
};
