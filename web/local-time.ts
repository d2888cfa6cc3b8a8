import { SHORT_MONTHS } from "./format";

const ZONE_NAMES: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

/**
 * A moment as an Indonesian office reads it: "1 Des 2026 10.05 WIB" (English "1 Dec 2026 10:05 WIB"),
 * in the organization's zone. Built from parts: runtimes differ in what their locale data prints.
 */
export function localTime(at: number, timeZone: string, lang: "id" | "en"): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(at * 1000));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  const month = SHORT_MONTHS[lang][Number(p.month) - 1];
  const clock = `${p.hour}${lang === "id" ? "." : ":"}${p.minute}`;
  return `${Number(p.day)} ${month} ${p.year} ${clock} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}
