/**
 * Numbers, dates and periods as the page's language writes them: Indonesian pages 88,31 · 1.250 ·
 * "1 Des 2026" · "TW III 2026"; English pages 88.31 · 1,250 · "1 Dec 2026" · "Q3 2026". Pure, no Intl:
 * runtimes differ in what their locale data prints. The laporan SKM's long forms are in report-format.ts.
 */
import type { Lang } from "./i18n";

export const MONTHS: Record<Lang, readonly string[]> = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};
export const SHORT_MONTHS: Record<Lang, readonly string[]> = {
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};
const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  id: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};
const ROMAN = ["I", "II", "III", "IV"];

/** 88,31 / 88.31; thousands grouped (1.250 / 1,250); a minus sign (−) that never reads as a dash. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  // Half up as the grade table reads a value (worker/scoring/ikm.ts round2): 88.305 prints 88,31 and is an A.
  const f = 10 ** digits;
  const fixed = (Math.floor(Math.abs(value) * f + 0.5 + 1e-9) / f).toFixed(digits);
  const [whole, fraction] = fixed.split(".");
  const { decimal, group } = SEPARATORS[lang];
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && Number(fixed) !== 0 ? "−" : "";
  return `${sign}${grouped}${fraction ? `${decimal}${fraction}` : ""}`;
}

/** A share as a percentage: 0.375 → "37,5%" / "37.5%". */
export const formatPercent = (share: number, lang: Lang, digits = 1) => `${formatNumber(share * 100, lang, digits)}%`;

/** YYYY-MM-DD as "1 Des 2026" / "1 Dec 2026". Anything else is returned as it is. */
export function formatDate(date: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || +m[2]! < 1 || +m[2]! > 12) return date;
  return `${+m[3]!} ${SHORT_MONTHS[lang][+m[2]! - 1]} ${m[1]}`;
}

/** A period label, short: 2026 · "Smt I 2026"/"H1 2026" · "TW III 2026"/"Q3 2026" · "Jul 2026" · a range's two dates. */
export function formatPeriod(label: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(S|Q)?(\d{1,2}))?$/.exec(label);
  const n = m?.[3] ? +m[3] : 0;
  if (m && !m[3]) return m[1]!;
  if (m && m[2] === "S" && n >= 1 && n <= 2) return lang === "id" ? `Smt ${ROMAN[n - 1]} ${m[1]}` : `H${n} ${m[1]}`;
  if (m && m[2] === "Q" && n >= 1 && n <= 4) return lang === "id" ? `TW ${ROMAN[n - 1]} ${m[1]}` : `Q${n} ${m[1]}`;
  if (m && !m[2] && n >= 1 && n <= 12) return `${SHORT_MONTHS[lang][n - 1]} ${m[1]}`;
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
  return range ? `${formatDate(range[1]!, lang)} – ${formatDate(range[2]!, lang)}` : label;
}
