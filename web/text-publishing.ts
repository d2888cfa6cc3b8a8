import type { Lang } from "./i18n";

/** Publishing with care: the dashboard's confirmation question, and what the public page says of a flagged period. */
const ID = {
  confirmTitle: (period: string) => `Publikasikan ${period}?`,
  confirmLead: "Hasil periode ini belum layak menjadi hasil utama:",
  reasons: {
    period_running: "periode ini belum berakhir (menurut kalender unit); jawaban masih dapat bertambah",
    sample_below_minimum: "jumlah responden di bawah minimum organisasi",
  } as Record<string, string>,
  confirmBox: "Saya mengerti; publikasikan dengan catatan ini",
  confirmButton: "Publikasikan dengan catatan",
  cancel: "Batal",
  confirmAfter:
    "Halaman publik menampilkan catatan ini di samping periode tersebut; lencana dan hasil utama tetap memakai periode terbaru tanpa catatan.",
};

type PublishingText = typeof ID;

const EN: PublishingText = {
  confirmTitle: (period) => `Publish ${period}?`,
  confirmLead: "The results of this period are not yet fit to be the headline:",
  reasons: {
    period_running: "the period has not ended yet (in the unit's calendar); more answers may come in",
    sample_below_minimum: "fewer respondents than the organization's minimum",
  },
  confirmBox: "I understand; publish with this note",
  confirmButton: "Publish with a note",
  cancel: "Cancel",
  confirmAfter:
    "The public page shows this note next to the period; the badge and the headline keep the newest period without a note.",
};

export const publishingText: Record<Lang, PublishingText> = { id: ID, en: EN };

/** The public page is Indonesian: what each flag means to a citizen reading it. */
export const PUBLIC_FLAG_NOTES: Record<string, string> = {
  period_running: "Hasil sementara: dipublikasikan sebelum periode ini berakhir.",
  sample_below_minimum: "Jumlah responden belum mencapai batas minimum; hasil belum dapat dijadikan ukuran.",
};
