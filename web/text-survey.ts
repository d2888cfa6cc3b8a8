/**
 * The survey page's texts added for a clearer form (issue 11): plain strings only, so they can become
 * language packs. `{name}` placeholders are filled by `fill` (web/i18n.ts).
 */
export const surveyText = {
  id: {
    intro: "Mohon nilai layanan yang baru Anda terima.",
    estimate: "{n} pertanyaan wajib, sekitar {minutes} menit. Bagian terakhir boleh dilewati.",
    section: "Bagian {n} dari {total}",
    closing: "Pertanyaan penutup",
    question: "Pertanyaan {n}",
    optionOf: "{n} dari {max}",
    scaleLow: "sangat tidak setuju",
    scaleHigh: "sangat setuju",
    anchors: "1 = sangat tidak setuju · 6 = sangat setuju",
    // The anti-corruption statements all say "there is no …": the anchors say what each end means.
    negLow: "sangat tidak setuju, berarti ada",
    negHigh: "sangat setuju, berarti memang tidak ada",
    negAnchors: "1 = tidak setuju: hal ini ada · 6 = setuju: memang tidak ada",
    negNote:
      "Setiap pernyataan di bagian ini berbunyi „Tidak ada …”. Pilih 6 bila Anda yakin memang tidak ada, 1 bila Anda melihat atau mengalaminya.",
    improvement: "Apa yang paling perlu diperbaiki? (boleh dikosongkan)",
    improvementTooLong: "Jawaban terlalu panjang (paling banyak 2.000 karakter).",
    refusedTitle: "Periksa kembali isian",
  },
  en: {
    intro: "Please rate the service you have just received.",
    estimate: "{n} required questions, about {minutes} min. The last part may be skipped.",
    section: "Part {n} of {total}",
    closing: "Closing questions",
    question: "Question {n}",
    optionOf: "{n} of {max}",
    scaleLow: "strongly disagree",
    scaleHigh: "strongly agree",
    anchors: "1 = strongly disagree · 6 = strongly agree",
    negLow: "strongly disagree, meaning it does happen",
    negHigh: "strongly agree, meaning it does not happen",
    negAnchors: "1 = disagree: it happens · 6 = agree: it does not happen",
    negNote:
      "Every statement in this part says “there is no …”. Choose 6 if you are sure there is none, 1 if you saw or experienced it.",
    improvement: "What most needs to improve? (optional)",
    improvementTooLong: "The answer is too long (at most 2,000 characters).",
    refusedTitle: "Please check your answers",
  },
} as const;
