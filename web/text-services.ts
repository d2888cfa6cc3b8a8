import { formatNumber } from "./format";
import type { Lang } from "./i18n";

/** Wording of the per-service (jenis layanan) parts of the dashboard. */
const ID = {
  perService: "Per jenis layanan",
  service: "Jenis layanan",
  respondents: "Responden",
  ikmMutu: "IKM (mutu)",
  sampleEnough: "Sampel cukup?",
  yes: "Ya",
  no: "Tidak",
  noPopulation: "populasi belum diisi",
  ofRequired: (required: number) => `minimal ${required}`,
  tooFew: "data belum cukup",
  noServices: "Belum ada jenis layanan atau jawaban pada periode ini.",
  perServiceHint:
    "Setiap jenis layanan dihitung seperti unit: n, mutu dan kecukupan sampel sendiri (dari populasi layanan bila diisi).",
  population: "Populasi per tahun",
  setPopulation: "Simpan populasi",
  populationHint: "Pengguna layanan per tahun; kosongkan bila tidak diketahui. Menentukan sampel minimal layanan ini.",
};

const EN: typeof ID = {
  perService: "Per service",
  service: "Service",
  respondents: "Respondents",
  ikmMutu: "IKM (grade)",
  sampleEnough: "Sample adequate?",
  yes: "Yes",
  no: "No",
  noPopulation: "population not set",
  ofRequired: (required: number) => `at least ${required}`,
  tooFew: "not enough data",
  noServices: "No services or answers in this period yet.",
  perServiceHint:
    "Each service is computed as the unit is: its own n, grade and sample adequacy (from the service's population when set).",
  population: "Population per year",
  setPopulation: "Save population",
  populationHint: "Service users per year; leave empty when unknown. Sets this service's minimum sample.",
};

export const serviceText: Record<Lang, typeof ID> = { id: ID, en: EN };

/** A number as the page's language writes it: 88,31 in Indonesian, 88.31 in English. */
export const decimal = (lang: Lang, v: number, digits = 2): string => formatNumber(v, lang, digits);
