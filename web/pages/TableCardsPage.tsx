import { A4Document } from "../components/A4Document";
import { POSTER_ID } from "../text-posters";

export type TableCard = { code: string; label: string; serviceName: string | null; qrSvg: string; url: string };

/** Eight cards fill an A4 sheet: two columns of four, each about 93 × 68 mm, cut along the dashed lines. */
const PER_SHEET = 8;

/** Small QR cards for counters and tables, every open touchpoint of a unit, a page break every eight. */
export function TableCardsPage(p: { cssHref: string; unitName: string; cards: TableCard[]; warning: string | null }) {
  const t = POSTER_ID;
  const sheets: TableCard[][] = [];
  for (let i = 0; i < p.cards.length; i += PER_SHEET) sheets.push(p.cards.slice(i, i + PER_SHEET));
  const hint = p.cards.length ? t.cardsHint(p.cards.length) : t.noCards;
  return (
    <A4Document cssHref={p.cssHref} title={`Kartu QR · ${p.unitName}`} warning={p.warning} hint={hint}>
      <main class="a4-cards">
        {sheets.map((sheet, i) => (
          <section key={i} class="a4-sheet">
            {sheet.map((card) => (
              <article key={card.code} class="a4-card">
                <div class="a4-card-qr" dangerouslySetInnerHTML={{ __html: card.qrSvg }} />
                <div class="a4-card-text">
                  <p class="a4-card-label">{card.label}</p>
                  {card.serviceName ? <p class="a4-card-service">{card.serviceName}</p> : null}
                  <p class="a4-card-unit">{p.unitName}</p>
                  <p class="a4-card-scan">{t.cardScan}</p>
                  <p class="a4-card-url">{card.url}</p>
                </div>
              </article>
            ))}
          </section>
        ))}
      </main>
    </A4Document>
  );
}
