import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../db/schema";
import { cliDatabase } from "./helpers/cli";

const { dir, admin, seed, withDb, file, cleanup } = cliDatabase("zi-cli-units-", { json: true });
const HEADER = "code,name,parent_code,population,services";
let slug: string;
let orgId: string;

beforeAll(async () => {
  ({ orgId } = await seed());
  slug = `org-${orgId.toLowerCase()}`;
});
afterAll(cleanup);

const stored = () =>
  withDb(async ({ db }) => {
    const units = await db.all<{ code: string; parent: string | null; population: number | null }>(sql`
      select u.code, p.code as parent, u.population from units u left join units p on p.id = u.parent_id
      where u.org_id = ${orgId} and u.code not like 'unit-%' order by u.code`);
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "unit.import"));
    const services = await db.all<{ n: number }>(sql`select count(*) as n from services`);
    return { units, audits: audits.length, services: services[0]!.n };
  });

describe("units:import", { timeout: 180_000 }, () => {
  it("checks with --dry-run, imports a 600-row file in one go, updates on a second run, and refuses a bad file writing nothing", async () => {
    const rows = [HEADER, "djp,Direktorat Jenderal Pajak,,,"];
    for (let k = 0; k < 30; k++) {
      rows.push(`kanwil-${k},"Kanwil ${k}, Jakarta",djp,,`);
      for (let j = 0; j < 19; j++) rows.push(`kpp-${k}-${j},KPP ${k}.${j},kanwil-${k},12.000,Pendaftaran;Konsultasi`);
    }
    const big = file("units.csv", `\uFEFF${rows.join("\r\n")}\r\n`);
    const dry = await admin("units:import", "--org", slug, "--file", big, "--dry-run");
    expect(dry).toEqual({ code: 0, out: { created: 601, updated: 0, unchanged: 0, dryRun: true, errors: [] } });
    expect((await stored()).units).toHaveLength(0);

    const done = await admin("units:import", "--org", slug, "--file", big);
    expect(done).toEqual({ code: 0, out: { created: 601, updated: 0, unchanged: 0, dryRun: false, errors: [] } });
    const after = await stored();
    expect(after.units).toHaveLength(601);
    expect(after.units.find((u) => u.code === "kpp-3-4")).toEqual({
      code: "kpp-3-4",
      parent: "kanwil-3",
      population: 12000,
    });
    expect(after.audits).toBe(1);
    expect(after.services).toBe(1 + 570 * 2);

    const update = file(
      "update.csv",
      [HEADER, "kpp-3-4,KPP 3.4,kanwil-5,,Pendaftaran;Pengaduan", "kpp-new,Baru,kpp-3-4,,"].join("\n"),
    );
    expect(await admin("units:import", "--org", slug, "--file", update)).toEqual({
      code: 0,
      out: { created: 1, updated: 1, unchanged: 0, dryRun: false, errors: [] },
    });
    expect((await stored()).units.find((u) => u.code === "kpp-3-4")).toEqual({
      code: "kpp-3-4",
      parent: "kanwil-5",
      population: 12000,
    });

    const before = await stored();
    const bad = file("bad.csv", [HEADER, "djp,DJP,kpp-0-0,,", "ok-unit,OK,djp,,", 'x,"unclosed'].join("\n"));
    const refused = await admin("units:import", "--org", slug, "--file", bad);
    expect(refused.code).toBe(1);
    expect(refused.out).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      dryRun: false,
      errors: [{ line: 4, message: "A quote is never closed." }],
    });
    const cycle = await admin(
      "units:import",
      "--org",
      slug,
      "--file",
      file("cycle.csv", [HEADER, "djp,DJP,kpp-0-0,,"].join("\n")),
    );
    expect(cycle).toMatchObject({ code: 1, out: { errors: [{ line: 2, message: "The parents form a cycle." }] } });
    expect(await stored()).toEqual(before);
  });

  it("refuses an unknown organization, a missing file and a file over 1 MB with a clear message", async () => {
    const huge = file("huge.csv", `${HEADER}\n${"a".repeat(1024 * 1024 + 1)}`);
    const results = [];
    for (const args of [
      ["--org", "no-such-org", "--file", huge],
      ["--org", slug, "--file", join(dir, "missing.csv")],
      ["--org", slug, "--file", huge],
    ])
      results.push(await admin("units:import", ...args));
    expect(results.map((r) => r.code)).toEqual([1, 1, 1]);
    expect(results.map((r) => (r.out.error as { message: string }).message)).toEqual([
      'No organization with slug "no-such-org".',
      expect.stringContaining("Cannot read the file"),
      expect.stringContaining("larger than 1 MB"),
    ]);
  });
});
