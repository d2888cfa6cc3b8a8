import type { Lang } from "./i18n";

/** The follow-up plan (RTL) as the SKM report template has it, and the Forum Konsultasi Publik that agreed it. */
const ID = {
  rtl: "Rencana tindak lanjut (RTL)",
  no: "No",
  priority: "Prioritas unsur",
  program: "Program/kegiatan",
  quarter: "Waktu",
  quarterNames: { 1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV" } as Record<number, string>,
  chooseQuarter: "pilih triwulan",
  owner: "Penanggung jawab",
  startedOn: "Mulai",
  doneOn: "Selesai",
  statusDate: "Tanggal perubahan status (kosong = hari ini)",
  evidenceHint: "Wajib untuk status selesai: laporan, tautan atau rujukan foto.",
  forum: "Forum konsultasi publik",
  noForum: "(belum dikaitkan)",
  forums: "Forum Konsultasi Publik",
  forumsHint: "Forum tempat RTL disepakati bersama pengguna layanan (PermenPAN-RB 16/2017).",
  heldOn: "Tanggal forum",
  notes: "Catatan / kesepakatan",
  addForum: "Catat forum konsultasi publik",
  noForums: "Belum ada forum yang dicatat untuk tahun ini.",
};

type RtlText = typeof ID;

const EN: RtlText = {
  rtl: "Follow-up plan (RTL)",
  no: "No",
  priority: "Priority unsur",
  program: "Programme/activity",
  quarter: "When",
  quarterNames: { 1: "Q1", 2: "Q2", 3: "Q3", 4: "Q4" },
  chooseQuarter: "choose a quarter",
  owner: "Responsible",
  startedOn: "Started",
  doneOn: "Done",
  statusDate: "Date of the status change (empty = today)",
  evidenceHint: "Required for done: a report, a link or a photo reference.",
  forum: "Public consultation forum",
  noForum: "(not linked)",
  forums: "Public consultation forums",
  forumsHint: "The forum where the plan was agreed with service users (PermenPAN-RB 16/2017).",
  heldOn: "Forum date",
  notes: "Notes / what was agreed",
  addForum: "Record a public consultation forum",
  noForums: "No forum recorded for this year yet.",
};

export const rtlText: Record<Lang, RtlText> = { id: ID, en: EN };
