import { MONTHS } from "./format";
import type { Lang } from "./i18n";

/** Wording of the unit page's picker, pagination, bulk triage and chart notes (issue 12, item 5). */
const ID = {
  year: "Tahun",
  part: "Bagian tahun",
  fullYear: "Setahun penuh",
  semesters: "Semester",
  semester: (n: number) => `Semester ${["I", "II"][n - 1]}`,
  quarters: "Triwulan",
  quarter: (n: number) => `Triwulan ${["I", "II", "III", "IV"][n - 1]}`,
  months: "Bulan",
  monthNames: MONTHS.id,
  pageOf: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
  commentCount: (n: string) => `${n} saran`,
  previous: "‹ Sebelumnya",
  next: "Berikutnya ›",
  pages: "Halaman saran",
  select: "Pilih",
  markRead: "Tandai dibaca",
  markFollowedUp: "Tandai ditindaklanjuti",
  bulkHint: "Centang saran, lalu pilih tindakan untuk semuanya sekaligus.",
  thinNote: (min: number) =>
    `○ Bulan dengan kurang dari ${min} responden: nilainya belum dapat dibaca sebagai naik atau turun, jadi tidak dihubungkan garis.`,
  actions: "Tindakan",
  publishJump: "Publikasikan hasil ↓",
};

type ReadableText = typeof ID;

const EN: ReadableText = {
  year: "Year",
  part: "Part of the year",
  fullYear: "Full year",
  semesters: "Half-year",
  semester: (n) => `Half-year ${n}`,
  quarters: "Quarter",
  quarter: (n) => `Quarter ${n}`,
  months: "Month",
  monthNames: MONTHS.en,
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  commentCount: (n) => `${n} comments`,
  previous: "‹ Previous",
  next: "Next ›",
  pages: "Comment pages",
  select: "Select",
  markRead: "Mark read",
  markFollowedUp: "Mark followed up",
  bulkHint: "Tick comments, then choose an action for all of them at once.",
  thinNote: (min) =>
    `○ Months with fewer than ${min} respondents: too few to read as a rise or a drop, so not joined by the line.`,
  actions: "Actions",
  publishJump: "Publish results ↓",
};

export const readableText: Record<Lang, ReadableText> = { id: ID, en: EN };
