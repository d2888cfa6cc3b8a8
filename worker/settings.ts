import * as z from "zod";
import { CONVERSIONS, type Conversion } from "./scoring/perception";
import { WEIGHTINGS, type Weighting } from "./scoring/ikm";
import { INSTRUMENT_KEYS, PROFILE_BANDS, type Instrument, type ProfileField } from "./survey/instruments";

// Category lists are data (domain.md): an organization may add "Petani" or split an age band. Codes are
// what is stored and shown; the built-in codes also have English labels.
const bandList = z.array(z.string().trim().min(1).max(40)).min(2).max(12);
export type ProfileBands = Record<ProfileField, readonly string[]>;

const unitSettingsSchema = z.object({
  instruments: z
    .array(z.enum(INSTRUMENT_KEYS as [Instrument, ...Instrument[]]))
    .min(1)
    // Always in questionnaire order and each once, however the setting was written.
    .transform((list) => INSTRUMENT_KEYS.filter((k) => list.includes(k)))
    .catch([...INSTRUMENT_KEYS]),
});

const orgSettingsSchema = z.object({
  // How long raw responses and comments are kept before the retention job removes them.
  retentionMonths: z.number().int().min(1).max(120).catch(36),
  privacyNotice: z.string().max(2000).optional().catch(undefined),
  weighting: z.enum(WEIGHTINGS as [Weighting, ...Weighting[]]).catch("exact"),
  conversion: z.enum(CONVERSIONS as [Conversion, ...Conversion[]]).catch("ratio"),
  // Below this many respondents an index is reported as "insufficient data": no grade read off five answers.
  minRespondents: z.number().int().min(1).max(10000).catch(30),
  profileBands: z
    .object({ age: bandList, gender: bandList, education: bandList, occupation: bandList })
    .partial()
    .transform((b): ProfileBands => ({ ...PROFILE_BANDS, ...b }))
    .catch(PROFILE_BANDS),
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

/** Stored settings are read leniently: a bad value falls back to its documented default. */
export function parseUnitSettings(text: string | null | undefined): UnitSettings {
  return unitSettingsSchema.parse({ instruments: undefined, ...(parseJson(text) as object) });
}

export function parseOrgSettings(text: string | null | undefined): OrgSettings {
  return orgSettingsSchema.parse({
    retentionMonths: undefined,
    weighting: undefined,
    conversion: undefined,
    minRespondents: undefined,
    profileBands: {},
    ...(parseJson(text) as object),
  });
}
