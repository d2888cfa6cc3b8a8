import * as z from "zod";
import { INSTRUMENT_KEYS, type Instrument } from "./survey/instruments";

const unitSettingsSchema = z.object({
  instruments: z.array(z.enum(INSTRUMENT_KEYS as [Instrument, ...Instrument[]])).min(1).catch([...INSTRUMENT_KEYS]),
});

const orgSettingsSchema = z.object({
  // How long raw responses and comments are kept before the retention job removes them.
  retentionMonths: z.number().int().min(1).max(120).catch(36),
  privacyNotice: z.string().max(2000).optional().catch(undefined),
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
  return orgSettingsSchema.parse({ retentionMonths: undefined, ...(parseJson(text) as object) });
}
