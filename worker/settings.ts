import * as z from "zod";
import { CONVERSIONS, type Conversion } from "./scoring/perception";
import { SAMPLE_BASES } from "./scoring/sample";
import { cleanText } from "./text";
import { WEIGHTINGS, type Weighting } from "./scoring/ikm";
import { INSTRUMENT_KEYS, PROFILE_BANDS, type Instrument, type ProfileField } from "./survey/instruments";

// Category lists are data (domain.md): an organization may add "Petani" or split an age band. Codes are
// what is stored and shown; the built-in codes also have English labels.
const bandList = z.array(z.string().trim().min(1).max(40)).min(2).max(12);
export type ProfileBands = Record<ProfileField, readonly string[]>;

/** The zones of Indonesia's three time regions (WIB, WITA, WIT): a unit's local day is read in one of them. */
const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export const timeZoneSchema = z.enum(TIME_ZONES, {
  error: "a time zone of Indonesia: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)",
});

// Always in questionnaire order and each once, however the setting was given.
const instruments = z
  .array(z.enum(INSTRUMENT_KEYS as [Instrument, ...Instrument[]]))
  .min(1)
  .transform((list) => INSTRUMENT_KEYS.filter((k) => list.includes(k)));

// The head of the unit signs the laporan SKM's lembar pengesahan: name, title, NIP (optional) and the place.
/** What may be written as a unit's settings: checked by the actions before anything is stored. */
export const unitSettingsWrite = z.object({
  instruments,
  headName: cleanText({ max: 120 }),
  headTitle: cleanText({ max: 160 }),
  // An NIP is 18 digits; written with spaces as often as without (1975 0101 2000 03 1 001).
  headNip: cleanText({ max: 30 }).refine((s) => /^(\d[\d ]*)?$/.test(s), "NIP hanya berisi angka dan spasi"),
  place: cleanText({ max: 80 }),
  // The unit's own complaint channel, named on the thank-you page beside SP4N-LAPOR! (e.g. a WhatsApp number).
  complaintText: cleanText({ max: 200 }),
  complaintUrl: cleanText({ max: 300 }).refine(isWebLinkOrEmpty, "Tautan harus diawali http:// atau https://"),
});

function isWebLinkOrEmpty(text: string): boolean {
  if (text === "") return true;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const u = unitSettingsWrite.shape;
const unitSettingsSchema = z.object({
  instruments: instruments.catch([...INSTRUMENT_KEYS]),
  headName: u.headName.catch(""),
  headTitle: u.headTitle.catch(""),
  headNip: u.headNip.catch(""),
  place: u.place.catch(""),
  complaintText: u.complaintText.catch(""),
  complaintUrl: u.complaintUrl.catch(""),
});

/** What may be written as an organization's settings: checked by the actions before anything is stored. */
export const orgSettingsWrite = z.object({
  // How long raw responses and comments are kept before the retention job removes them.
  retentionMonths: z.number().int().min(1).max(120),
  privacyNotice: z.string().max(2000).optional(),
  weighting: z.enum(WEIGHTINGS as [Weighting, ...Weighting[]]),
  conversion: z.enum(CONVERSIONS as [Conversion, ...Conversion[]]),
  // Below this many respondents an index is reported as "insufficient data": no grade read off five answers.
  minRespondents: z.number().int().min(1).max(10000),
  profileBands: z.object({ age: bandList, gender: bandList, education: bandList, occupation: bandList }).partial(),
  sampleBasis: z.enum(SAMPLE_BASES),
  // Words that make a comment a warning sign (Perlu perhatian); absent: RED_FLAG_WORDS.
  redFlagWords: z.array(z.string().trim().toLowerCase().min(2).max(40)).max(100).optional(),
});

/** Red-flag words of every organization that has not set its own (domain.md: warning signs). */
export const RED_FLAG_WORDS = [
  "pungli",
  "pungutan liar",
  "calo",
  "amplop",
  "uang rokok",
  "uang pelicin",
  "uang terima kasih",
  "suap",
  "sogok",
  "gratifikasi",
];

// Read leniently, field by field, with the same rules: a stored value that breaks one falls back to its default.
const w = orgSettingsWrite.shape;
const orgSettingsSchema = z.object({
  retentionMonths: w.retentionMonths.catch(36),
  privacyNotice: w.privacyNotice.catch(undefined),
  weighting: w.weighting.catch("exact"),
  conversion: w.conversion.catch("ratio"),
  minRespondents: w.minRespondents.catch(30),
  profileBands: w.profileBands.transform((b): ProfileBands => ({ ...PROFILE_BANDS, ...b })).catch(PROFILE_BANDS),
  sampleBasis: w.sampleBasis.catch("annual-per-period"),
  redFlagWords: w.redFlagWords.transform((list) => list ?? RED_FLAG_WORDS).catch(RED_FLAG_WORDS),
});

export type UnitSettings = z.output<typeof unitSettingsSchema>;
export type OrgSettings = z.output<typeof orgSettingsSchema>;

function parseJson(text: string | null | undefined): unknown {
  try {
    return JSON.parse(text ?? "{}");
  } catch {
    return {};
  }
}

/** Stored settings are read leniently: a bad value falls back to its documented default (writes are strict). */
export function parseUnitSettings(text: string | null | undefined): UnitSettings {
  const blank = {
    instruments: undefined,
    headName: "",
    headTitle: "",
    headNip: "",
    place: "",
    complaintText: "",
    complaintUrl: "",
  };
  return unitSettingsSchema.parse({ ...blank, ...(parseJson(text) as object) });
}

export function parseOrgSettings(text: string | null | undefined): OrgSettings {
  return orgSettingsSchema.parse({
    retentionMonths: undefined,
    weighting: undefined,
    conversion: undefined,
    minRespondents: undefined,
    profileBands: {},
    redFlagWords: undefined,
    ...(parseJson(text) as object),
  });
}

/**
 * The parsers above, remembered by the stored text, for the citizen's hot path (every visit and submit
 * reads the same few settings). What they return is frozen: shared between requests, never changed.
 */
export const unitSettingsOf = remembered(parseUnitSettings);
export const orgSettingsOf = remembered(parseOrgSettings);

function remembered<T>(parse: (text: string | null | undefined) => T) {
  const seen = new Map<string, T>();
  return (text: string | null | undefined): T => {
    const key = text ?? "";
    let value = seen.get(key);
    if (value === undefined) {
      value = deepFreeze(parse(text));
      // Settings change rarely and are few per instansi; a bound keeps a hostile stream from growing it.
      if (seen.size >= 1000) seen.clear();
      seen.set(key, value);
    }
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
