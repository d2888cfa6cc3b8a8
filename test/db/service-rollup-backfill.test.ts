import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureServiceId } from "../../db/queries/admin";
import { readRollups } from "../../db/queries/rollups";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { randomCode, randomId } from "../../worker/crypto";
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
  const other = randomCode();
  await insertTouchpoint(t.db, {
    id: randomId(),
    unitId: tp.unitId,
    serviceId: await ensureServiceId(t.db, tp.unitId, "Legalisir", randomId()),
    code: other,
    label: "Loket 2",
  });
  // A touchpoint without a service: its responses roll up under service "".
  const child = await seedChildUnit(t.db, tp.orgId, tp.unitId);
  const codes = [tp.code, other, child.code];
  let now = Date.UTC(2026, 0, 30, 20) / 1000;
  const { app } = createTestApp(t.db, {}, () => now);
  for (let i = 0; i < 36; i++) {
    now += 2 * 86400 + 3600;
    const code = codes[i % 3]!;
    const answers = fullAnswers(code === child.code ? undefined : ["skm", "spak"], (max) => 1 + ((i * 7) % max));
    const res = await postJson(app, {
      token: await visitToken(app, code),
      answers,
      steered: i % 4 === 0 ? null : i % 5 === 0,
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

describe("migration 0009 (service rollups)", () => {
  it("backfills from the raw responses exactly what the insert path writes", async () => {
    const { serviceDays, serviceMonths } = await readRollups(t.db);
    expect(new Set(serviceMonths.map((r) => r.serviceId)).size).toBe(3);
    expect(serviceMonths.some((r) => r.serviceId === "" && r.measure === "spkp")).toBe(true);
    expect(serviceDays.some((r) => r.measure === "steered")).toBe(true);
    const migration = readFileSync(join(MIGRATIONS_FOLDER, "0009_issue10_evidence.sql"), "utf8").split(
      "--> statement-breakpoint",
    );
    const backfill = migration.filter((s) => /INSERT INTO `rollup_service_/.test(s));
    expect(backfill).toHaveLength(5);
    await t.client.batch(["DELETE FROM rollup_service_daily", "DELETE FROM rollup_service_month"], "write");
    expect((await readRollups(t.db)).serviceMonths).toEqual([]);
    await t.client.batch(backfill, "write");
    const after = await readRollups(t.db);
    expect(after.serviceDays).toEqual(serviceDays);
    expect(after.serviceMonths).toEqual(serviceMonths);
    expect(await verifyRollups(t.db, Date.UTC(2026, 11, 1) / 1000)).toEqual([]);
  });
});
