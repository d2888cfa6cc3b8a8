import * as z from "zod";
import { checkPeriodLabel } from "../indices/period";

/** Flag schemas the commands share. `text` is for ids and codes; names and labels are checked by the actions. */
export const text = z.string().trim().min(1);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lowercase letters, digits and dashes");
export const json = { json: z.boolean().optional() };
/** A bare switch such as `--confirm` (also `--confirm=true`); absent is false. */
export const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false);
/** A number flag; the action checks its range. */
export const number = z
  .string()
  .regex(/^-?\d+$/, "a whole number")
  .transform(Number);
/** A period label, refused with the one period parser's reason before anything is read or written. */
export const periodLabel = z.string().superRefine((label, ctx) => {
  const checked = checkPeriodLabel(label);
  if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.message.en });
});
