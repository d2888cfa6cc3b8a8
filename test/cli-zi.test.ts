import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, ziCapaian } from "../db/schema";
import { commands } from "../worker/cli/commands";
import { migrateDb, openNodeDb } from "../worker/node-db";
import { createTestDb } from "./helpers/db";
import { seedTouchpoint } from "./helpers/factories";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "zi-cli-zi-"));
const DATABASE_URL = `file:${join(dir, "cli.db")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function admin(...args: string[]) {
  try {
    const { stdout } = await run("node_modules/.bin/tsx", ["worker/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL },
    });
    return { code: 0, out: JSON.parse(stdout) as Record<string, unknown> };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, out: JSON.parse(e.stdout) as Record<string, unknown> };
  }
}

describe("npm run admin -- zi:capaian", () => {
  it("prints { unitId, year, grade, points } and exits 1 with nothing written on a bad grade", async () => {
    const { client, db } = await openNodeDb(DATABASE_URL);
    await migrateDb(db);
    const { unitId } = await seedTouchpoint(db);
    client.close();
    const ok = await admin("zi:capaian", "--unit", unitId, "--year", "2026", "--grade", "A", "--json");
    expect(ok).toEqual({ code: 0, out: { unitId, year: 2026, grade: "A", points: 5 } });
    const bad = await admin("zi:capaian", "--unit", unitId, "--year", "2026", "--grade", "A+", "--json");
    expect(bad).toEqual({ code: 1, out: { error: { code: "INVALID", message: "grade must be A, B, C, D or E" } } });
    const check = await openNodeDb(DATABASE_URL);
    const rows = await check.db.select().from(ziCapaian).where(eq(ziCapaian.unitId, unitId));
    check.client.close();
    expect(rows.map((r) => [r.year, r.grade])).toEqual([[2026, "A"]]);
  });

  it.each([
    { year: "1999", grade: "B" },
    { year: "2101", grade: "B" },
    { year: "abc", grade: "B" },
    { year: "2026", grade: "" },
    { year: "2026", grade: "AB" },
    { year: "2026", grade: "\u202eA" },
    { year: " 20 26", grade: "A" },
  ])("refuses %j in-process and writes nothing", async (flags) => {
    const t = await createTestDb();
    try {
      const { unitId, orgId } = await seedTouchpoint(t.db);
      const command = commands["zi:capaian"]!;
      const parsed = command.flags.parse({ unit: unitId, ...flags });
      await expect(command.run({ db: t.db, env: {} }, parsed)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
      expect(await t.db.select().from(ziCapaian)).toEqual([]);
      expect(await t.db.select().from(auditLog).where(eq(auditLog.orgId, orgId))).toEqual([]);
    } finally {
      t.close();
    }
  });
});
