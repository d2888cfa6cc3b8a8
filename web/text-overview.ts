import { idNumber } from "./report-format";
import type { Lang } from "./i18n";

/** The leaders' overview (tree, ranking, flags, export), Bahasa Indonesia first. */
const ID = {
  viewTree: "Pohon unit",
  viewRanking: "Peringkat",
  views: "Tampilan",
  unit: "Unit",
  respondents: "Responden",
  ownUnit: "Unit ini",
  combined: "Gabungan (unit ini dan unit di bawahnya)",
  combinedShort: "Gabungan",
  noneBelow: "tidak ada unit di bawahnya",
  trend: "Tren IKM gabungan per bulan",
  weakest: "Unsur terlemah",
  level: (n: number) => `tingkat ${n}`,
  minimum: (n: number) => `minimal ${n}`,
  noPopulation: "populasi belum diisi",
  notCollecting: "tidak mengumpulkan jawaban sendiri (tanpa titik layanan)",
  flagNoSurvey: "Belum ada survei triwulan ini",
  flagBelowSample: "Sampel di bawah minimum",
  flaggedBelow: (n: number) => `${n} unit di bawahnya bertanda`,
  filter: "Tampilkan",
  filterAll: "Semua unit",
  filterAny: "Hanya unit bertanda",
  apply: "Terapkan",
  download: "Unduh",
  noUnits: "Tidak ada unit dalam cakupan Anda.",
  noMatch: "Tidak ada unit yang bertanda untuk pilihan ini.",
  rankBy: "Urutkan menurut",
  rank: "Peringkat",
  tiedHint: "= nilai sama (dibulatkan dua desimal) dengan unit lain: peringkatnya sama",
  interval: "Selang 95%",
  grade: "Mutu",
  unranked: "Belum diperingkat: data belum cukup",
  unrankedHint: (min: number) =>
    `Unit dengan kurang dari ${min} responden untuk indeks ini tidak diberi peringkat; nilainya ditampilkan apa adanya.`,
  noneRanked: "Belum ada unit dengan responden yang cukup untuk diperingkat.",
  legend: "Cara membaca",
  legendItems: (quarter: string, min: number) => [
    `Belum ada survei triwulan ini: tidak ada satu pun jawaban pada ${quarter} (sampai hari ini), apa pun periode yang ditampilkan.`,
    "Sampel di bawah minimum: responden pada periode ini kurang dari jumlah minimal Krejcie–Morgan untuk populasi unit (dasar sampel sama dengan halaman unit). Tanpa populasi, tanda ini tidak dapat dinilai.",
    `Mutu (A–D) dan predikat WBK/WBBM baru ditampilkan mulai ${min} responden; di bawahnya tertulis "data belum cukup".`,
    "Gabungan: jawaban unit ini ditambah semua unit di bawahnya, dihitung ulang dari jawaban (bukan rata-rata nilai unit).",
    "Selang 95%: rentang yang memuat nilai sebenarnya dengan keyakinan 95% (distribusi t).",
    "Tren: IKM gabungan per bulan; bulan dengan responden di bawah minimum tidak digambar.",
  ],
};

const EN: typeof ID = {
  viewTree: "Unit tree",
  viewRanking: "Ranking",
  views: "View",
  unit: "Unit",
  respondents: "Respondents",
  ownUnit: "This unit",
  combined: "Combined (this unit and every unit below it)",
  combinedShort: "Combined",
  noneBelow: "no unit below it",
  trend: "Combined IKM per month",
  weakest: "Weakest unsur",
  level: (n) => `level ${n}`,
  minimum: (n) => `required ${n}`,
  noPopulation: "population not set",
  notCollecting: "collects no answers itself (no touchpoint)",
  flagNoSurvey: "No survey this quarter",
  flagBelowSample: "Sample below the minimum",
  flaggedBelow: (n) => `${n} units below it flagged`,
  filter: "Show",
  filterAll: "All units",
  filterAny: "Flagged units only",
  apply: "Apply",
  download: "Download",
  noUnits: "No unit in your scope.",
  noMatch: "No unit is flagged for this choice.",
  rankBy: "Rank by",
  rank: "Rank",
  tiedHint: "= same value (rounded to two decimals) as another unit: same rank",
  interval: "95% interval",
  grade: "Grade",
  unranked: "Not ranked: not enough data",
  unrankedHint: (min) =>
    `Units with fewer than ${min} respondents for this index are not ranked; their value is shown as it is.`,
  noneRanked: "No unit has enough respondents to be ranked yet.",
  legend: "How to read this",
  legendItems: (quarter, min) => [
    `No survey this quarter: not a single answer in ${quarter} (up to today), whatever period is shown.`,
    "Sample below the minimum: fewer respondents in this period than the Krejcie–Morgan minimum for the unit's population (same sample basis as the unit page). Without a population this cannot be judged.",
    `Grades (A–D) and WBK/WBBM verdicts are shown from ${min} respondents; below that it says "not enough data".`,
    "Combined: the answers of this unit and every unit below it, recomputed from the answers (not an average of unit values).",
    "95% interval: the range that holds the true value with 95% confidence (t distribution).",
    "Trend: combined IKM per month; months below the minimum respondents are not drawn.",
  ],
};

export const overviewText: Record<Lang, typeof ID> = { id: ID, en: EN };

/** A number as the page's language writes it: 88,31 and 1.250 on Indonesian pages, 88.31 and 1,250 on English ones. */
export function formatNumber(lang: Lang, v: number, digits = 2): string {
  const id = idNumber(v, digits);
  return lang === "id" ? id : id.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}
