/** The dashboard's words for a unit's own complaint channel (citizen-facing words are in the language packs). */
export const complaintSettingsText = {
  id: {
    legend: "Kanal pengaduan unit",
    hint: "Ditampilkan kepada warga setelah mengisi survei, di samping SP4N-LAPOR!. Contoh: WhatsApp Pengaduan 0812-3456-7890 (Senin–Jumat, 08.00–15.00).",
    complaintText: "Keterangan kanal (nomor, alamat, jam layanan)",
    complaintUrl: "Tautan kanal pengaduan (opsional)",
  },
  en: {
    legend: "The unit's complaint channel",
    hint: "Shown to citizens after the survey, next to SP4N-LAPOR!. Example: WhatsApp Pengaduan 0812-3456-7890 (Mon–Fri, 08.00–15.00).",
    complaintText: "Channel details (number, address, opening hours)",
    complaintUrl: "Link to the complaint channel (optional)",
  },
} as const;
