import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, touchpoints, units } from "../../db/schema";
import { CLI_ACTOR } from "../../worker/actions/action";
import { updateTouchpoint } from "../../worker/actions/touchpoints";
import { setUnitActive, updateUnit } from "../../worker/actions/units";
import { commands } from "../../worker/cli/commands";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("unit setup actions", () => {
  it("refuses a move under the unit itself or below it, whoever calls (the CLI has no form to stop it)", async () => {
    const root = await seedTouchpoint(t.db);
    const m = await seedChildUnit(t.db, root.orgId, root.unitId);
    const k = await seedChildUnit(t.db, root.orgId, m.unitId);
    const move = (unitId: string, parentId: string) =>
      updateUnit(t.db, CLI_ACTOR, { orgId: root.orgId, unitId, name: "X", parentId, population: null }, 1);
    await expect(move(root.unitId, k.unitId)).rejects.toThrow("cannot move under itself");
    await expect(move(m.unitId, m.unitId)).rejects.toThrow("cannot move under itself");
    const [row] = await t.db.select().from(units).where(eq(units.id, root.unitId));
    expect(row!.parentId).toBeNull();
    await expect(move(k.unitId, root.unitId)).resolves.toMatchObject({ parentId: root.unitId });
  });

  it("keeps a touchpoint's own switch when it is renamed while its unit is deactivated", async () => {
    const root = await seedTouchpoint(t.db);
    const k = await seedChildUnit(t.db, root.orgId, root.unitId);
    await setUnitActive(t.db, CLI_ACTOR, { orgId: root.orgId, unitId: k.unitId, active: false }, 1);
    await updateTouchpoint(t.db, CLI_ACTOR, { code: k.code, label: "Loket ganti nama" }, 2);
    const [tp] = await t.db.select().from(touchpoints).where(eq(touchpoints.id, k.touchpointId));
    expect(tp).toMatchObject({ label: "Loket ganti nama", active: true });
  });
});

describe("units:import and its dashboard twin", () => {
  it("leave the same audit row: one per import, with what it created and updated", async () => {
    const root = await seedTouchpoint(t.db);
    const tag = root.orgId.toLowerCase();
    const header = "code,name,parent_code,population,services";
    const last = async () => {
      const [row] = await t.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.orgId, root.orgId))
        .orderBy(desc(auditLog.id))
        .limit(1);
      return { action: row!.action, target: row!.target, detail: row!.detail };
    };
    const file = join(mkdtempSync(join(tmpdir(), "zi-units-twin-")), "units.csv");
    writeFileSync(file, `${header}\ncli-${tag},Dari CLI,unit-${root.unitId.toLowerCase()},,Konsultasi`);
    const command = commands["units:import"]!;
    const ran = await command.run({ db: t.db, env: {} }, command.flags.parse({ org: `org-${tag}`, file }));
    expect(ran.json).toMatchObject({ created: 1, errors: [] });
    const fromCli = await last();

    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, root.orgId, "admin"));
    const csv = `${header}\nweb-${tag},Dari dasbor,unit-${root.unitId.toLowerCase()},,Konsultasi`;
    const res = await postAs(app, cookie, "/admin/setup/import", {
      _csrf: await csrfOf(app, cookie),
      csv,
      step: "apply",
    });
    expect(res.status).toBe(303);
    expect(await last()).toEqual(fromCli);
    expect(fromCli).toEqual({
      action: "unit.import",
      target: null,
      detail: JSON.stringify({ created: 1, updated: 0 }),
    });
  });
});
