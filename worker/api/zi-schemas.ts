import * as z from "zod";
import { PERIOD_MAX_YEAR, PERIOD_MIN_YEAR } from "../indices/period";
import { PEKPPP_STAGES } from "../scoring/pekppp";
import { CAPAIAN_GRADES } from "../scoring/worksheet";
import { ZI_VERDICTS } from "../scoring/zi";

/** GET /units/{unitId}/zi: the ZI worksheet numbers of a unit and year (contract.md), validated and documented here. */
export const ziQuery = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, "year must be four digits")
    .transform(Number)
    .refine(
      (y) => y >= PERIOD_MIN_YEAR && y <= PERIOD_MAX_YEAR,
      `year must be within ${PERIOD_MIN_YEAR}–${PERIOD_MAX_YEAR}`,
    )
    .describe(`The year in the unit's calendar, ${PERIOD_MIN_YEAR}–${PERIOD_MAX_YEAR}`),
});

const indexRow = z
  .object({
    n: z.number().int(),
    index4: z.number().nullable().describe("0..4, rounded half up to 2 decimals as the worksheet takes it"),
    lke: z.number().nullable().describe("17.5 × index4 / 4 from the rounded index4, 2 decimals"),
  })
  .describe("index4 and lke are null below the organization's minimum n");

const verdict = z.object({
  verdict: z.enum(ZI_VERDICTS),
  failing: z.array(z.enum(["ipak", "ipkp", "capaian", "bersihAkuntabel"])).describe("The rows that fall short"),
});

const points = (what: string) => z.number().int().min(0).max(5).describe(what);

export const ziResponse = z.object({
  unitId: z.string(),
  year: z.number().int(),
  ipak: indexRow,
  ipkp: indexRow,
  capaianKinerja: z.object({
    grade: z.enum(CAPAIAN_GRADES).nullable().describe("null until the unit enters it (verdict not_entered)"),
    points: z.number().nullable().describe("5 × 1/.75/.5/.25/0"),
  }),
  bersihAkuntabel: z.number().nullable().describe("IPAK lke + capaian kinerja, of 22.5"),
  hasil: z.number().nullable().describe("IPAK lke + capaian kinerja + IPKP lke, of 40"),
  wbk: verdict,
  wbbm: verdict,
  skm: z.object({
    periodsWithResults: z
      .number()
      .int()
      .describe("Triwulan of the year with at least the minimum n of SKM respondents"),
    score: z.number().describe("≥ 4 = 1, 3 = .75, 2 = .5, 1 = .25, 0 = 0"),
  }),
  publication: z.object({
    online: z.boolean().describe("A published period of the year (public page, open data) or an online channel logged"),
    offline: z.boolean(),
    channels: z.number().int().describe("Distinct channels logged, plus the public page once a period is published"),
    score: z.number().describe("online and offline = 1, one of them = .5, none = 0"),
  }),
  followUp: z.object({
    planned: z.number().int(),
    done: z.number().int(),
    score: z.number().describe("all = 1, more than half = .67, at least one = .33, none = 0"),
  }),
  pekppp: z.object({
    implementation: z.object({ stage: z.enum(PEKPPP_STAGES), score: points("0–5, one per stage reached") }),
    channels: z.object({ count: z.number().int(), score: points("the count, 5 for more than 4") }),
    completion: z.object({
      planned: z.number().int(),
      done: z.number().int(),
      share: z.number().nullable(),
      report: z.boolean().describe("Every completed row has its evidence (implementation report)"),
      score: points("0 no plan, 1 none done, 2 < 30%, 3 30–80%, 4 > 80%, 5 all with a report"),
    }),
    speed: z.object({
      withinMonths: z.number().int().nullable().describe("All done within 1/3/6/9/12 months of the period's end"),
      score: points("5/4/3/2/1 for 1/3/6/9/12 months; 0 while any is open"),
    }),
  }),
  minRespondents: z.number().int(),
  formulaVersion: z.string(),
});
