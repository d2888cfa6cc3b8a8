import { Bab4, Bab5 } from "../components/report/Analysis";
import { Appendices } from "../components/report/Appendices";
import { Approval, Cover } from "../components/report/Front";
import { Bab1, Bab2 } from "../components/report/Intro";
import { Bab3 } from "../components/report/Results";
import type { ReportData } from "../components/report/types";

/**
 * The laporan SKM as KemenPAN-RB's template lays it out (cover, pengesahan, BAB I–V, appendices), one
 * document for the screen and for A4 print: the browser's own print makes the PDF.
 */
export function ReportPage({ cssHref, scriptSrc, data: d }: { cssHref: string; scriptSrc: string; data: ReportData }) {
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="formula-version" content={d.formulaVersion} />
        <link rel="icon" href="data:," />
        <title>{`Laporan SKM ${d.unitName} ${d.period.words}`}</title>
        <link rel="stylesheet" href={cssHref} />
        <script src={scriptSrc} defer />
      </head>
      <body class="report">
        <div class="tools no-print">
          <button type="button" id="print">
            Cetak / Simpan PDF
          </button>
        </div>
        <main>
          <Cover d={d} />
          <Approval d={d} />
          <Bab1 d={d} />
          <Bab2 d={d} />
          <Bab3 d={d} />
          <Bab4 d={d} />
          <Bab5 d={d} />
          <Appendices d={d} />
        </main>
      </body>
    </html>
  );
}
