/**
 * What the offline-safe form and the kiosk say to citizens (plain strings; `{n}`-style placeholders are
 * filled by `fill` (web/i18n.ts) on the server and by the page's script). Indonesian first.
 */
export const offlineText = {
  id: {
    sending: "Mengirim jawaban…",
    saved:
      "Jawaban Anda tersimpan di perangkat ini. Belum bisa terkirim sekarang (jaringan terputus?); jawaban akan dikirim otomatis begitu bisa.",
    sent: "Jawaban Anda yang tersimpan sebelumnya sudah terkirim. Terima kasih!",
    next: "Lanjut",
    back: "Kembali",
    progress: "Bagian {n} dari {total}",
    thanks: "Terima kasih atas penilaian Anda! Layar kembali ke awal sebentar lagi untuk responden berikutnya.",
    queued: "{n} jawaban tersimpan di perangkat ini dan akan dikirim saat jaringan tersambung.",
    kioskOffTitle: "Mode kios tidak aktif",
    kioskOff:
      "Titik layanan ini tidak memakai mode kios. Silakan pindai kode QR di loket untuk mengisi survei di ponsel Anda.",
    appName: "Survei {unit}",
  },
  en: {
    sending: "Sending your answers…",
    saved:
      "Your answers are saved on this device. They could not be sent just now (no network?); they will be sent automatically as soon as possible.",
    sent: "Your saved answers from before have been sent. Thank you!",
    next: "Next",
    back: "Back",
    progress: "Part {n} of {total}",
    thanks: "Thank you for your rating! The screen returns to the start shortly for the next person.",
    queued: "{n} responses are saved on this device and will be sent when the network is back.",
    kioskOffTitle: "Kiosk mode is off",
    kioskOff:
      "This service point does not use kiosk mode. Please scan the QR code at the counter to answer on your phone.",
    appName: "Survey {unit}",
  },
} as const;

/** A submission refused because too many are waiting to be written (503): nothing was stored. */
export const BUSY_TEXT = {
  id: "Server sedang sangat sibuk. Jawaban Anda belum tersimpan; mohon kirim ulang sebentar lagi.",
  en: "The server is very busy. Your answers were not saved yet; please send them again in a moment.",
} as const;
