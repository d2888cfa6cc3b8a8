import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, ziCapaian } from "../db/schema";
import { commands } from "../worker/cli/commands";
import { openNodeDb } from "../worker/node-db";
import { cliDatabase } from "./helpers/cli";
import { createTestDb } from "./helpers/db";
import { seedTouchpoint } from "./helpers/factories";

const { url: DATABASE_URL, admin, seed, cleanup } = cliDatabase("zi-cli-zi-");
afterAll(cleanup);

describe("npm run admin -- zi:capaian", () => {
  it("prints { unitId, year, grade, points } and exits 1 with nothing written on a bad grade", async () => {
    const { unitId } = await seed();
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
