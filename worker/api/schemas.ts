import { SAMPLE_BASES } from "../scoring/sample";
import * as z from "zod";
import { MAX_RANGE_YEARS, PERIOD_MAX_YEAR, PERIOD_MIN_YEAR } from "../indices/period";
import { CONVERSIONS } from "../scoring/perception";
import { WEIGHTINGS } from "../scoring/ikm";
import { COMMENT_MAX, INSTRUMENT_KEYS } from "../survey/instruments";

/**
 * Every request the JSON API validates and every answer it documents. The routes validate with these
 * and /api/v1/openapi.json is generated from them, so the reference cannot drift from the code.
 */
const optionalBand = z.string().max(100).nullable().optional();

export const responseBody = z.strictObject({
  token: z.string().min(1).max(300).describe("The visit token from GET /touchpoints/{code}/visit"),
  answers: z
    .record(z.string().max(10), z.unknown())
    .describe("Item key → answer: U1..U9 on 1..4, P1..P8 and A1..A5 on 1..6; every item of each shown instrument"),
  steered: z.boolean().nullable().optional().describe("Did staff steer the respondent to answer well?"),
  profile: z
    .strictObject({ age: optionalBand, gender: optionalBand, education: optionalBand, occupation: optionalBand })
    .optional(),
  comment: z
    .string()
    .max(COMMENT_MAX * 2)
    .nullable()
    .optional()
    .describe(`At most ${COMMENT_MAX} characters`),
  improvement: z
    .string()
    .max(COMMENT_MAX * 2)
    .nullable()
    .optional()
    .describe(`"What most needs to improve?", asked after an SKM answer of 1 or 2; at most ${COMMENT_MAX} characters`),
  lang: z
    .string()
    .max(20)
    .optional()
    .describe("The survey's language: id (default), en, or a code of the organization's own language packs"),
});

export const createdResponse = z.object({ id: z.string() });

export const visitResponse = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  notBefore: z.iso.datetime().describe("Submissions before this moment are refused as too fast"),
  instruments: z.array(z.enum(INSTRUMENT_KEYS as ["skm", "spkp", "spak"])),
  unit: z.object({ name: z.string() }),
  service: z.string().nullable(),
});

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const unitIdParam = z.object({ unitId: z.string().min(1).max(64) });

// Only the type here: worker/indices/period.ts checks every period, so each refusal gives the same reason.
const isoDate = z.string().meta({ format: "date" });
const YEARS = `years ${PERIOD_MIN_YEAR}–${PERIOD_MAX_YEAR}`;

const periodQuery = z.object({
  period: z
    .string()
    .optional()
    .describe(
      `2026 (year), 2026-S1 (semester), 2026-Q3 (quarter/triwulan), 2026-07 (month); ${YEARS}. Or use from and to.`,
    ),
  from: isoDate.optional().describe(`First local date of a range (YYYY-MM-DD), with \`to\`; ${YEARS}`),
  to: isoDate
    .optional()
    .describe(`Last local date of a range, inclusive; a range spans at most ${MAX_RANGE_YEARS} years`),
  scope: z.enum(["unit", "subtree"]).default("unit").describe("`subtree` includes every unit below this one"),
});

export const indicesQuery = periodQuery.extend({
  weighting: z.enum(WEIGHTINGS).optional().describe("IKM weighting; default: the organization's setting (exact 1/9)"),
  conversion: z
    .enum(CONVERSIONS)
    .optional()
    .describe("1..6 → 0..4 conversion; default: the organization's setting (ratio)"),
});

export const trendQuery = indicesQuery.extend({
  granularity: z.enum(["month", "quarter"]).default("month"),
});

export const responsesQuery = periodQuery.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  cursor: z.string().max(200).optional().describe("`nextCursor` of the previous page"),
});

const ci95 = z
  .tuple([z.number(), z.number()])
  .nullable()
  .describe("95% confidence interval (Student's t), null below 2 respondents");

const ikmBlock = z.object({
  n: z.number().int(),
  items: z.array(z.object({ key: z.string(), nrr: z.number(), n: z.number().int() })),
  index: z.number().describe("1..4"),
  converted: z.number().describe("25..100"),
  grade: z.enum(["A", "B", "C", "D"]).nullable().describe("null while data is insufficient"),
  performance: z.enum(["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"]).nullable(),
  weighting: z.enum(WEIGHTINGS),
  ci95,
  sufficient: z.boolean().describe("n ≥ minRespondents"),
});

const perceptionBlock = z.object({
  n: z.number().int(),
  items: z.array(z.object({ key: z.string(), mean: z.number(), n: z.number().int() })),
  raw: z.number().describe("mean of item means, 1..6"),
  index4: z.number().describe("0..4, as the LKE asks"),
  lke: z.number().describe("17.5 × index4 / 4"),
  conversion: z.enum(CONVERSIONS),
  ci95,
  sufficient: z.boolean(),
});

const zi = z.object({ ipak: z.boolean().nullable(), ipkp: z.boolean().nullable() });

const indicesBody = z.object({
  respondents: z.number().int(),
  ikm: ikmBlock.nullable(),
  ipkp: perceptionBlock.nullable(),
  ipak: perceptionBlock.nullable(),
  steeredShare: z.number().nullable().describe("Share of 'Ya' to the steering control question"),
  sample: z.object({
    basis: z
      .enum(SAMPLE_BASES)
      .describe(
        "annual-per-period: the yearly population's minimum for every period (default); prorated: the period's share of the year by days",
      ),
    population: z.number().nullable().describe("Service users per year (sum over the scope)"),
    periodPopulation: z
      .number()
      .nullable()
      .describe(
        "The population the minimum is read from: the yearly one, or its share of the period's days when prorated",
      ),
    prorated: z.boolean(),
    required: z.number().int().nullable().describe("Krejcie–Morgan minimum"),
    adequate: z.boolean().nullable(),
  }),
  zi: z.object({ wbk: zi, wbbm: zi }).describe("Meets the WBK/WBBM minimum; null without sufficient data"),
  minRespondents: z.number().int(),
  ciMethod: z.string(),
  formulaVersion: z.string(),
});

const periodBody = z.object({ from: z.iso.date(), to: z.iso.date(), label: z.string() });

export const indicesResponse = z
  .object({ unitId: z.string(), scope: z.enum(["unit", "subtree"]), period: periodBody })
  .extend(indicesBody.shape);

export const trendResponse = z.object({
  unitId: z.string(),
  scope: z.enum(["unit", "subtree"]),
  period: periodBody,
  granularity: z.enum(["month", "quarter"]),
  series: z.array(z.object({ period: periodBody }).extend(indicesBody.shape)),
});

export const unitsResponse = z.object({
  units: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      parentId: z.string().nullable(),
      population: z.number().nullable(),
    }),
  ),
});

export const responsesPage = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      unitId: z.string(),
      serviceId: z.string().nullable(),
      localDate: z.iso.date(),
      lang: z.string(),
      channel: z
        .enum(["online", "paper", "interview", "other"])
        .describe("online (QR form, kiosk, API), or where answers collected elsewhere came from"),
      steered: z.boolean().nullable(),
      profile: z.object({
        age: z.string().nullable(),
        gender: z.string().nullable(),
        education: z.string().nullable(),
        occupation: z.string().nullable(),
      }),
      answers: z.record(z.string(), z.number().int()),
    }),
  ),
  nextCursor: z.string().nullable(),
});
