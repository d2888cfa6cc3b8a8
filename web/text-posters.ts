import type { Lang } from "./i18n";

/** The poster's words: for citizens at the counter, so always Indonesian. */
export const POSTER_ID = {
  heading: "Nilai layanan kami",
  steps: ["Pindai kode QR", "Jawab ± 3 menit", "Tanpa nama, tanpa data pribadi"],
  noScan: "Tidak bisa memindai? Buka alamat ini:",
  thanks: "Terima kasih! Penilaian Anda membantu kami memperbaiki layanan.",
  cardScan: "Pindai untuk menilai layanan · ± 3 menit · tanpa nama",
  printHint: "Cetak di kertas A4, skala 100% (Ctrl+P). Bagian ini tidak ikut tercetak.",
  cardsHint: (n: number) =>
    `${n} kartu, 8 per halaman A4: potong di garis putus-putus. Titik layanan yang ditutup tidak dicetak.`,
  noCards: "Belum ada titik layanan yang aktif.",
};

/** The operator's words on the touchpoints page and the printable pages. */
const ID = {
  cardsLink: "Kartu meja (8 kode QR per A4)",
  qrUnset: (url: string) =>
    `PUBLIC_URL belum diatur: kode QR memakai alamat tempat halaman ini dibuka (${url}). Bila warga membuka survei lewat alamat lain, atur PUBLIC_URL ke alamat publik server sebelum mencetak.`,
  qrLoopback: (url: string) =>
    `Kode QR menunjuk ke ${url}, alamat yang hanya bisa dibuka di komputer server, bukan di ponsel warga. Atur PUBLIC_URL ke alamat publik server (mis. https://survei.instansi.go.id) sebelum mencetak.`,
};

const EN: typeof ID = {
  cardsLink: "Table cards (8 QR codes per A4)",
  qrUnset: (url: string) =>
    `PUBLIC_URL is not set: QR codes use the address this page was opened at (${url}). If citizens reach the survey under another address, set PUBLIC_URL to the server's public address before printing.`,
  qrLoopback: (url: string) =>
    `QR codes point at ${url}, an address only the server's own computer can open, not a citizen's phone. Set PUBLIC_URL to the server's public address (e.g. https://survei.instansi.go.id) before printing.`,
};

export const posterText: Record<Lang, typeof ID> = { id: ID, en: EN };
