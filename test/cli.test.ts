import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { readRollups, recountRollups } from "../db/queries/rollups";
import { openNodeDb } from "../worker/node-db";
import { cliDatabase, tsxCli } from "./helpers/cli";

const run = promisify(execFile);
const cli = cliDatabase("zi-cli-", { env: { PUBLIC_URL: "https://survei.example.go.id" } });
const { dir, url: DATABASE_URL, run: admin, seed, withDb, cleanup } = cli;
afterAll(cleanup);

const json = (out: { stdout: string }) => JSON.parse(out.stdout) as Record<string, unknown>;

describe("admin CLI", () => {
  // Some twenty CLI processes, each a tsx start: over 30 s on a busy 2-core machine.
  it("creates an organization, a unit tree and a touchpoint, printing one JSON object each", async () => {
    const org = json(
      await admin("org:create", "--name", "Dinas Uji", "--slug", "dinas-uji", "--tz", "Asia/Makassar", "--json"),
    );
    expect(org).toEqual({ id: expect.any(String), slug: "dinas-uji" });
    const parent = json(
      await admin(
        "unit:create",
        "--org",
        "dinas-uji",
        "--name",
        "Satker",
        "--code",
        "satker-1",
        "--population",
        "5000",
        "--json",
      ),
    );
    expect(parent).toEqual({ id: expect.any(String), code: "satker-1" });
    const child = json(
      await admin(
        "unit:create",
        "--org",
        "dinas-uji",
        "--name",
        "UPT",
        "--code",
        "upt-1",
        "--parent",
        String(parent.id),
        "--instruments",
        "skm,spak",
        "--json",
      ),
    );
    const tp = json(
      await admin("touchpoint:create", "--unit", String(child.id), "--label", "Loket 2", "--service", "KTP", "--json"),
    );
    expect(tp).toEqual({
      id: expect.any(String),
      code: expect.stringMatching(/^[a-z2-9]{8}$/),
      url: `https://survei.example.go.id/s/${tp.code}`,
    });

    const svg = join(dir, "qr.svg");
    const png = join(dir, "qr.png");
    expect((await admin("touchpoint:qr", "--code", String(tp.code), "--out", svg)).code).toBe(0);
    expect(readFileSync(svg, "utf8")).toMatch(/^<svg[^]*<\/svg>\s*$/);
    expect(json(await admin("touchpoint:qr", "--code", String(tp.code), "--out", png, "--json"))).toMatchObject({
      file: png,
    });
    expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");

    const closed = json(await admin("touchpoint:deactivate", "--code", String(tp.code), "--json"));
    expect(closed).toEqual({ code: tp.code, active: false });

    const created = json(
      await admin("token:create", "--org", "dinas-uji", "--role", "evaluator", "--unit", String(child.id), "--json"),
    );
    expect(created).toEqual({ token: expect.stringMatching(/^zis_[A-Za-z0-9]{40}$/), id: expect.any(String) });
    const listed = json(await admin("token:list", "--org", "dinas-uji", "--json")) as {
      tokens: Record<string, unknown>[];
    };
    expect(listed.tokens).toEqual([expect.objectContaining({ id: created.id, unitId: child.id, revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(String(created.token));
    expect(json(await admin("token:revoke", "--id", String(created.id), "--json"))).toEqual({
      id: created.id,
      revoked: true,
    });
    expect((await admin("token:revoke", "--id", String(created.id))).code).toBe(1);
    expect((await admin("token:create", "--org", "dinas-uji", "--role", "admin")).code).toBe(1);

    expect(json(await admin("rollups:verify", "--json"))).toEqual({ ok: true, differences: [] });
    const set = json(
      await admin("org:settings", "--org", "dinas-uji", "--weighting", "0.111", "--min-respondents", "50", "--json"),
    );
    expect(set).toEqual({
      slug: "dinas-uji",
      settings: expect.objectContaining({ weighting: "0.111", conversion: "ratio", minRespondents: 50 }),
    });
    expect((await admin("org:settings", "--org", "dinas-uji", "--weighting", "0.2")).code).toBe(1);
    expect((set.settings as { sampleBasis: string }).sampleBasis).toBe("annual-per-period");
    expect(
      json(await admin("org:settings", "--org", "dinas-uji", "--sample-basis", "prorated", "--json")).settings,
    ).toMatchObject({ sampleBasis: "prorated", minRespondents: 50 });
    expect((await admin("org:settings", "--org", "dinas-uji", "--sample-basis", "monthly")).code).toBe(1);

    // No respondents yet: refused until confirmed, then published with the flag.
    const unconfirmed = await admin("publish", "--unit", String(child.id), "--period", "2026-Q3", "--json");
    expect(unconfirmed.code).toBe(1);
    expect(json(unconfirmed)).toEqual({
      error: { code: "NEEDS_CONFIRMATION", message: expect.any(String), reasons: ["sample_below_minimum"] },
    });
    const confirmed = ["--confirm", "--json"];
    expect(json(await admin("publish", "--unit", String(child.id), "--period", "2026-Q3", ...confirmed))).toEqual({
      unitId: child.id,
      period: "2026-Q3",
      version: 1,
      flags: ["sample_below_minimum"],
    });
    expect(json(await admin("publish", "--unit", String(child.id), "--period", "2026-Q3", ...confirmed))).toMatchObject(
      {
        version: 2,
      },
    );
    expect((await admin("publish", "--unit", String(child.id), "--period", "2026-Q9")).code).toBe(1);
  }, 120_000);

  it("prints exactly one JSON object through `npm run admin` itself (no npm banner)", async () => {
    const { stdout } = await run(
      "npm",
      ["run", "admin", "--", "org:create", "--name", "Via npm", "--slug", "via-npm", "--json"],
      {
        env: { ...process.env, DATABASE_URL },
      },
    );
    expect(JSON.parse(stdout)).toEqual({ id: expect.any(String), slug: "via-npm" });
  });

  it("refuses bad flags with a clear message, a non-zero exit and no change", async () => {
    expect((await admin("org:create", "--name", "Sekali", "--slug", "dinas-sekali")).code).toBe(0);
    const dup = await admin("org:create", "--name", "Lagi", "--slug", "dinas-sekali", "--json");
    expect(dup.code).toBe(1);
    expect(json(dup)).toEqual({ error: { code: "INVALID", message: expect.stringContaining("exists already") } });
    const badTz = await admin("org:create", "--name", "X", "--slug", "x-org", "--tz", "Mars/Olympus");
    expect(badTz.code).toBe(1);
    expect(badTz.stderr).toContain("time zone");
    const noUnit = await admin("touchpoint:create", "--unit", "nope", "--label", "L");
    expect(noUnit.stderr).toContain('No unit with id "nope"');
    const usage = await admin("nonsense");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("touchpoint:create");
  });

  it("refuses a publish period outside the window or of the wrong shape, writing nothing", async () => {
    // Seeded in-process: only the refusals need the CLI's own process.
    const { unitId } = await seed();
    const written = () =>
      withDb(({ db }) =>
        db.all(
          sql`select (select count(*) from published_snapshots where unit_id = ${unitId}) as snapshots, (select count(*) from audit_log where target = ${unitId}) as audit`,
        ),
      );
    const before = await written();
    const refused = await admin("publish", "--unit", unitId, "--period", "0999");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("The year must be within 2000–2100");
    const asJson = await admin("publish", "--unit", unitId, "--period", "0999", "--json");
    expect(asJson.code).toBe(1);
    expect(json(asJson)).toEqual({ error: { code: "INVALID", message: expect.stringContaining("2000–2100") } });
    const shape = await admin("publish", "--unit", unitId, "--period", "2026-Q5");
    expect(shape.code).toBe(1);
    expect(shape.stderr).toContain("Use a period like 2026, 2026-S1, 2026-Q3 or 2026-07");
    // A period that has not ended (2099 has not begun) and no respondents: both reasons, nothing written.
    const running = await admin("publish", "--unit", unitId, "--period", "2099");
    expect(running.code).toBe(1);
    expect(running.stderr).toContain("period_running, sample_below_minimum");
    expect(await written()).toEqual(before);
  }, 60_000);

  it("migrates a database and fills the demo instansi through the real insert path", async () => {
    const url = `file:${join(dir, "demo.db")}`;
    const env = { ...process.env, DATABASE_URL: url };
    await tsxCli(["migrate"], env);
    const { stdout } = await tsxCli(["demo", "--json"], env);
    const demo = JSON.parse(stdout) as { created: boolean; responses: number; units: unknown[] };
    expect(demo.created).toBe(true);
    expect(demo.units).toHaveLength(4);
    expect(demo.responses).toBeGreaterThan(1000);
    const { client, db } = await openNodeDb(url);
    try {
      expect(await readRollups(db)).toEqual(await recountRollups(db));
      // The MPP has evidence in every section of its report and its Evaluasi ZI page.
      const counts = await client.execute(
        `select (select count(*) from follow_ups) as plan, (select count(*) from forums) as forums,
           (select count(*) from publication_channels) as channels, (select count(*) from zi_capaian) as capaian,
           (select count(*) from published_snapshots) as snapshots`,
      );
      expect({ ...counts.rows[0] }).toEqual({ plan: 5, forums: 1, channels: 2, capaian: 1, snapshots: 1 });
    } finally {
      client.close();
    }
    const again = JSON.parse((await tsxCli(["demo", "--json"], env)).stdout);
    expect(again).toEqual({ created: false });
    expect(existsSync(join(dir, "demo.db"))).toBe(true);
  }, 120_000);
});
