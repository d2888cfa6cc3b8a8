import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRollups } from "../../db/queries/rollups";
import { verifyRollups } from "../../worker/indices/verify";
import { MIGRATIONS_FOLDER } from "../../worker/node-db";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
  const tp = await seedTouchpoint(t.db, { instruments: ["skm", "spak"] });
  const child = await seedChildUnit(t.db, tp.orgId, tp.unitId);
  let now = Date.UTC(2026, 0, 30, 20) / 1000;
  const { app } = createTestApp(t.db, {}, () => now);
  for (let i = 0; i < 40; i++) {
    now += 3 * 86400 + 3600;
    const code = i % 3 === 0 ? child.code : tp.code;
    const answers = fullAnswers(i % 3 === 0 ? undefined : ["skm", "spak"], (max) => 1 + (i % max));
    const res = await postJson(app, {
      token: await visitToken(app, code),
      answers,
      steered: i % 4 === 0 ? null : i % 5 === 0,
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

describe("migration 0005_rollup_month", () => {
  it("backfills from the daily rollups exactly what the insert path writes", async () => {
    const written = (await readRollups(t.db)).months;
    expect(written.length).toBeGreaterThan(20);
    const migration = readFileSync(join(MIGRATIONS_FOLDER, "0005_rollup_month.sql"), "utf8").split(
      "--> statement-breakpoint",
    );
    const backfill = migration.filter((s) => /INSERT INTO/.test(s));
    expect(backfill).toHaveLength(4);
    await t.client.execute("DELETE FROM rollup_month");
    for (const sql of backfill) await t.client.execute(sql);
    expect((await readRollups(t.db)).months).toEqual(written);
    expect(await verifyRollups(t.db, Date.UTC(2026, 11, 1) / 1000)).toEqual([]);
  });
});
