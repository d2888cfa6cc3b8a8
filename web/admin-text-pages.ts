import type { Lang } from "./i18n";

/**
 * Dashboard wording for the administration pages (settings, users, tokens, audit, touchpoints),
 * follow-up plans and the unit page's tools. Merged into `adminText` by admin-text.ts.
 */
const ID = {
  // Navigation and shared words
  settings: "Pengaturan",
  users: "Pengguna",
  apiTokens: "Token API",
  auditLog: "Log audit",
  saved: "Tersimpan.",
  name: "Nama",
  active: "Aktif",
  create: "Buat",
  action: "Tindakan",

  // Unit page tools
  skmReport: "Laporan SKM",
  touchpointsLink: "Titik layanan & QR",
  publishedNote: (period: string, version: number) => `Hasil periode ${period} dipublikasikan (versi ${version}): `,
  publish: (period: string) => `Publikasikan hasil ${period}`,
  publishHint: "Angka dibekukan; publikasi ulang membuat versi baru.",

  // Touchpoints
  touchpoints: "Titik layanan",
  touchpointClosed: "(ditutup)",
  posterA4: "Poster A4",
  newTouchpoint: "Titik layanan baru",
  touchpointName: "Nama (mis. Loket 1)",
  touchpointService: "Layanan (boleh kosong)",

  // Settings
  organization: "Instansi",
  timeZone: "Zona waktu",
  weighting: "Pembobotan IKM",
  weightingOptions: {
    exact: "1/9 (sesuai PermenPAN-RB 14/2017)",
    "0.111": "0,111 (lembar kerja lama)",
    "0.11": "0,11 (lembar kerja lama)",
  } as Record<string, string>,
  conversion: "Konversi skala 1–6 ke 0–4 (IPKP, IPAK)",
  conversionOptions: { ratio: "rasio: nilai × 4/6", linear: "linear: 1 + (nilai − 1) × 3/5" } as Record<string, string>,
  minRespondents: "Minimal responden sebelum mutu ditampilkan",
  sampleBasis: "Dasar sampel minimal (Krejcie–Morgan)",
  sampleBasisOptions: {
    "annual-per-period": "populasi setahun untuk setiap periode (templat laporan SKM)",
    prorated: "populasi sebanding lama periode",
  } as Record<string, string>,
  retentionMonths: "Masa simpan jawaban (bulan)",
  privacyNotice: "Teks pemberitahuan privasi (kosong = teks bawaan)",
  profileBands: "Kategori profil responden (satu per baris, 2–12 pilihan)",
  instruments: "Instrumen yang ditampilkan",
  population: "Populasi pengguna layanan per tahun",
  unitTimeZone: "Zona waktu unit",
  orgTimeZone: "ikut instansi",

  // Users
  role: "Peran",
  userDisabled: "nonaktif",
  userActive: "aktif",
  enable: "Aktifkan",
  disable: "Nonaktifkan",
  inviteUser: "Undang pengguna",
  roleOptions: {
    viewer: "viewer (hanya melihat)",
    manager: "manager (unit dan di bawahnya)",
    admin: "admin (seluruh instansi)",
  } as Record<string, string>,
  userUnit: "Unit (untuk manager dan viewer)",
  createAccount: "Buat akun",

  // API tokens
  tokensTitle: "Token API evaluator",
  apiReference: "Referensi API",
  tokenCreated: "Token baru (ditampilkan sekali, simpan baik-baik): ",
  label: "Label",
  scope: "Cakupan",
  createdAt: "Dibuat",
  lastUsed: "Terakhir dipakai",
  revoked: "dicabut",
  revoke: "Cabut",
  newToken: "Token baru",
  tokenLabel: 'Label (mis. "TPI 2026")',
  wholeOrg: "seluruh instansi",
  unitAndBelow: (unit: string) => `${unit} dan di bawahnya`,
  createToken: "Buat token",

  // Audit log
  auditTime: "Waktu (UTC)",
  auditActor: "Oleh",
  auditTarget: "Sasaran",
  auditDetail: "Rincian",

  // Follow-up plans
  unsurItem: "Unsur / item",
  unsurHeading: "Unsur",
  problem: "Masalah",
  owner: "Penanggung jawab",
  dueDate: "Tenggat",
  evidenceNotes: "Bukti / catatan",
  evidence: "Bukti",
  followUpStatusNames: { rencana: "rencana", berjalan: "berjalan", selesai: "selesai" } as Record<string, string>,
  editFollowUp: "Ubah: ",
  addFollowUp: "Tambah rencana tindak lanjut",
};

export type PagesText = typeof ID;

const EN: PagesText = {
  settings: "Settings",
  users: "Users",
  apiTokens: "API tokens",
  auditLog: "Audit log",
  saved: "Saved.",
  name: "Name",
  active: "Active",
  create: "Create",
  action: "Action",

  skmReport: "SKM report",
  touchpointsLink: "Service points & QR",
  publishedNote: (period, version) => `Results for ${period} published (version ${version}): `,
  publish: (period) => `Publish results for ${period}`,
  publishHint: "The figures are frozen; publishing again makes a new version.",

  touchpoints: "Service points",
  touchpointClosed: "(closed)",
  posterA4: "A4 poster",
  newTouchpoint: "New service point",
  touchpointName: "Name (e.g. Counter 1)",
  touchpointService: "Service (optional)",

  organization: "Organization",
  timeZone: "Time zone",
  weighting: "IKM weighting",
  weightingOptions: {
    exact: "1/9 (as in PermenPAN-RB 14/2017)",
    "0.111": "0.111 (old worksheets)",
    "0.11": "0.11 (old worksheets)",
  },
  conversion: "Converting the 1–6 scale to 0–4 (IPKP, IPAK)",
  conversionOptions: { ratio: "ratio: value × 4/6", linear: "linear: 1 + (value − 1) × 3/5" },
  minRespondents: "Minimum respondents before a grade is shown",
  sampleBasis: "Basis of the minimum sample (Krejcie–Morgan)",
  sampleBasisOptions: {
    "annual-per-period": "the yearly population for every period (SKM report template)",
    prorated: "the population prorated by the period's length",
  },
  retentionMonths: "Answer retention (months)",
  privacyNotice: "Privacy notice text (empty = default text)",
  profileBands: "Respondent profile categories (one per line, 2–12 options)",
  instruments: "Instruments shown",
  population: "Service users per year (population)",
  unitTimeZone: "Unit time zone",
  orgTimeZone: "same as the organization",

  role: "Role",
  userDisabled: "disabled",
  userActive: "active",
  enable: "Enable",
  disable: "Disable",
  inviteUser: "Invite a user",
  roleOptions: {
    viewer: "viewer (read only)",
    manager: "manager (a unit and those under it)",
    admin: "admin (the whole organization)",
  },
  userUnit: "Unit (for managers and viewers)",
  createAccount: "Create account",

  tokensTitle: "Evaluator API tokens",
  apiReference: "API reference",
  tokenCreated: "New token (shown once, keep it safe): ",
  label: "Label",
  scope: "Scope",
  createdAt: "Created",
  lastUsed: "Last used",
  revoked: "revoked",
  revoke: "Revoke",
  newToken: "New token",
  tokenLabel: 'Label (e.g. "TPI 2026")',
  wholeOrg: "the whole organization",
  unitAndBelow: (unit) => `${unit} and the units under it`,
  createToken: "Create token",

  auditTime: "Time (UTC)",
  auditActor: "By",
  auditTarget: "Target",
  auditDetail: "Detail",

  unsurItem: "Unsur / item",
  unsurHeading: "Unsur",
  problem: "Problem",
  owner: "Owner",
  dueDate: "Due date",
  evidenceNotes: "Evidence / notes",
  evidence: "Evidence",
  followUpStatusNames: { rencana: "planned", berjalan: "in progress", selesai: "done" },
  editFollowUp: "Edit: ",
  addFollowUp: "Add a follow-up plan",
};

export const pagesText: Record<Lang, PagesText> = { id: ID, en: EN };
