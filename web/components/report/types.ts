/** The laporan SKM's view model: plain values, numbers unrounded, every code already turned into words. */

export type UnsurRow = {
  key: string;
  name: string;
  sum: number;
  n: number;
  nrr: number;
  weighted: number;
  converted: number;
  grade: string;
};

/** One jenis layanan's results (from the per-service indices); null numbers where it has no answers. */
export type ServiceResult = {
  serviceId: string;
  name: string;
  respondents: number;
  ikm: number | null;
  grade: string | null;
  ipkp: number | null;
  ipak: number | null;
  required: number | null;
  adequate: boolean | null;
};

export type PerceptionSection = {
  key: "ipkp" | "ipak";
  n: number;
  items: { key: string; mean: number; n: number }[];
  raw: number;
  /** index4 rounded half up to two decimals, as the ZI worksheet takes it; lke is computed from it. */
  index4: number;
  lke: number;
  wbk: string;
  wbbm: string;
};

export type ReportData = {
  orgName: string;
  unitName: string;
  signer: { name: string; title: string; nip: string; place: string; date: string };
  period: { label: string; words: string; from: string; to: string; previousWords: string };
  respondents: number;
  minRespondents: number;
  weighting: string;
  formulaVersion: string;
  instruments: string[];
  ikm: {
    index: number;
    converted: number;
    grade: string | null;
    performance: string | null;
    ci95: [number, number] | null;
  } | null;
  unsur: UnsurRow[];
  strongest: { name: string; nrr: number } | null;
  weakest: { name: string; nrr: number } | null;
  perception: PerceptionSection[];
  sample: {
    prorated: boolean;
    basisProrated: boolean;
    population: number | null;
    periodPopulation: number | null;
    required: number | null;
    adequate: boolean | null;
  };
  collection: { month: string; from: string; to: string; respondents: number }[];
  locations: { label: string; service: string | null; active: boolean }[];
  profile: { field: string; title: string; bands: { label: string; count: number }[] }[];
  /** Every service of the unit (respondents 0 when none answered), then answers without a service. */
  services: ServiceResult[];
  followUps: {
    unsur: string;
    problem: string;
    action: string;
    when: string;
    owner: string;
    status: string;
  }[];
  forums: { heldOn: string; notes: string }[];
  trend: { label: string; value: number | null; respondents: number }[];
  conclusion: string[];
};
