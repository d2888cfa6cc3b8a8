import type { Lang } from "./i18n";

const ID = {
  changePassword: "Ganti kata sandi",
  mustChange:
    "Akun Anda memakai kata sandi sementara. Pilih kata sandi baru sebelum melanjutkan; sesi lain akun ini akan berakhir.",
  changeHint: "Paling sedikit 10 karakter, bukan surel Anda. Semua sesi lain akun ini akan berakhir.",
  passwordSaved: "Kata sandi diganti. Sesi lain akun ini telah berakhir.",
  currentPassword: "Kata sandi saat ini",
  newPassword: "Kata sandi baru",
  newPasswordAgain: "Ulangi kata sandi baru",
  save: "Simpan",
  formRefused: "Periksa isian yang ditandai.",
  issues: {
    too_short: "paling sedikit 10 karakter",
    too_long: "terlalu panjang (paling banyak 1.024 karakter)",
    same_as_email: "tidak boleh sama dengan surel",
    repeated: "tidak boleh satu karakter yang diulang",
    mismatch: "tidak sama dengan kata sandi baru",
  } as Record<string, string>,
  // One-time links
  inviteShown: (email: string) =>
    `Akun ${email} dibuat. Kirim tautan undangan ini kepadanya (ditampilkan sekali, berlaku 72 jam); dengan tautan ini ia memilih kata sandinya sendiri:`,
  resetShown: (email: string) =>
    `Tautan atur ulang kata sandi untuk ${email} (ditampilkan sekali, berlaku 72 jam; tautan sebelumnya tidak berlaku lagi):`,
  resetLink: "Buat tautan atur ulang",
  linkTitleInvite: "Pilih kata sandi",
  linkTitleReset: "Atur ulang kata sandi",
  linkIntro: (email: string) => `Akun: ${email}. Setelah disimpan Anda langsung masuk; sesi lain akun ini berakhir.`,
  badLinkTitle: "Tautan tidak berlaku",
  badLink:
    "Tautan ini tidak dikenal, sudah dipakai, atau sudah kedaluwarsa (berlaku 72 jam). Minta admin instansi Anda membuat tautan baru.",
  throttled: "Terlalu banyak percobaan dari jaringan ini. Tunggu 15 menit lalu coba lagi.",
  toLogin: "Ke halaman masuk",
  // A refused form that cannot come back by itself
  refusedTitle: "Isian belum dapat disimpan",
  refusedInput: "Isian yang Anda kirim (salin sebelum kembali ke formulir):",
  backToForm: "Kembali ke formulir",
};

const EN: typeof ID = {
  changePassword: "Change password",
  mustChange:
    "Your account uses a temporary password. Choose a new one before you go on; the account's other sessions will end.",
  changeHint: "At least 10 characters, not your e-mail. Every other session of this account will end.",
  passwordSaved: "Password changed. The account's other sessions have ended.",
  currentPassword: "Current password",
  newPassword: "New password",
  newPasswordAgain: "New password again",
  save: "Save",
  formRefused: "Check the marked fields.",
  issues: {
    too_short: "at least 10 characters",
    too_long: "too long (at most 1,024 characters)",
    same_as_email: "must not be your e-mail",
    repeated: "must not be one character repeated",
    mismatch: "does not match the new password",
  },
  inviteShown: (email) =>
    `Account ${email} created. Send them this invite link (shown once, valid 72 hours); with it they choose their own password:`,
  resetShown: (email) => `Password reset link for ${email} (shown once, valid 72 hours; earlier links no longer work):`,
  resetLink: "Make a reset link",
  linkTitleInvite: "Choose a password",
  linkTitleReset: "Reset password",
  linkIntro: (email) => `Account: ${email}. Once saved you are signed in; the account's other sessions end.`,
  badLinkTitle: "Link not valid",
  badLink:
    "This link is unknown, already used, or expired (links last 72 hours). Ask your organization's admin for a new one.",
  throttled: "Too many attempts from this network. Wait 15 minutes and try again.",
  toLogin: "Go to sign-in",
  refusedTitle: "The form could not be saved",
  refusedInput: "What you sent (copy it before going back to the form):",
  backToForm: "Back to the form",
};

export const accountText: Record<Lang, typeof ID> = { id: ID, en: EN };
