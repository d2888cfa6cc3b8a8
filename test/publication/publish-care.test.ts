import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOrganizationSettings } from "../../db/queries/admin";
import { CLI_ACTOR } from "../../worker/actions/action";
import { NeedsConfirmation, publish } from "../../worker/actions/publishing";
import { CliError } from "../../worker/cli/command";
import { commands } from "../../worker/cli/commands";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const JULY_10 = Date.UTC(2026, 6, 10, 3) / 1000;
const AUGUST_5 = Date.UTC(2026, 7, 5, 3) / 1000;

/** Its own organization (minimum n 2) and unit, with three responses on 10 July 2026 (WIB). */
async function seedUnit() {
  const tp = await seedTouchpoint(t.db);
  await updateOrganizationSettings(t.db, tp.orgId, JSON.stringify({ minRespondents: 2 }));
  const { app } = createTestApp(t.db, {}, () => JULY_10);
  for (let i = 0; i < 3; i++)
    expect((await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers() })).status).toBe(201);
  return { ...tp, unitCode: `unit-${tp.unitId.toLowerCase()}` };
}

/** Everything a publication writes: snapshots and audit rows of the unit. */
const written = (unitId: string) =>
  t.db.all(
    sql`select (select count(*) from published_snapshots where unit_id = ${unitId}) as snapshots, (select count(*) from audit_log where target = ${unitId}) as audit`,
  );

const get = (path: string) => createTestApp(t.db).app.request(path);

describe("publishing with care: the action and the CLI", () => {
  it("refuses a running period or a short sample without confirmation, writing nothing, with the reasons", async () => {
    const u = await seedUnit();
    const before = await written(u.unitId);
    const cases: [string, number, string[]][] = [
      ["2026-07", JULY_10, ["period_running"]],
      ["2026-06", JULY_10, ["sample_below_minimum"]],
      ["2026-08", JULY_10, ["period_running", "sample_below_minimum"]],
      // The last day of a period is still part of it.
      ["2026-07", Date.UTC(2026, 6, 31, 10) / 1000, ["period_running"]],
    ];
    for (const [period, now, reasons] of cases) {
      const err = await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period }, now).catch((e: unknown) => e);
      expect(err, period).toBeInstanceOf(NeedsConfirmation);
      expect((err as NeedsConfirmation).reasons, period).toEqual(reasons);
    }
    expect(await written(u.unitId)).toEqual(before);
    // 31 July 17:00 UTC is already 1 August in Jakarta: July has ended in the unit's calendar.
    const ended = await publish(
      t.db,
      CLI_ACTOR,
      { unitId: u.unitId, period: "2026-07" },
      Date.UTC(2026, 6, 31, 17) / 1000,
    );
    expect(ended).toMatchObject({ period: "2026-07", version: 1, flags: [] });
  });

  it("the CLI answers NEEDS_CONFIRMATION with its reasons, and --confirm publishes with the flags", async () => {
    const u = await seedUnit();
    const publishCommand = commands.publish!;
    const before = await written(u.unitId);
    const refused = await publishCommand
      .run({ db: t.db, env: {} }, publishCommand.flags.parse({ unit: u.unitId, period: "2099" }))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CliError);
    expect((refused as CliError).details).toEqual({
      code: "NEEDS_CONFIRMATION",
      reasons: ["period_running", "sample_below_minimum"],
    });
    expect(await written(u.unitId)).toEqual(before);
    const confirmed = await publishCommand.run(
      { db: t.db, env: {} },
      publishCommand.flags.parse({ unit: u.unitId, period: "2099", confirm: true }),
    );
    expect(confirmed.json).toEqual({
      unitId: u.unitId,
      period: "2099",
      version: 1,
      flags: ["period_running", "sample_below_minimum"],
    });
    expect(() => publishCommand.flags.parse({ unit: u.unitId, period: "2099", confirm: "ya" })).toThrow();
  });
});

describe("publishing with care: the dashboard", () => {
  it("asks first (reasons in the reader's language, a confirm box), writes nothing, then publishes on confirm=1", async () => {
    const u = await seedUnit();
    const { app } = createTestApp(t.db, {}, () => JULY_10);
    const cookie = await login(app, await seedUser(t.db, u.orgId, "manager", u.unitId));
    const _csrf = await csrfOf(app, cookie);
    const path = `/admin/units/${u.unitId}/publish`;
    const before = await written(u.unitId);

    const asked = await postAs(app, cookie, path, { _csrf, period: "2026-Q3" });
    expect(asked.status).toBe(409);
    const page = await asked.text();
    expect(page).toContain("periode ini belum berakhir");
    expect(page).toContain('data-reason="period_running"');
    expect(page).not.toContain('data-reason="sample_below_minimum"');
    expect(page).toMatch(/<input type="checkbox" name="confirm" value="1" required/);
    expect(page).toContain('name="period" value="2026-Q3"');
    for (const confirm of ["", "0", "yes"])
      expect((await postAs(app, cookie, path, { _csrf, period: "2026-Q3", confirm })).status).toBe(409);
    expect(await written(u.unitId)).toEqual(before);

    const english = await app.request(`${path}?lang=en`, {
      method: "POST",
      body: new URLSearchParams({ _csrf, period: "2026-Q3" }),
      headers: { Cookie: cookie },
    });
    expect(english.status).toBe(409);
    expect(await english.text()).toContain("the period has not ended yet");

    const done = await postAs(app, cookie, path, { _csrf, period: "2026-Q3", confirm: "1" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toContain("published=1");
    const data = (await (await get(`/p/${u.unitCode}/data.json`)).json()) as { snapshots: { flags: string[] }[] };
    expect(data.snapshots.map((s) => s.flags)).toEqual([["period_running"]]);
  });

  it("publishes an ended period with enough respondents at once (303, no question)", async () => {
    const u = await seedUnit();
    const { app } = createTestApp(t.db, {}, () => AUGUST_5);
    const cookie = await login(app, await seedUser(t.db, u.orgId, "admin"));
    const res = await postAs(app, cookie, `/admin/units/${u.unitId}/publish`, {
      _csrf: await csrfOf(app, cookie),
      period: "2026-07",
    });
    expect(res.status).toBe(303);
  });
});

describe("publishing with care: the public page, the badge and the open data", () => {
  it("keep a flagged period off the headline and the badge, and say so next to it", async () => {
    const u = await seedUnit();
    await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-07", confirm: true }, JULY_10);
    // Only a running period so far: provisional everywhere.
    let page = await (await get(`/p/${u.unitCode}`)).text();
    expect(page).toContain('data-headline="provisional"');
    expect(page).toContain("Hasil sementara: dipublikasikan sebelum periode ini berakhir.");
    expect(await (await get(`/p/${u.unitCode}/badge.svg`)).text()).toContain("hasil sementara");

    await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-07" }, AUGUST_5);
    await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-08", confirm: true }, AUGUST_5);
    page = await (await get(`/p/${u.unitCode}`)).text();
    expect(page).toContain('data-headline="2026-07"');
    expect(page).toContain("Hasil terkini (periode 2026-07): IKM 100,00, mutu A");
    // The newest period is listed first, with its note; July's newest version carries none.
    expect(page.indexOf('id="periode-2026-08"')).toBeLessThan(page.indexOf('id="periode-2026-07"'));
    expect([...page.matchAll(/data-flags="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "period_running sample_below_minimum",
    ]);
    expect(page).toContain("Jumlah responden belum mencapai batas minimum");
    const badge = await (await get(`/p/${u.unitCode}/badge.svg`)).text();
    expect(badge).toContain("100.00 (A) · 2026-07");
    expect(await (await get(`/p/${u.unitCode}/poster`)).text()).toContain("Juli 2026");

    const data = (await (await get(`/p/${u.unitCode}/data.json`)).json()) as {
      snapshots: { period: { label: string }; version: number; flags: string[]; schemaVersion: number }[];
      dictionary: { snapshot: Record<string, string>; csv: Record<string, string> };
    };
    expect(data.snapshots.map((s) => [s.period.label, s.version, s.flags, s.schemaVersion])).toEqual([
      ["2026-07", 2, [], 3],
      ["2026-07", 1, ["period_running"], 3],
      ["2026-08", 1, ["period_running", "sample_below_minimum"], 3],
    ]);
    expect(data.dictionary.snapshot.flags).toContain("period_running");
    expect(data.dictionary.csv.flags).toContain("sample_below_minimum");
    const csv = (await (await get(`/p/${u.unitCode}/data.csv`)).text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(csv[0]!.split(",").at(-1)).toBe("flags");
    expect(csv.slice(1).map((line) => line.split(",").at(-1))).toEqual([
      "",
      "period_running",
      "period_running;sample_below_minimum",
    ]);
  });
});
