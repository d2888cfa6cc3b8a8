/** The three questionnaires of domain.md: item keys in the order of the model questionnaire. */
export const INSTRUMENTS = {
  skm: { items: ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"], max: 4 },
  spkp: { items: ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"], max: 6 },
  spak: { items: ["A1", "A2", "A3", "A4", "A5"], max: 6 },
} as const;

export type Instrument = keyof typeof INSTRUMENTS;
export const INSTRUMENT_KEYS = Object.keys(INSTRUMENTS) as Instrument[];

const itemInstrument = new Map<string, Instrument>(
  INSTRUMENT_KEYS.flatMap((ins) => INSTRUMENTS[ins].items.map((item) => [item, ins] as const)),
);

export function instrumentOfItem(item: string): Instrument | undefined {
  return itemInstrument.get(item);
}

/** Coarse on purpose (domain.md, privacy): bands, never birth dates or free text. Stored as these codes. */
export const PROFILE_BANDS = {
  age: ["<20", "20-29", "30-39", "40-49", "50-59", "60+"],
  gender: ["L", "P"],
  education: ["SD", "SMP", "SMA", "D1-D3", "D4-S1", "S2", "S3"],
  occupation: ["PNS", "TNI-POLRI", "SWASTA", "WIRASWASTA", "PELAJAR", "LAINNYA"],
} as const;

export type ProfileField = keyof typeof PROFILE_BANDS;
export const PROFILE_FIELDS = Object.keys(PROFILE_BANDS) as ProfileField[];

export const COMMENT_MAX = 2000;
