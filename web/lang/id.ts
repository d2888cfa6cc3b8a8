/**
 * The Indonesian pack: every text a citizen sees, and the reference every other pack is checked against
 * (web/lang/check.ts). Plain data only: `{org}` and `{months}` are filled by web/lang/fill.ts.
 * Keys are stable; the words may be edited freely.
 */
type ItemText = { q: string; options?: string[] };

const ITEMS: Record<string, ItemText> = {
  U1: {
    q: "Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    options: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  U2: {
    q: "Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?",
    options: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
  },
  U3: {
    q: "Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?",
    options: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
  },
  U4: {
    q: "Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?",
    options: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
  },
  U5: {
    q: "Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    options: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  U6: {
    q: "Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?",
    options: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
  },
  U7: {
    q: "Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    options: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
  },
  U8: {
    q: "Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?",
    options: ["Buruk", "Cukup", "Baik", "Sangat baik"],
  },
  U9: {
    q: "Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?",
    options: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
  },
  P1: { q: "Informasi pelayanan tersedia melalui media elektronik maupun non-elektronik." },
  P2: { q: "Persyaratan pelayanan yang diinformasikan sesuai dengan yang ditetapkan." },
  P3: { q: "Prosedur/alur pelayanan mudah diikuti." },
  P4: { q: "Jangka waktu penyelesaian pelayanan sesuai dengan yang ditetapkan." },
  P5: { q: "Tarif/biaya yang dibayarkan sesuai dengan yang ditetapkan." },
  P6: { q: "Sarana prasarana/sistem pelayanan online nyaman dan mudah digunakan." },
  P7: { q: "Petugas/sistem pelayanan online merespons keperluan Anda dengan cepat." },
  P8: { q: "Layanan konsultasi dan pengaduan mudah diakses." },
  A1: { q: "Tidak ada diskriminasi dalam pelayanan di unit layanan ini." },
  A2: { q: "Tidak ada pelayanan di luar prosedur/kecurangan di unit layanan ini." },
  A3: { q: "Tidak ada permintaan atau penerimaan imbalan uang, barang atau fasilitas di luar ketentuan." },
  A4: { q: "Tidak ada pungutan liar (pungli) di unit layanan ini." },
  A5: { q: "Tidak ada percaloan/perantara tidak resmi di unit layanan ini." },
};

const PROFILE = {
  age: {
    label: "Usia",
    options: {
      "<20": "Di bawah 20 tahun",
      "20-29": "20–29 tahun",
      "30-39": "30–39 tahun",
      "40-49": "40–49 tahun",
      "50-59": "50–59 tahun",
      "60+": "60 tahun ke atas",
    },
  },
  gender: { label: "Jenis kelamin", options: { L: "Laki-laki", P: "Perempuan" } },
  education: {
    label: "Pendidikan terakhir",
    options: { SD: "SD ke bawah", SMP: "SMP", SMA: "SMA/SMK", "D1-D3": "D1–D3", "D4-S1": "D4/S1", S2: "S2", S3: "S3" },
  },
  occupation: {
    label: "Pekerjaan",
    options: {
      PNS: "PNS",
      "TNI-POLRI": "TNI/POLRI",
      SWASTA: "Pegawai swasta",
      WIRASWASTA: "Wiraswasta",
      PELAJAR: "Pelajar/Mahasiswa",
      LAINNYA: "Lainnya",
    },
  },
};

const UI = {
  title: "Survei Kepuasan Layanan",
  skm: "Kepuasan terhadap layanan",
  spkp: "Persepsi kualitas pelayanan",
  spak: "Persepsi anti korupsi",
  steeredQ: "Sebelum mengisi survei ini, apakah ada petugas yang mengarahkan Anda untuk memberi jawaban yang baik?",
  yes: "Ya",
  no: "Tidak",
  profile: "Tentang Anda (boleh dilewati)",
  profileHint: "Hanya kelompok umum, untuk laporan. Tanpa nama atau nomor identitas.",
  choose: "— Pilih —",
  comment: "Saran atau masukan (boleh dikosongkan)",
  commentHint: "Mohon jangan menuliskan nama, nomor telepon atau data pribadi lainnya.",
  submit: "Kirim penilaian",
  privacyTitle: "Privasi",
  privacy:
    "Survei ini diselenggarakan oleh {org} untuk mengukur dan memperbaiki kualitas layanan (PermenPAN-RB 14/2017). Kami tidak meminta data pribadi dan tidak menyimpan alamat IP Anda. Jawaban disimpan paling lama {months} bulan, lalu dihapus.",
  errorSummary: "Mohon periksa kembali isian berikut:",
  languages: "Bahasa",
  homeTitle: "ZI Survei",
  home: "Survei kepuasan dan persepsi layanan publik. Untuk menilai sebuah layanan, pindai kode QR di loket layanan tersebut.",
  thanksTitle: "Terima kasih!",
  thanks: "Penilaian Anda sudah kami terima dan akan digunakan untuk memperbaiki layanan.",
  thanksResults: "Lihat hasil survei yang sudah dipublikasikan",
  thanksComplaint: "Punya keluhan, atau diminta imbalan di luar ketentuan (pungli)? Laporkan melalui SP4N-LAPOR!:",
  notFoundTitle: "Halaman tidak ditemukan",
  notFound: "Kode survei ini tidak dikenal. Mohon pindai ulang kode QR di loket layanan.",
  closedTitle: "Survei ditutup",
  closed: "Terima kasih atas kesediaan Anda. Survei untuk titik layanan ini sedang tidak dibuka.",
  pageNotFoundTitle: "Halaman tidak ditemukan",
  pageNotFound: "Halaman yang Anda cari tidak ada, atau Anda tidak memiliki akses ke sana.",
  forbiddenTitle: "Tidak diizinkan",
  forbidden: "Tindakan ini tidak diizinkan. Jika Anda baru saja membuka formulir, muat ulang halaman lalu coba lagi.",
  badRequestTitle: "Permintaan tidak valid",
  badRequest: "Isian atau alamat halaman tidak valid. Mohon periksa kembali.",
  back: "Kembali",
  unauthorizedTitle: "Silakan masuk",
  unauthorized: "Sesi Anda telah berakhir. Silakan masuk kembali.",
  errorTitle: "Terjadi kesalahan",
  error: "Maaf, terjadi kesalahan di pihak kami. Mohon coba lagi sebentar lagi.",
  tooLargeTitle: "Isian terlalu besar",
  tooLarge: "Isian yang dikirim terlalu besar. Mohon persingkat saran Anda dan kirim ulang.",
  rateLimitedTitle: "Terlalu banyak kiriman",
  rateLimited: "Terlalu banyak penilaian dari jaringan ini dalam waktu singkat. Mohon coba lagi nanti.",
  tooFast: "Terima kasih! Mohon luangkan beberapa detik untuk membaca setiap pertanyaan, lalu kirim kembali.",
  expired: "Halaman survei ini sudah terlalu lama dibuka. Jawaban Anda masih ada; mohon kirim ulang.",
  badToken: "Formulir tidak dapat diverifikasi. Jawaban Anda masih ada; mohon kirim ulang.",
  issue: {
    required: "Mohon pilih salah satu jawaban.",
    out_of_range: "Jawaban ini tidak ada dalam pilihan.",
    unknown_item: "Isian ini tidak dikenal.",
    instrument_disabled: "Pertanyaan ini tidak digunakan untuk layanan ini.",
    invalid_choice: "Pilihan ini tidak tersedia.",
    too_long: "Saran terlalu panjang (paling banyak 2.000 karakter).",
  },
};

export const ID = { ui: UI, items: ITEMS, profile: PROFILE };
