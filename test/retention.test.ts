import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeExpiredRateBuckets } from "../db/queries/rate-buckets";
import { readRollups } from "../db/queries/rollups";
import { organizations, rateBuckets, responseFlags, responses } from "../db/schema";
import { CLI_ACTOR } from "../worker/actions/action";
import { enforceRetention } from "../worker/actions/data";
import { monthsBefore } from "../worker/indices/period";
import { createTestApp } from "./helpers/app";
import { createTestDb } from "./helpers/db";
import { fullAnswers, seedTouchpoint } from "./helpers/factories";
import { postJson, visitToken } from "./helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const DAY = 86400;

describe("retention", () => {
  it("counts months back on the calendar, clamped to the month's end", () => {
    expect(monthsBefore("2026-11-22", 36)).toBe("2023-11-22");
    expect(monthsBefore("2026-05-31", 3)).toBe("2026-02-28");
    expect(monthsBefore("2028-05-31", 3)).toBe("2028-02-29");
    expect(monthsBefore("2026-01-15", 1)).toBe("2025-12-15");
  });

  it("deletes raw responses older than the organization's setting and keeps the rollups", async () => {
    const { code, orgId } = await seedTouchpoint(t.db);
    await t.db
      .update(organizations)
      .set({ settings: JSON.stringify({ retentionMonths: 12 }) })
      .where(eq(organizations.id, orgId));
    const other = await seedTouchpoint(t.db);
    const now = Date.UTC(2026, 10, 22, 5) / 1000;
    let clock = now;
    const { app } = createTestApp(t.db, {}, () => clock);
    for (const age of [400, 380, 300, 10]) {
      clock = now - age * DAY;
      for (const tp of [code, other.code]) {
        expect(
          (await postJson(app, { token: await visitToken(app, tp), answers: fullAnswers(), comment: "ada komentar" }))
            .status,
        ).toBe(201);
      }
    }
    const rollupsBefore = await readRollups(t.db);
    const results = await enforceRetention(t.db, CLI_ACTOR, now);
    expect(results.find((r) => r.orgId === orgId)).toEqual({ orgId, cutoff: "2025-11-22", deleted: 2 });
    expect(results.find((r) => r.orgId === other.orgId)!.deleted).toBe(0);
    const left = await t.db
      .select({ d: responses.localDate })
      .from(responses)
      .where(eq(responses.unitId, (await seedUnitOf(code))!));
    expect(left.map((r) => r.d).sort()).toEqual(["2026-01-26", "2026-11-12"]);
    const orphanAnswers = await t.db.all<{ n: number }>(
      sql`select count(*) as n from answers where response_id not in (select id from responses)`,
    );
    expect(orphanAnswers[0]!.n).toBe(0);
    expect(await readRollups(t.db)).toEqual(rollupsBefore);
  });

  it("deletes a response's flag row (Perlu perhatian) with the response", async () => {
    const { code, orgId } = await seedTouchpoint(t.db);
    await t.db
      .update(organizations)
      .set({ settings: JSON.stringify({ retentionMonths: 12 }) })
      .where(eq(organizations.id, orgId));
    const now = Date.UTC(2026, 10, 22, 5) / 1000;
    let clock = now - 400 * DAY;
    const { app } = createTestApp(t.db, {}, () => clock);
    const submit = async () => {
      const res = await postJson(app, { token: await visitToken(app, code), answers: fullAnswers(), steered: true });
      return ((await res.json()) as { id: string }).id;
    };
    const old = await submit();
    clock = now - 10 * DAY;
    const recent = await submit();
    const flagged = async () =>
      (
        await t.db
          .select({ id: responseFlags.responseId })
          .from(responseFlags)
          .where(inArray(responseFlags.responseId, [old, recent]))
      ).map((r) => r.id);
    expect((await flagged()).sort()).toEqual([old, recent].sort());
    await enforceRetention(t.db, CLI_ACTOR, now);
    expect(await flagged()).toEqual([recent]);
  });

  it("purges rate counters whose window has passed", async () => {
    await t.db.insert(rateBuckets).values([
      { key: "old", count: 3, max: 10, expiresAt: 100 },
      { key: "current", count: 1, max: 10, expiresAt: 300 },
    ]);
    await purgeExpiredRateBuckets(t.db, 200);
    expect((await t.db.select({ key: rateBuckets.key }).from(rateBuckets)).map((r) => r.key)).toEqual(["current"]);
  });
});

async function seedUnitOf(code: string) {
  const rows = await t.db.all<{ unit_id: string }>(sql`select unit_id from touchpoints where code = ${code}`);
  return rows[0]?.unit_id;
}
