import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRollups, recountRollups } from "../../db/queries/rollups";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";
import type { Instrument } from "../../worker/survey/instruments";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const answerSet = fc.record({
  skm: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }),
  spkp: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 8, maxLength: 8 }),
  spak: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 }),
  steered: fc.constantFrom(true, false, null),
  touchpoint: fc.nat(2),
  // Seconds across a few days, so responses fall on different local dates and zones.
  at: fc.integer({ min: 1_790_000_000, max: 1_790_000_000 + 4 * 86400 }),
});

describe("rollups", () => {
  it("equal a recount from the raw answers after a random batch of submissions", async () => {
    const tps = [
      await seedTouchpoint(t.db),
      await seedTouchpoint(t.db, { unitTimeZone: "Asia/Jayapura", instruments: ["skm", "spak"] }),
      await seedTouchpoint(t.db, { timeZone: "Asia/Makassar", instruments: ["spkp"] }),
    ];
    const instrumentsOf: Instrument[][] = [["skm", "spkp", "spak"], ["skm", "spak"], ["spkp"]];
    const batch = fc.sample(answerSet, { numRuns: 60, seed: 42 });
    let now = 0;
    const { app } = createTestApp(t.db, {}, () => now);
    let created = 0;
    for (const r of batch) {
      now = r.at;
      const which = r.touchpoint;
      const answers: Record<string, number> = {};
      for (const ins of instrumentsOf[which]!) {
        const prefix = { skm: "U", spkp: "P", spak: "A" }[ins];
        r[ins].forEach((v, i) => (answers[`${prefix}${i + 1}`] = v));
      }
      const token = await visitToken(app, tps[which]!.code);
      const body = { token, answers, steered: r.steered };
      // Each response also arrives as a concurrent copy, a later replay and an invalid variant: none may count.
      const [a, b] = await Promise.all([postJson(app, body), postJson(app, body)]);
      expect([a.status, b.status].sort()).toEqual([200, 201]);
      expect((await postJson(app, body)).status).toBe(200);
      expect(
        (
          await postJson(app, {
            ...body,
            token: await visitToken(app, tps[which]!.code),
            answers: { ...answers, Z1: 1 },
          })
        ).status,
      ).toBe(400);
      created++;
    }
    const stored = await readRollups(t.db);
    const recount = await recountRollups(t.db);
    expect(stored).toEqual(recount);
    expect(stored.days.reduce((n, d) => n + d.respondents, 0)).toBe(created);
    expect(new Set(stored.days.map((d) => d.localDate)).size).toBeGreaterThan(2);
  });
});
