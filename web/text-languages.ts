import type { Lang } from "./i18n";

/** The dashboard's language-pack page (an organization's own survey languages). */
const ID = {
  title: "Bahasa survei",
  link: "Bahasa survei",
  intro:
    "Survei tersedia dalam Bahasa Indonesia (bawaan) dan English. Tambahkan bahasa lain (mis. Basa Jawa) dari berkas paket bahasa: unduh templat, terjemahkan setiap teks, lalu unggah. Setiap kunci diperiksa; berkas yang kurang lengkap ditolak dengan nama kuncinya.",
  template: "Unduh templat (Bahasa Indonesia, JSON)",
  templateEn: "templat dari English",
  shipped: "bawaan",
  code: "Kode",
  name: "Nama",
  updated: "Diperbarui",
  remove: "Hapus",
  none: "Belum ada bahasa tambahan.",
  add: "Tambah atau ganti bahasa",
  file: "Berkas paket bahasa (.json)",
  orPaste: "atau tempel isi berkas JSON di sini",
  submit: "Periksa dan simpan",
  added: (name: string) => `${name} tersimpan.`,
  removed: (name: string) => `${name} dihapus.`,
  refused: "Paket bahasa tidak disimpan. Perbaiki hal berikut lalu unggah lagi:",
  noFile: "Pilih berkas atau tempel isinya.",
  notJson: (why: string) => `Isi berkas bukan JSON yang valid (${why}).`,
  tooLarge: (kb: number) => `Berkas lebih dari ${kb} KB: bukan paket bahasa.`,
};

const EN: typeof ID = {
  title: "Survey languages",
  link: "Survey languages",
  intro:
    "The survey comes in Bahasa Indonesia (the default) and English. Add another language (e.g. Basa Jawa) from a language pack file: download the template, translate every text, then upload it. Every key is checked; an incomplete file is refused, naming the keys.",
  template: "Download the template (Bahasa Indonesia, JSON)",
  templateEn: "template from English",
  shipped: "shipped",
  code: "Code",
  name: "Name",
  updated: "Updated",
  remove: "Remove",
  none: "No other languages yet.",
  add: "Add or replace a language",
  file: "Language pack file (.json)",
  orPaste: "or paste the file's JSON here",
  submit: "Check and save",
  added: (name: string) => `${name} saved.`,
  removed: (name: string) => `${name} removed.`,
  refused: "The language pack was not saved. Fix the following, then upload again:",
  noFile: "Choose a file or paste its content.",
  notJson: (why: string) => `The content is not valid JSON (${why}).`,
  tooLarge: (kb: number) => `The file is larger than ${kb} KB: not a language pack.`,
};

export const languagesText: Record<Lang, typeof ID> = { id: ID, en: EN };
