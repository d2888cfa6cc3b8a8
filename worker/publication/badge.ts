import { escapeXml } from "../xml";

/**
 * The embeddable badge: current IKM and mutu as a self-contained SVG (no fonts, no links out), for a
 * unit's own website. Colours follow the mutu so a glance tells the grade; the text says it anyway.
 */
const COLOURS: Record<string, string> = { A: "#1a7f37", B: "#0b5cad", C: "#b35900", D: "#b00020" };

export function ikmBadge(
  value: { converted: number; grade: string | null; period: string } | null,
  /** Only periods published with a note (running, or a short sample) so far: none of them is a headline. */
  provisional = false,
): string {
  const label = "IKM";
  const text = value
    ? `${value.converted.toFixed(2)}${value.grade ? ` (${value.grade})` : ""} · ${value.period}`
    : provisional
      ? "hasil sementara"
      : "belum dipublikasikan";
  const colour = (value?.grade && COLOURS[value.grade]) || "#555";
  const left = 40;
  const right = Math.ceil(text.length * 6.6) + 16;
  const title = escapeXml(`Indeks Kepuasan Masyarakat: ${text}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + right}" height="22" role="img" aria-label="${title}"><title>${title}</title><rect width="${left}" height="22" fill="#333"/><rect x="${left}" width="${right}" height="22" fill="${colour}"/><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11"><text x="${left / 2}" y="15" text-anchor="middle">${label}</text><text x="${left + right / 2}" y="15" text-anchor="middle">${escapeXml(text)}</text></g></svg>`;
}
