/**
 * How the laporan SKM writes numbers, dates and periods: Indonesian conventions (88,31; 1.250;
 * "1 Desember 2026"; "Triwulan III 2026"), and the labels that stand for stored codes.
 */
import { formatNumber, MONTHS as MONTH_NAMES } from "./format";
import { texts } from "./i18n";

const MONTHS = MONTH_NAMES.id;
const ROMAN = ["I", "II", "III", "IV"];

/** A number with a decimal comma and dots between thousands: 88,31 · 1.250 · −0,50. */
export const idNumber = (value: number, digits = 2): string => formatNumber(value, "id", digits);

/** A share as a percentage with one decimal: 0.375 → "37,5%". */
export const idPercent = (share: number) => `${idNumber(share * 100, 1)}%`;

/** YYYY-MM-DD in words: "1 Desember 2026". Anything else is returned as it is. */
export function idDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || +m[2]! < 1 || +m[2]! > 12) return date;
  return `${+m[3]!} ${MONTHS[+m[2]! - 1]} ${m[1]}`;
}

/** A period label in words: 2026 → "Tahun 2026", 2026-S1 → "Semester I 2026", 2026-Q3 → "Triwulan III 2026". */
export function idPeriod(label: string): string {
  const m = /^(\d{4})(?:-(S|Q)?(\d{1,2}))?$/.exec(label);
  if (m && !m[3]) return `Tahun ${m[1]}`;
  if (m && m[2] === "S") return `Semester ${ROMAN[+m[3]! - 1]} ${m[1]}`;
  if (m && m[2] === "Q") return `Triwulan ${ROMAN[+m[3]! - 1]} ${m[1]}`;
  if (m) return `${MONTHS[+m[3]! - 1]} ${m[1]}`;
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
  return range ? `${idDate(range[1]!)} s.d. ${idDate(range[2]!)}` : label;
}

/** A month of the year in words: 7 → "Juli". */
export const idMonth = (month: number) => MONTHS[month - 1] ?? String(month);

/** The quarter of an RTL row as the template writes it: 3 → "TW III". */
export const quarterWords = (q: number | null) => (q && q >= 1 && q <= 4 ? `TW ${ROMAN[q - 1]}` : null);

/**
 * The label of a profile band. The built-in codes (L, SWASTA, D4-S1 …) have labels; an organization's
 * own bands are already words ("Petani") and are shown as they are.
 */
export function bandLabel(field: string, band: string): string {
  const options = (texts.id.profile as Record<string, { options: Record<string, string> }>)[field]?.options;
  return options?.[band] ?? band;
}

/** The weighting of the nine unsur in words, never the setting's code. */
export function weightingWords(weighting: string): string {
  if (weighting === "0.111") return "bobot 0,111 untuk setiap unsur (cara perhitungan lama)";
  if (weighting === "0.11") return "bobot 0,11 untuk setiap unsur (cara perhitungan lama)";
  return "bobot yang sama, 1/9, untuk setiap unsur";
}

const STATUS_WORDS: Record<string, string> = {
  rencana: "direncanakan",
  berjalan: "sedang berjalan",
  selesai: "selesai",
};

/** Status of an RTL row in words. */
export const followUpStatusWords = (status: string) => STATUS_WORDS[status] ?? status;

/** A period label short enough for a chart's axis: "TW III 2026", "Smt I 2026", "2026", "Jul 2026". */
export function idPeriodShort(label: string): string {
  const m = /^(\d{4})(?:-(S|Q)?(\d{1,2}))?$/.exec(label);
  if (m && !m[3]) return m[1]!;
  if (m && m[2] === "S") return `Smt ${ROMAN[+m[3]! - 1]} ${m[1]}`;
  if (m && m[2] === "Q") return `TW ${ROMAN[+m[3]! - 1]} ${m[1]}`;
  if (m) return `${idMonth(+m[3]!).slice(0, 3)} ${m[1]}`;
  return idDate(label.slice(0, 10));
}
