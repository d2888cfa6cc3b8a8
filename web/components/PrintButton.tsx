/**
 * The browser's own print dialog (print CSS lays the page out for A4; "Save as PDF" is one of its
 * printers). `scriptSrc` is the one small script the Content-Security-Policy lets the printable pages load
 * (worker/report-assets.ts); it finds the button by its id.
 */
export function PrintButton({ label, scriptSrc }: { label: string; scriptSrc: string }) {
  return (
    <p class="noprint">
      <button type="button" class="small" id="print">
        {label}
      </button>
      <script src={scriptSrc} defer />
    </p>
  );
}
