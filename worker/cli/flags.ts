import * as z from "zod";
import { isTimeZone } from "../survey/local-date";

/** Flag schemas the commands share. */
export const text = z.string().trim().min(1);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lowercase letters, digits and dashes");
export const timeZone = z.string().refine(isTimeZone, "not a known IANA time zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)");
export const json = { json: z.boolean().optional() };
