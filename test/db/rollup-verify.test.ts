import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  organizations,
  responses,
  rollupItemDaily,
  rollupMonth,
  rollupScoreDaily,
  rollupServiceDaily,
  rollupServiceMonth,
  rollupUnitDaily,
} from "../../db/schema";
import { verifyRollups } from "../../worker/indices/verify";
import { CLI_ACTOR } from "../../worker/actions/action";
import { enforceRetention, rebuildRollups } from "../../worker/actions/data";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
const NOW = Date.UTC(2026, 10, 22, 5) / 1000;
let unitId: string;

// verify and rebuild look at the whole database, and each test corrupts and repairs it (or deletes by
// retention): each test gets its own database with the same four submissions.
beforeEach(async () => {
  t = await createTestDb();
  const tp = await seedTouchpoint(t.db);
  unitId = tp.unitId;
  let now = NOW;
  const { app } = createTestApp(t.db, {}, () => now);
  for (const daysAgo of [1, 1, 2, 40]) {
    now = NOW - daysAgo * 86400;
    const answers = fullAnswers(undefined, (max) => 1 + ((daysAgo + max) % max));
    expect(
      (await postJson(app, { token: await visitToken(app, tp.code), answers, steered: daysAgo === 2 })).status,
    ).toBe(201);
  }
});
afterEach(() => t.close());

describe("rollups:verify and rollups:rebuild", () => {
  it("finds nothing to report when every submission went through the insert path", async () => {
    expect(await verifyRollups(t.db, NOW)).toEqual([]);
  });

  it("reports a wrong count, a missing row and a stray row, and repairs them", async () => {
    const [day] = await t.db.select({ d: responses.localDate }).from(responses).limit(1);
    await t.db
      .update(rollupItemDaily)
      .set({ count: sql`${rollupItemDaily.count} + 5` })
      .where(and(eq(rollupItemDaily.unitId, unitId), eq(rollupItemDaily.item, "U3")));
    await t.db
      .delete(rollupScoreDaily)
      .where(and(eq(rollupScoreDaily.localDate, day!.d), eq(rollupScoreDaily.instrument, "spak")));
    await t.db
      .insert(rollupUnitDaily)
      .values({ unitId, localDate: "2026-11-01", respondents: 3, steeredYes: 0, steeredAnswered: 0 });

    const found = await verifyRollups(t.db, NOW);
    expect(found.map((d) => d.table).sort()).toEqual(["days", "items", "items", "items", "scores"]);
    expect(found.find((d) => d.table === "days")).toMatchObject({ key: `${unitId}|2026-11-01`, expected: null });
    expect(found.find((d) => d.table === "scores")).toMatchObject({ stored: null, expected: { instrument: "spak" } });

    expect(await rebuildRollups(t.db, CLI_ACTOR, NOW)).toHaveLength(5);
    expect(await verifyRollups(t.db, NOW)).toEqual([]);
  });

  it("reports and repairs a wrong, a missing and a stray monthly row", async () => {
    const month = (await t.db.select({ d: responses.localDate }).from(responses).limit(1))[0]!.d.slice(0, 7);
    await t.db
      .update(rollupMonth)
      .set({ total: sql`${rollupMonth.total} + 1` })
      .where(and(eq(rollupMonth.unitId, unitId), eq(rollupMonth.measure, "U3"), eq(rollupMonth.month, month)));
    await t.db
      .delete(rollupMonth)
      .where(and(eq(rollupMonth.unitId, unitId), eq(rollupMonth.measure, "respondents"), eq(rollupMonth.month, month)));
    await t.db.insert(rollupMonth).values({ unitId, month: "2026-10", measure: "A9", n: 1, total: 6, totalSq: 36 });

    const found = await verifyRollups(t.db, NOW);
    expect(found.map((d) => d.table)).toEqual(["months", "months", "months"]);
    expect(found.find((d) => d.key === `${unitId}|2026-10|A9`)).toMatchObject({ expected: null });
    expect(await rebuildRollups(t.db, CLI_ACTOR, NOW)).toHaveLength(3);
    expect(await verifyRollups(t.db, NOW)).toEqual([]);
  });

  it("reports and repairs wrong, missing and stray rows of the service rollups", async () => {
    const sd = rollupServiceDaily;
    const sm = rollupServiceMonth;
    await t.db
      .update(sd)
      .set({ n: sql`${sd.n} + 1` })
      .where(and(eq(sd.unitId, unitId), eq(sd.measure, "respondents")));
    const days = (
      await t.db
        .select()
        .from(sd)
        .where(and(eq(sd.unitId, unitId), eq(sd.measure, "respondents")))
    ).length;
    await t.db.delete(sm).where(and(eq(sm.unitId, unitId), eq(sm.measure, "skm")));
    await t.db
      .insert(sm)
      .values({ unitId, month: "2026-11", serviceId: "gone", measure: "U1", n: 1, total: 4, totalSq: 16 });

    const found = await verifyRollups(t.db, NOW);
    const tables = found.map((d) => d.table);
    expect(tables.filter((x) => x === "serviceDays")).toHaveLength(days);
    expect(tables.filter((x) => x === "serviceMonths")).toHaveLength(3);
    expect(found.find((d) => d.key === `${unitId}|2026-11|gone|U1`)).toMatchObject({ expected: null });
    expect(await rebuildRollups(t.db, CLI_ACTOR, NOW)).toHaveLength(days + 3);
    expect(await verifyRollups(t.db, NOW)).toEqual([]);
  });

  it("leaves days before the retention cut-off alone: their raw answers are gone by design", async () => {
    const [{ orgId }] = (await t.db.all<{ orgId: string }>(
      sql`select org_id as orgId from units where id = ${unitId}`,
    )) as [{ orgId: string }];
    await t.db
      .update(organizations)
      .set({ settings: JSON.stringify({ retentionMonths: 1 }) })
      .where(eq(organizations.id, orgId));
    const deleted = await enforceRetention(t.db, CLI_ACTOR, NOW);
    expect(deleted.find((r) => r.orgId === orgId)!.deleted).toBe(1);
    expect(await verifyRollups(t.db, NOW)).toEqual([]);
  });
});
