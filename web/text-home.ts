import type { Lang } from "./i18n";

/** The home page `/`: the front door for citizens (published results) and staff (sign-in). */
const ID = {
  title: "ZI Survei",
  subheading: "Survei kepuasan dan persepsi layanan publik",
  rateTitle: "Ingin menilai sebuah layanan?",
  rate: "Untuk menilai, pindai kode QR di loket layanan tersebut. Survei tanpa nama, hanya sekitar 3 menit.",
  resultsTitle: "Hasil survei yang dipublikasikan",
  noResults: "Belum ada unit yang mempublikasikan hasil survei.",
  allResults: "Lihat semua hasil",
  staffTitle: "Untuk petugas",
  signIn: "Masuk ke dasbor",
  otherLang: "English",
  otherLangHref: "/?lang=en",
};

const EN: typeof ID = {
  title: "ZI Survei",
  subheading: "Public service satisfaction and perception surveys",
  rateTitle: "Want to rate a service?",
  rate: "Scan the QR code at its service desk. The survey is anonymous and takes about 3 minutes.",
  resultsTitle: "Published survey results",
  noResults: "No unit has published survey results yet.",
  allResults: "See all results",
  staffTitle: "For staff",
  signIn: "Sign in to the dashboard",
  otherLang: "Bahasa Indonesia",
  otherLangHref: "/?lang=id",
};

export const homeText: Record<Lang, typeof ID> = { id: ID, en: EN };
