import type { Lang } from "./i18n";

/** The Evaluasi ZI page's wording (worksheet numbers, LKE SKM items, PEKPPP, capaian, publication log). */
const ID = {
  title: "Evaluasi ZI",
  link: "Evaluasi ZI (data dukung)",
  backToUnit: "Kembali ke halaman unit",
  year: "Tahun",
  show: "Tampilkan",
  print: "Cetak / Simpan PDF",
  intro: (unit: string, year: number) =>
    `Ringkasan data dukung komponen hasil Zona Integritas ${unit}, tahun ${year}, dihitung dari data platform ini.`,
  saved: "Tersimpan.",

  hasilHeading: "Komponen hasil (LKE, PermenPAN-RB 90/2021)",
  component: "Komponen",
  basis: "Dihitung dari",
  value: "Nilai",
  weight: "Bobot",
  minWbk: "Minimal WBK",
  minWbbm: "Minimal WBBM",
  ipak: "IPAK (Indeks Persepsi Anti Korupsi)",
  ipkp: "IPKP (Indeks Persepsi Kualitas Pelayanan)",
  capaian: "Capaian kinerja",
  bersih: "Subtotal birokrasi bersih dan akuntabel (IPAK + capaian kinerja)",
  hasil: "Total komponen hasil",
  indexBasis: (n: number, index4: string) => `${n} responden; indeks 0–4: ${index4}`,
  insufficient: (n: number, min: number) => `data belum cukup: ${n} responden, minimal ${min}`,
  gradeBasis: (grade: string) => `nilai ${grade} diisi unit`,
  notEntered: "belum diisi",
  bersihBasis: "IPAK + capaian kinerja",
  hasilBasis: "IPAK + capaian kinerja + IPKP",
  roundingNote:
    "Indeks 0–4 dibulatkan setengah ke atas pada 2 desimal (3,595 menjadi 3,60) sebelum nilai LKE dihitung dan sebelum dibandingkan dengan nilai minimal.",
  verdictLine: (predicate: string, verdict: string) => `${predicate}: ${verdict}`,
  failingRows: "baris yang belum memenuhi:",
  rowNames: {
    ipak: "IPAK",
    ipkp: "IPKP",
    capaian: "capaian kinerja",
    bersihAkuntabel: "subtotal bersih dan akuntabel",
  },

  skmHeading: "Butir LKE terkait SKM",
  item: "Butir",
  frequency: "Frekuensi SKM dalam setahun",
  frequencyBasis: (periods: number, min: number) =>
    `${periods} triwulan dengan hasil (minimal ${min} responden SKM per triwulan):`,
  quarterName: (label: string) => `TW ${["I", "II", "III", "IV"][Number(label.slice(-1)) - 1]}`,
  respondentsShort: (n: number) => `${n} resp.`,
  noResults: "belum cukup",
  publication: "Publikasi hasil SKM",
  publicationBasis: (online: boolean, offline: boolean, channels: number) =>
    `daring: ${online ? "ya" : "tidak"}; luring: ${offline ? "ya" : "tidak"}; ${channels} media`,
  followUp: "Tindak lanjut hasil SKM",
  followUpBasis: (done: number, planned: number) =>
    planned === 0 ? "belum ada rencana tindak lanjut" : `${done} dari ${planned} rencana tindak lanjut selesai`,

  pekpppHeading: "Indikator SKM pada PEKPPP (PermenPAN-RB 29/2022)",
  indicator: "Indikator",
  score05: "Nilai (0–5)",
  implementation: "Pelaksanaan SKM",
  stages: {
    none: "belum ada jawaban SKM",
    collected: "ada jawaban, tetapi belum ada triwulan dengan responden cukup",
    done: "SKM dilaksanakan sesuai ketentuan",
    published: "hasil dipublikasikan",
    published_online_offline: "dipublikasikan daring dan luring",
    followed_up: "dipublikasikan daring dan luring serta ditindaklanjuti",
  } as Record<string, string>,
  channels: "Jumlah media publikasi",
  channelsBasis: (n: number) => `${n} media (lebih dari 4 = nilai 5)`,
  completion: "Penyelesaian rencana tindak lanjut",
  completionBasis: (done: number, planned: number, share: string, report: boolean) =>
    planned === 0
      ? "belum ada rencana tindak lanjut"
      : `${done} dari ${planned} selesai (${share}%); laporan pelaksanaan: ${report ? "ada" : "belum lengkap"}`,
  speed: "Kecepatan tindak lanjut",
  speedBasis: (months: number | null, planned: number) =>
    planned === 0
      ? "belum ada rencana tindak lanjut"
      : months === null
        ? "belum semua selesai dengan tanggal selesai tercatat"
        : `semua selesai dalam ${months} bulan sejak akhir periode SKM`,

  capaianHeading: "Capaian kinerja",
  capaianHint: "Diisi unit per tahun: A = 5, B = 3,75, C = 2,5, D = 1,25, E = 0 poin dari 5.",
  grade: "Nilai",
  save: "Simpan",

  logHeading: "Log publikasi",
  logHint:
    "Halaman publik dan data terbuka terhitung media daring dengan sendirinya setelah hasil periode tahun ini dipublikasikan. Catat media lain di sini.",
  date: "Tanggal",
  period: "Periode hasil",
  channel: "Media",
  mode: "Daring/luring",
  online: "daring",
  offline: "luring",
  reference: "Bukti (tautan http/https atau keterangan foto)",
  referenceShort: "Bukti",
  channelNames: {
    poster: "Poster di papan pengumuman",
    leaflet: "Leaflet/brosur cetak",
    social_media: "Media sosial",
    website: "Situs web",
    other: "Lainnya",
    public_page: "Halaman publik ZI Survei (otomatis)",
  } as Record<string, string>,
  otherMode: "Untuk media lainnya:",
  noLog: "Belum ada publikasi tercatat untuk tahun ini.",
  addLog: "Catat publikasi",
  remove: "Hapus",
  wholeYear: (y: number) => `Tahun ${y}`,
  semester: (y: number, s: number) => `Semester ${s} ${y}`,
  quarter: (y: number, q: number) => `Triwulan ${["I", "II", "III", "IV"][q - 1]} ${y}`,
  formula: "Versi rumus",
};

export type ZiText = typeof ID;

const EN: ZiText = {
  title: "ZI evaluation",
  link: "ZI evaluation (supporting data)",
  backToUnit: "Back to the unit page",
  year: "Year",
  show: "Show",
  print: "Print / Save as PDF",
  intro: (unit, year) =>
    `Supporting data for the Zona Integritas results component of ${unit}, year ${year}, computed from this platform's data.`,
  saved: "Saved.",

  hasilHeading: "Results component (LKE, PermenPAN-RB 90/2021)",
  component: "Component",
  basis: "Computed from",
  value: "Value",
  weight: "Weight",
  minWbk: "WBK minimum",
  minWbbm: "WBBM minimum",
  ipak: "IPAK (anti-corruption perception index)",
  ipkp: "IPKP (service quality perception index)",
  capaian: "Performance achievement (capaian kinerja)",
  bersih: "Clean and accountable subtotal (IPAK + performance achievement)",
  hasil: "Results component total",
  indexBasis: (n, index4) => `${n} respondents; 0–4 index: ${index4}`,
  insufficient: (n, min) => `insufficient data: ${n} respondents, minimum ${min}`,
  gradeBasis: (grade) => `grade ${grade} entered by the unit`,
  notEntered: "not entered",
  bersihBasis: "IPAK + performance achievement",
  hasilBasis: "IPAK + performance achievement + IPKP",
  roundingNote:
    "The 0–4 index is rounded half up to 2 decimals (3.595 becomes 3.60) before the LKE value is computed and before any comparison with a minimum.",
  verdictLine: (predicate, verdict) => `${predicate}: ${verdict}`,
  failingRows: "rows short of the minimum:",
  rowNames: {
    ipak: "IPAK",
    ipkp: "IPKP",
    capaian: "performance achievement",
    bersihAkuntabel: "clean and accountable subtotal",
  },

  skmHeading: "LKE items on the SKM",
  item: "Item",
  frequency: "SKM frequency in the year",
  frequencyBasis: (periods, min) => `${periods} quarters with results (at least ${min} SKM respondents per quarter):`,
  quarterName: (label) => `Q${label.slice(-1)}`,
  respondentsShort: (n) => `${n} resp.`,
  noResults: "too few",
  publication: "Publication of the SKM results",
  publicationBasis: (online, offline, channels) =>
    `online: ${online ? "yes" : "no"}; offline: ${offline ? "yes" : "no"}; ${channels} channels`,
  followUp: "Follow-up of the SKM results",
  followUpBasis: (done, planned) => (planned === 0 ? "no follow-up plan yet" : `${done} of ${planned} follow-ups done`),

  pekpppHeading: "SKM indicators of PEKPPP (PermenPAN-RB 29/2022)",
  indicator: "Indicator",
  score05: "Score (0–5)",
  implementation: "SKM carried out",
  stages: {
    none: "no SKM answers yet",
    collected: "answers, but no quarter with enough respondents",
    done: "SKM carried out per the regulation",
    published: "results published",
    published_online_offline: "published online and offline",
    followed_up: "published online and offline, and followed up",
  },
  channels: "Number of publication channels",
  channelsBasis: (n) => `${n} channels (more than 4 = score 5)`,
  completion: "Completion of the follow-up plan",
  completionBasis: (done, planned, share, report) =>
    planned === 0
      ? "no follow-up plan yet"
      : `${done} of ${planned} done (${share}%); implementation report: ${report ? "yes" : "incomplete"}`,
  speed: "Speed of follow-up",
  speedBasis: (months, planned) =>
    planned === 0
      ? "no follow-up plan yet"
      : months === null
        ? "not all done with a completion date"
        : `all done within ${months} months of the period's end`,

  capaianHeading: "Performance achievement",
  capaianHint: "Entered by the unit each year: A = 5, B = 3.75, C = 2.5, D = 1.25, E = 0 points of 5.",
  grade: "Grade",
  save: "Save",

  logHeading: "Publication log",
  logHint:
    "The public page and its open data count as an online channel by themselves once a period of this year is published. Record other channels here.",
  date: "Date",
  period: "Results of period",
  channel: "Channel",
  mode: "Online/offline",
  online: "online",
  offline: "offline",
  reference: "Proof (an http/https link or a photo reference)",
  referenceShort: "Proof",
  channelNames: {
    poster: "Notice board poster",
    leaflet: "Printed leaflet",
    social_media: "Social media",
    website: "Website",
    other: "Other",
    public_page: "ZI Survei public page (automatic)",
  },
  otherMode: "For other channels:",
  noLog: "No publication recorded for this year yet.",
  addLog: "Record a publication",
  remove: "Remove",
  wholeYear: (y) => `Year ${y}`,
  semester: (y, s) => `Semester ${s} ${y}`,
  quarter: (y, q) => `Quarter ${q} ${y}`,
  formula: "Formula version",
};

export const ziText: Record<Lang, ZiText> = { id: ID, en: EN };

/** A number as the page's language writes it: 15,79 in Indonesian, 15.79 in English. */
export const formatNumber = (value: number, lang: Lang, digits = 2) => {
  const text = value.toFixed(digits);
  return lang === "id" ? text.replace(".", ",") : text;
};
