import { adminText } from "./admin-text";

/** Perlu perhatian: the unit's inbox of warning signs, its card on the unit page, and the word list setting. */
export const flagText = {
  id: {
    title: "Perlu perhatian",
    intro:
      "Jawaban yang perlu dilihat segera: ada nilai 1 pada unsur SKM, responden mengaku diarahkan petugas, atau saran memuat kata peringatan.",
    card: (n: string) => `Perlu perhatian: ${n} baru`,
    open: "Buka daftar",
    count: (n: string) => `${n} tanda`,
    none: "Tidak ada tanda perhatian.",
    statusNames: { baru: "Baru", dilihat: "Dilihat", ditangani: "Ditangani", selesai: "Selesai" } as Record<
      string,
      string
    >,
    all: "Semua status",
    subtree: "Termasuk unit di bawahnya",
    show: "Tampilkan",
    skm1: (unsur: string) => `Ada jawaban 1 pada unsur ${unsur}`,
    skm1Unknown: "Ada jawaban 1 pada unsur SKM",
    steered: "Responden diarahkan petugas untuk memberi jawaban baik",
    words: (w: string) => `Komentar menyebut: ${w}`,
    wordsUnknown: "Komentar memuat kata peringatan",
    service: "Layanan",
    unit: "Unit",
    otherUnit: "Tindak lanjuti dari halaman unitnya",
    select: "Pilih",
    bulkHint: "Ubah status tanda yang dicentang sekaligus:",
    mark: { dilihat: "Tandai dilihat", ditangani: "Tandai ditangani", selesai: "Tandai selesai" } as Record<
      string,
      string
    >,
    followUp: "Tindak lanjut",
    noFollowUp: "– belum ditautkan –",
    link: "Tautkan",
    linked: "Ditautkan ke",
    createFollowUp: "Buat tindak lanjut dari tanda ini",
    problemFrom: (reasons: string) => `Perlu perhatian: ${reasons}`,
    refused: "Perubahan ditolak; tidak ada yang diubah.",
    back: "Kembali ke halaman unit",
    wordsTitle: "Kata peringatan (Perlu perhatian)",
    wordsHint:
      "Satu kata atau frasa per baris (2–40 karakter, paling banyak 100). Saran yang memuat salah satunya sebagai kata utuh masuk ke daftar Perlu perhatian unit. Berlaku untuk jawaban berikutnya.",
    wordsSave: "Simpan daftar kata",
    wordsReset: "Kembalikan ke daftar bawaan",
    wordsDefault: (list: string) => `Daftar bawaan: ${list}.`,
    wordsSaved: "Daftar kata peringatan disimpan.",
    wordsEmpty: "isi paling sedikit satu kata",
    wordsTooMany: (max: number) => `paling banyak ${max} kata`,
    wordLength: (line: number) => `baris ${line}: 2–40 karakter`,
  },
  en: {
    title: "Needs attention",
    intro:
      "Answers to look at soon: an SKM answer of 1, a respondent who says staff steered their answers, or feedback with a red-flag word.",
    card: (n: string) => `Needs attention: ${n} new`,
    open: "Open the list",
    count: (n: string) => `${n} flagged`,
    none: "Nothing flagged.",
    statusNames: { baru: "New", dilihat: "Seen", ditangani: "Being handled", selesai: "Closed" } as Record<
      string,
      string
    >,
    all: "Every status",
    subtree: "Include the units below",
    show: "Show",
    skm1: (unsur: string) => `An answer of 1 on ${unsur}`,
    skm1Unknown: "An SKM answer of 1",
    steered: "The respondent says staff steered them to answer well",
    words: (w: string) => `Feedback mentions: ${w}`,
    wordsUnknown: "Feedback holds a red-flag word",
    service: "Service",
    unit: "Unit",
    otherUnit: "Handle it from its own unit's page",
    select: "Select",
    bulkHint: "Change the status of the ticked flags at once:",
    mark: { dilihat: "Mark seen", ditangani: "Mark being handled", selesai: "Mark closed" } as Record<string, string>,
    followUp: "Follow-up",
    noFollowUp: "– not linked –",
    link: "Link",
    linked: "Linked to",
    createFollowUp: "Create a follow-up from this flag",
    problemFrom: (reasons: string) => `Needs attention: ${reasons}`,
    refused: "The change was refused; nothing was changed.",
    back: "Back to the unit page",
    wordsTitle: "Red-flag words (Needs attention)",
    wordsHint:
      "One word or phrase per line (2–40 characters, at most 100). Feedback holding one as a whole word goes to the unit's Needs attention list. Applies to answers from now on.",
    wordsSave: "Save the word list",
    wordsReset: "Reset to the default list",
    wordsDefault: (list: string) => `Default list: ${list}.`,
    wordsSaved: "Red-flag word list saved.",
    wordsEmpty: "enter at least one word",
    wordsTooMany: (max: number) => `at most ${max} words`,
    wordLength: (line: number) => `line ${line}: 2–40 characters`,
  },
} as const;

/**
 * A flag's reasons in words: the unsur answered 1 by name, steering, and the red-flag words its
 * feedback holds (`words` empty: the list changed since, so the reason is named without them).
 */
export function reasonTexts(
  lang: "id" | "en",
  f: { reasons: readonly string[]; ones: readonly string[]; words: readonly string[] },
): string[] {
  const t = flagText[lang];
  const unsur = adminText[lang].unsur;
  return f.reasons.flatMap((r) => {
    if (r === "skm_1") return [f.ones.length ? t.skm1(f.ones.map((k) => unsur[k] ?? k).join(", ")) : t.skm1Unknown];
    if (r === "steered") return [t.steered];
    if (r === "words") return [f.words.length ? t.words(f.words.join(", ")) : t.wordsUnknown];
    return [];
  });
}
