import { idNumber } from "../../web/report-format";

export type ConclusionInput = {
  unitName: string;
  periodWords: string;
  respondents: number;
  minRespondents: number;
  /** IKM unit pelayanan (25–100); grade and performance are null below the minimum of respondents. */
  ikm: { converted: number; grade: string | null; performance: string | null } | null;
  strongest: { name: string; nrr: number } | null;
  weakest: { name: string; nrr: number } | null;
  previous: { periodWords: string; ikm: number | null };
  sample: { population: number | null; required: number | null; adequate: boolean | null };
};

// Compared as printed (two decimals), so the words never contradict the numbers in the tables.
const cents = (v: number) => Math.round(v * 100);

function ikmSentence(c: ConclusionInput): string {
  if (!c.ikm)
    return `Pada ${c.periodWords} belum ada jawaban SKM untuk ${c.unitName}, sehingga IKM belum dapat dihitung.`;
  const value = `Nilai IKM ${c.unitName} pada ${c.periodWords} adalah ${idNumber(c.ikm.converted)}`;
  if (c.ikm.grade === null)
    return `${value} dari ${c.respondents} responden; jumlah ini di bawah batas minimal ${c.minRespondents} responden, sehingga mutu pelayanan belum dapat ditetapkan.`;
  return `${value} dengan mutu pelayanan ${c.ikm.grade} (${c.ikm.performance}), berdasarkan ${c.respondents} responden.`;
}

function unsurSentence(c: ConclusionInput): string | null {
  const { strongest: hi, weakest: lo } = c;
  if (!hi || !lo) return null;
  if (cents(hi.nrr) === cents(lo.nrr)) return `Semua unsur memperoleh nilai yang sama (NRR ${idNumber(hi.nrr)}).`;
  return `Unsur dengan nilai tertinggi adalah ${hi.name} (NRR ${idNumber(hi.nrr)}), sedangkan unsur dengan nilai terendah adalah ${lo.name} (NRR ${idNumber(lo.nrr)}) dan menjadi prioritas perbaikan.`;
}

function changeSentence(c: ConclusionInput): string | null {
  if (!c.ikm) return null;
  const { periodWords: before, ikm: prev } = c.previous;
  if (prev === null)
    return `IKM ini belum dapat dibandingkan dengan ${before}, karena periode tersebut tidak memiliki data SKM.`;
  const diff = (cents(c.ikm.converted) - cents(prev)) / 100;
  if (diff === 0) return `IKM sama dengan ${before} (${idNumber(prev)}).`;
  const sign = diff > 0 ? "+" : "−";
  const way = diff > 0 ? "naik" : "turun";
  return `Dibandingkan ${before} (${idNumber(prev)}), IKM ${way} ${idNumber(Math.abs(diff))} poin (${sign}${idNumber(Math.abs(diff))}).`;
}

function sampleSentence(c: ConclusionInput): string {
  const { population, required, adequate } = c.sample;
  if (population === null || required === null)
    return "Populasi pengguna layanan belum ditetapkan, sehingga kecukupan jumlah responden belum dapat dinilai.";
  const base = `Jumlah responden (${idNumber(c.respondents, 0)}) ${adequate ? "telah mencapai" : "masih di bawah"} sampel minimal ${idNumber(required, 0)} responden menurut Krejcie dan Morgan untuk populasi ${idNumber(population, 0)} pengguna layanan`;
  return adequate
    ? `${base}.`
    : `${base}; hasil ini perlu dibaca dengan hati-hati dan pengumpulan data diperluas pada periode berikutnya.`;
}

/** BAB V's kesimpulan, written from the numbers: IKM and mutu, strongest and weakest unsur, change, sample. */
export function reportConclusion(c: ConclusionInput): string[] {
  return [ikmSentence(c), unsurSentence(c), changeSentence(c), sampleSentence(c)].filter((s): s is string => !!s);
}
