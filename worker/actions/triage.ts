import * as z from "zod";
import { refused, validated } from "./action";

/** The most rows one triage changes: a page of them with room to spare, and a bounded batch. */
const TRIAGE_MAX = 100;

export type TriageInput = { unitId: string; responseIds: string[]; status: string };

/**
 * The checked input of a status triage over a page of responses (ids de-duplicated, the status one of
 * `statuses`); none chosen is refused with the caller's own words (`noneChosen`: Indonesian, English).
 */
export function triageInput<const S extends readonly [string, ...string[]]>(statuses: S, noneChosen: [string, string]) {
  const schema = z.object({
    unitId: z.string(),
    responseIds: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(TRIAGE_MAX)
      .transform((ids) => [...new Set(ids)]),
    status: z.enum(statuses),
  });
  return (input: TriageInput) => {
    if (Array.isArray(input.responseIds) && input.responseIds.length === 0) throw refused("BAD_REQUEST", ...noneChosen);
    return validated(schema, input);
  };
}
