import * as z from "zod";

/** "off", "N" (per hour) or "N/SECONDS": submissions per client address per touchpoint per window. */
const rateLimit = z
  .string()
  .trim()
  .regex(/^(off|\d+(\/\d+)?)$/, 'RATE_LIMIT must be "off", "N" or "N/SECONDS"')
  .transform((v) => {
    if (v === "off") return null;
    const [max, seconds] = v.split("/").map(Number);
    return { max: max!, windowSeconds: seconds ?? 3600 };
  });

const configSchema = z.object({
  SECRET_KEY: z.string().min(32, "SECRET_KEY must be at least 32 characters"),
  SURVEY_MIN_SECONDS: z.coerce.number().int().min(0).default(5),
  // Long enough for a phone that lost its connection to sync the next day or after a weekend.
  SURVEY_TOKEN_HOURS: z.coerce.number().positive().default(72),
  // 20 per 10 minutes per address and touchpoint: a busy loket on shared office Wi-Fi stays well inside.
  RATE_LIMIT: rateLimit.prefault("20/600"),
  // A kiosk tablet is one address serving many people: its submissions count per touchpoint instead, one
  // respondent per 10 s on average, and an hour's window so a queue sent after an outage fits.
  KIOSK_RATE_LIMIT: rateLimit.prefault("360/3600"),
  // Evaluator API calls per token: generous for a script that walks every unit of an instansi.
  API_RATE_LIMIT: rateLimit.prefault("600/60"),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
});

export type Config = z.output<typeof configSchema>;

/** Parses settings once at startup; routes receive the result and never read the environment. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
