/** Every text a citizen sees, Bahasa Indonesia first. Keys are stable; the words may be edited freely. */
export type Lang = "id" | "en";

type ItemText = { q: string; options?: readonly string[] };

const SKM_ID: Record<string, ItemText> = {
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
};

const SKM_EN: Record<string, ItemText> = {
  U1: {
    q: "Do the service requirements fit the type of service?",
    options: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  },
  U2: { q: "How easy is the service procedure at this unit?", options: ["Not easy", "Less easy", "Easy", "Very easy"] },
  U3: { q: "How fast was the service delivered?", options: ["Not fast", "Less fast", "Fast", "Very fast"] },
  U4: {
    q: "How fair is the cost/fee of the service?",
    options: ["Very expensive", "Quite expensive", "Cheap", "Free"],
  },
  U5: {
    q: "Does the service product match what the service standard promises?",
    options: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  },
  U6: {
    q: "How competent were the staff?",
    options: ["Not competent", "Less competent", "Competent", "Very competent"],
  },
  U7: {
    q: "How polite and friendly were the staff?",
    options: ["Not polite and friendly", "Less polite and friendly", "Polite and friendly", "Very polite and friendly"],
  },
  U8: { q: "How good are the facilities and infrastructure?", options: ["Poor", "Fair", "Good", "Very good"] },
  U9: {
    q: "How are users' complaints handled?",
    options: ["There is none", "Exists but does not work", "Works, but not fully", "Well managed"],
  },
};

const PAK_ID: Record<string, ItemText> = {
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

const PAK_EN: Record<string, ItemText> = {
  P1: { q: "Service information is available through electronic and non-electronic media." },
  P2: { q: "The requirements as announced match those that are set." },
  P3: { q: "The service procedure/flow is easy to follow." },
  P4: { q: "The completion time matches the time that is set." },
  P5: { q: "The fee paid matches the fee that is set." },
  P6: { q: "Facilities/online systems are comfortable and easy to use." },
  P7: { q: "Staff/online systems respond to your needs quickly." },
  P8: { q: "Consultation and complaint services are easy to reach." },
  A1: { q: "There is no discrimination in the service of this unit." },
  A2: { q: "There is no service outside the procedure, and no cheating, at this unit." },
  A3: { q: "No money, goods or favours are asked for or accepted beyond the rules." },
  A4: { q: "There are no illegal levies (pungli) at this unit." },
  A5: { q: "There are no brokers or unofficial intermediaries at this unit." },
};

const PROFILE_ID = {
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
} as const;

const PROFILE_EN = {
  age: {
    label: "Age",
    options: {
      "<20": "Under 20",
      "20-29": "20–29",
      "30-39": "30–39",
      "40-49": "40–49",
      "50-59": "50–59",
      "60+": "60 or over",
    },
  },
  gender: { label: "Sex", options: { L: "Male", P: "Female" } },
  education: {
    label: "Education",
    options: {
      SD: "Primary or less",
      SMP: "Junior secondary",
      SMA: "Senior secondary",
      "D1-D3": "Diploma (D1–D3)",
      "D4-S1": "Bachelor (D4/S1)",
      S2: "Master (S2)",
      S3: "Doctorate (S3)",
    },
  },
  occupation: {
    label: "Occupation",
    options: {
      PNS: "Civil servant",
      "TNI-POLRI": "Military/police",
      SWASTA: "Private employee",
      WIRASWASTA: "Self-employed",
      PELAJAR: "Student",
      LAINNYA: "Other",
    },
  },
} as const;

const UI_ID = {
  title: "Survei Kepuasan Layanan",
  intro: "Mohon nilai layanan yang baru Anda terima. Hanya perlu sekitar satu menit.",
  skm: "Kepuasan terhadap layanan",
  spkp: "Persepsi kualitas pelayanan",
  spak: "Persepsi anti korupsi",
  starsHint: "1 bintang = sangat tidak setuju, 6 bintang = sangat setuju",
  star: (_n: number) => "bintang",
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
  privacy: (org: string, months: number) =>
    `Survei ini diselenggarakan oleh ${org} untuk mengukur dan memperbaiki kualitas layanan (PermenPAN-RB 14/2017). Kami tidak meminta data pribadi dan tidak menyimpan alamat IP Anda. Jawaban disimpan paling lama ${months} bulan, lalu dihapus.`,
  errorSummary: "Mohon periksa kembali isian berikut:",
  otherLang: "English",
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

type Ui = typeof UI_ID;

const UI_EN: Ui = {
  title: "Service Satisfaction Survey",
  intro: "Please rate the service you have just received. It takes about a minute.",
  skm: "Satisfaction with the service",
  spkp: "Perceived service quality",
  spak: "Perceived anti-corruption",
  starsHint: "1 star = strongly disagree, 6 stars = strongly agree",
  star: (n: number) => (n === 1 ? "star" : "stars"),
  steeredQ: "Before filling in this survey, did any staff member steer you to give good answers?",
  yes: "Yes",
  no: "No",
  profile: "About you (optional)",
  profileHint: "Broad groups only, for reporting. No name or ID number.",
  choose: "— Choose —",
  comment: "Suggestions or feedback (optional)",
  commentHint: "Please do not write names, phone numbers or other personal data.",
  submit: "Send rating",
  privacyTitle: "Privacy",
  privacy: (org: string, months: number) =>
    `This survey is run by ${org} to measure and improve service quality (PermenPAN-RB 14/2017). We ask for no personal data and do not store your IP address. Answers are kept for at most ${months} months, then deleted.`,
  errorSummary: "Please check the following:",
  otherLang: "Bahasa Indonesia",
  homeTitle: "ZI Survei",
  home: "Public service satisfaction and perception surveys. To rate a service, scan the QR code at its service desk.",
  thanksTitle: "Thank you!",
  thanks: "We have received your rating and will use it to improve our service.",
  thanksResults: "See the survey results published so far",
  thanksComplaint: "A complaint, or were you asked for an unofficial payment (pungli)? Report it through SP4N-LAPOR!:",
  notFoundTitle: "Page not found",
  notFound: "This survey code is unknown. Please scan the QR code at the service desk again.",
  closedTitle: "Survey closed",
  closed: "Thank you for your willingness. The survey for this service point is not open at the moment.",
  pageNotFoundTitle: "Page not found",
  pageNotFound: "The page you are looking for does not exist, or you have no access to it.",
  forbiddenTitle: "Not allowed",
  forbidden: "This action is not allowed. If you just opened the form, reload the page and try again.",
  badRequestTitle: "Invalid request",
  badRequest: "The input or the page address is not valid. Please check it.",
  back: "Back",
  unauthorizedTitle: "Please sign in",
  unauthorized: "Your session has ended. Please sign in again.",
  errorTitle: "Something went wrong",
  error: "Sorry, something went wrong on our side. Please try again shortly.",
  tooLargeTitle: "Submission too large",
  tooLarge: "What was sent is too large. Please shorten your feedback and send it again.",
  rateLimitedTitle: "Too many submissions",
  rateLimited: "Too many ratings from this network in a short time. Please try again later.",
  tooFast: "Thank you! Please take a few seconds to read each question, then send again.",
  expired: "This survey page has been open too long. Your answers are still here; please send again.",
  badToken: "The form could not be verified. Your answers are still here; please send again.",
  issue: {
    required: "Please choose an answer.",
    out_of_range: "This answer is not one of the choices.",
    unknown_item: "This field is not known.",
    instrument_disabled: "This question is not used for this service.",
    invalid_choice: "This choice is not available.",
    too_long: "Feedback is too long (at most 2,000 characters).",
  },
};

export const texts = {
  id: { ui: UI_ID, items: { ...SKM_ID, ...PAK_ID }, profile: PROFILE_ID },
  en: { ui: UI_EN, items: { ...SKM_EN, ...PAK_EN }, profile: PROFILE_EN },
} as const;

export type IssueCode = keyof Ui["issue"];

export function issueMessage(lang: Lang, code: IssueCode): string {
  return texts[lang].ui.issue[code];
}
