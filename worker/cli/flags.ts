import * as z from "zod";
import { checkPeriodLabel } from "../indices/period";
import { isTimeZone } from "../survey/local-date";
import { cleanText } from "../text";

/** Flag schemas the commands share. `text` is for ids and codes; stored names and labels use these. */
export const text = z.string().trim().min(1);
export const name = cleanText({ max: 200, required: true });
export const label = cleanText({ max: 100, required: true });
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lowercase letters, digits and dashes");
export const timeZone = z.string().refine(isTimeZone, "not a known IANA time zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)");
export const json = { json: z.boolean().optional() };
/** A number flag; the action checks its range. */
export const number = z.string().regex(/^-?\d+$/, "a whole number").transform(Number);
/** A period label, refused with the one period parser's reason before anything is read or written. */
export const periodLabel = z.string().superRefine((label, ctx) => {
  const checked = checkPeriodLabel(label);
  if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.message.en });
});
