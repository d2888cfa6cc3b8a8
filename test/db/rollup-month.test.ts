import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitRange, sumRollupsByMonth } from "../../db/queries/indices";
import { insertResponse } from "../../db/queries/responses";
import { randomId } from "../../worker/crypto";
import { computeIndices, ikmFromScores, mergeMonths } from "../../worker/indices/compute";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedTouchpoint } from "../helpers/factories";

let t: Awaited<ReturnType<typeof createTestDb>>;
let units: string[];
beforeAll(async () => {
  t = await createTestDb();
  const tp = await seedTouchpoint(t.db);
  const child = await seedChildUnit(t.db, tp.orgId, tp.unitId);
  units = [tp.unitId, child.unitId];
  const touchpoints = [tp.touchpointId, child.touchpointId];
  // Responses on every 3rd day from late 2025 to early 2027, with varied answers and steering.
  for (let d = 0, i = 0; d < 480; d += 3, i++) {
    const date = new Date(Date.UTC(2025, 10, 20 + d)).toISOString().slice(0, 10);
    const which = i % 2;
    await insertResponse(t.db, {
      id: randomId(),
      unitId: units[which]!,
      serviceId: null,
      touchpointId: touchpoints[which]!,
      localDate: date,
      submittedAt: 0,
      lang: "id",
      nonce: randomId(),
      steered: i % 5 === 0 ? null : i % 7 === 0,
      comment: null,
      profile: {},
      answers: [
        ...["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"].map((item, k) => ({
          item,
          instrument: "skm",
          value: 1 + ((i + k) % 4),
        })),
        ...(i % 3 === 0
          ? []
          : ["A1", "A2", "A3", "A4", "A5"].map((item, k) => ({ item, instrument: "spak", value: 1 + ((i * k) % 6) }))),
      ],
    });
  }
});
afterAll(() => t.close());

/** The same tallies straight from the daily rollups: the reference the monthly path must equal. */
async function fromDaily(unitIds: string[], from: string, to: string) {
  const ids = sql.join(
    unitIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const items = await t.db.all<{ item: string; sum: number; n: number }>(
    sql`select item, sum(value * count) as sum, sum(count) as n from rollup_item_daily where unit_id in (${ids}) and local_date between ${from} and ${to} group by item order by item`,
  );
  const [days] = await t.db.all<{ respondents: number; yes: number; answered: number }>(
    sql`select coalesce(sum(respondents), 0) as respondents, coalesce(sum(steered_yes), 0) as yes, coalesce(sum(steered_answered), 0) as answered from rollup_unit_daily where unit_id in (${ids}) and local_date between ${from} and ${to}`,
  );
  const scores = await t.db.all<{ instrument: string; n: number; sum: number; sq: number }>(
    sql`select instrument, sum(respondents) as n, sum(score_sum) as sum, sum(score_sq_sum) as sq from rollup_score_daily where unit_id in (${ids}) and local_date between ${from} and ${to} group by instrument order by instrument`,
  );
  return { items, days: days!, scores };
}

describe("monthly rollup", () => {
  it("splits a range into whole months and partial edge days", () => {
    expect(splitRange("2026-01-01", "2026-12-31")).toEqual({ months: ["2026-01", "2026-12"], days: [] });
    expect(splitRange("2026-01-15", "2026-03-10")).toEqual({
      months: ["2026-02", "2026-02"],
      days: [
        ["2026-01-15", "2026-01-31"],
        ["2026-03-01", "2026-03-10"],
      ],
    });
    expect(splitRange("2026-02-02", "2026-02-27")).toEqual({ months: null, days: [["2026-02-02", "2026-02-27"]] });
    expect(splitRange("2026-01-31", "2026-02-01")).toEqual({ months: null, days: [["2026-01-31", "2026-02-01"]] });
    expect(splitRange("2028-02-01", "2028-02-29")).toEqual({ months: ["2028-02", "2028-02"], days: [] });
    expect(splitRange("2025-12-02", "2026-01-31")).toEqual({
      months: ["2026-01", "2026-01"],
      days: [["2025-12-02", "2025-12-31"]],
    });
  });

  const ranges: [string, string][] = [
    ["2026-01-01", "2026-12-31"],
    ["2025-11-21", "2027-03-04"],
    ["2026-02-10", "2026-02-20"],
    ["2025-12-31", "2026-01-01"],
    ["2026-03-15", "2026-09-14"],
    ["2024-01-01", "2024-12-31"],
  ];
  it.each(ranges)("sums %s..%s exactly as the daily rollups do, for one unit and a subtree", async (from, to) => {
    for (const ids of [[units[0]!], units]) {
      const tallies = mergeMonths(await sumRollupsByMonth(t.db, ids, from, to));
      const daily = await fromDaily(ids, from, to);
      expect(
        [...tallies.items].map(([item, v]) => ({ item, ...v })).sort((a, b) => a.item.localeCompare(b.item)),
      ).toEqual(daily.items);
      expect({ respondents: tallies.respondents, yes: tallies.steeredYes, answered: tallies.steeredAnswered }).toEqual(
        daily.days,
      );
      expect(
        [...tallies.scores]
          .map(([instrument, m]) => ({ instrument, n: m.n, sum: m.sum, sq: m.sumSquares }))
          .sort((a, b) => a.instrument.localeCompare(b.instrument)),
      ).toEqual(daily.scores);
    }
  });

  it("sums a whole range at once, or only some measures, to the same figures", async () => {
    const options = {
      weighting: "exact" as const,
      conversion: "ratio" as const,
      minRespondents: 1,
      sampleBasis: "annual-per-period" as const,
    };
    for (const [from, to] of ranges) {
      const byMonth = await sumRollupsByMonth(t.db, units, from, to);
      const whole = await sumRollupsByMonth(t.db, units, from, to, { perMonth: false });
      expect(new Set(whole.days.map((d) => d.month))).toEqual(new Set(whole.days.length ? [""] : []));
      const period = { days: 365, yearDays: 365 };
      expect(computeIndices(mergeMonths(whole), options, null, period)).toEqual(
        computeIndices(mergeMonths(byMonth), options, null, period),
      );
      // A month's IKM from its SKM score totals alone is the IKM from its nine unsur.
      const skm = await sumRollupsByMonth(t.db, units, from, to, { measures: ["skm"] });
      expect(skm.items).toEqual([]);
      expect(skm.scores.length).toBe(new Set(byMonth.scores.map((r) => r.month)).size);
      for (const s of skm.scores) {
        const month = {
          items: byMonth.items.filter((r) => r.month === s.month),
          scores: byMonth.scores.filter((r) => r.month === s.month),
          days: [],
        };
        for (const w of ["exact", "0.111", "0.11"] as const) {
          const ix = computeIndices(mergeMonths(month), { ...options, weighting: w }, null, period);
          expect(ikmFromScores({ n: s.respondents, sum: s.scoreSum }, w)).toBeCloseTo(ix.ikm!.converted, 10);
        }
      }
    }
  });

  it("keeps units apart when asked per unit", async () => {
    const totals = await sumRollupsByMonth(t.db, units, "2026-01-01", "2026-06-30", { perUnit: true });
    const perUnit = new Set(totals.days.map((d) => d.unitId));
    expect(perUnit).toEqual(new Set(units));
    const sum = totals.days.reduce((n, d) => n + d.respondents, 0);
    expect(sum).toBe((await fromDaily(units, "2026-01-01", "2026-06-30")).days.respondents);
  });
});
