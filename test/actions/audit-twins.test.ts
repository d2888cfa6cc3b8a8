import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { commands } from "../../worker/cli/commands";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

/**
 * Every write the CLI and the dashboard both offer goes through one action: each pair below leaves the
 * same audit row (action, organization, target and detail), apart from who did it and the ids it made.
 */
let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let units: { a: string; b: string };
let app: ReturnType<typeof createTestApp>["app"];
let cookie: string;
let csrf: string;
let slug: string;

beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
  slug = `org-${tp.orgId.toLowerCase()}`;
  units = { a: tp.unitId, b: (await seedChildUnit(t.db, tp.orgId, tp.unitId)).unitId };
  ({ app } = createTestApp(t.db));
  for (let i = 0; i < 2; i++) await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers() });
  cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
  csrf = await csrfOf(app, cookie);
});
afterAll(() => t.close());

/** Runs a CLI command in-process, exactly as `npm run admin` parses and runs it (but for argv). */
async function cli(name: string, flags: Record<string, string>) {
  const command = commands[name]!;
  return (
    await command.run({ db: t.db, env: { PUBLIC_URL: "https://survei.contoh.go.id" } }, command.flags.parse(flags))
  ).json;
}

async function dashboard(path: string, fields: Record<string, string>) {
  const res = await postAs(app, cookie, path, { ...fields, _csrf: csrf });
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(400);
  return res;
}

/** The newest audit row, with the values a run made for itself replaced by their names. */
async function lastAudit(made: Record<string, string>) {
  const [row] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const mask = (text: string | null) =>
    Object.entries(made).reduce((s, [name, value]) => (s ? s.split(value).join(`<${name}>`) : s), text);
  return {
    action: row!.action,
    orgId: row!.orgId,
    target: mask(row!.target),
    detail: mask(row!.detail),
    actor: row!.actor,
  };
}

const without = ({ actor: _actor, ...row }: Awaited<ReturnType<typeof lastAudit>>) => row;

async function newestCode() {
  const rows = await t.db.all<{ code: string }>(sql`select code from touchpoints order by rowid desc limit 1`);
  return rows[0]!.code;
}

describe("a CLI write and its dashboard twin leave the same audit row", () => {
  it("touchpoint.create", async () => {
    const viaCli = (await cli("touchpoint:create", { unit: units.a, label: "Loket Kembar", service: "KTP-el" })) as {
      code: string;
    };
    const fromCli = await lastAudit({ code: viaCli.code });
    await dashboard(`/admin/units/${units.a}/touchpoints`, { label: "Loket Kembar", service: "KTP-el" });
    const fromDashboard = await lastAudit({ code: await newestCode() });
    expect(without(fromDashboard)).toEqual(without(fromCli));
    expect(fromCli).toMatchObject({ action: "touchpoint.create", target: "<code>", actor: "cli" });
    expect(fromDashboard.actor).toMatch(/^admin-/);
  });

  it("touchpoint.update (closing a touchpoint)", async () => {
    await cli("touchpoint:deactivate", { code: tp.code });
    const fromCli = await lastAudit({});
    await dashboard(`/admin/units/${units.a}/touchpoints/${tp.code}`, { label: "Loket 1", active: "0" });
    expect(without(await lastAudit({}))).toEqual(without(fromCli));
    expect(fromCli).toMatchObject({
      action: "touchpoint.update",
      detail: JSON.stringify({ label: "Loket 1", active: false }),
    });
  });

  it("user.create", async () => {
    await cli("user:create", { email: "kembar.cli@contoh.go.id", org: slug, role: "viewer", unit: units.b });
    const fromCli = await lastAudit({ email: "kembar.cli@contoh.go.id" });
    await dashboard("/admin/users", { email: "kembar.web@contoh.go.id", role: "viewer", unit: units.b });
    expect(without(await lastAudit({ email: "kembar.web@contoh.go.id" }))).toEqual(without(fromCli));
    expect(fromCli).toMatchObject({ action: "user.create", target: "<email>", detail: "viewer" });
  });

  it("token.create and token.revoke", async () => {
    const viaCli = (await cli("token:create", { org: slug, role: "evaluator", unit: units.b, label: "TPI" })) as {
      id: string;
    };
    const created = await lastAudit({ id: viaCli.id });
    await dashboard("/admin/tokens", { unit: units.b, label: "TPI" });
    const [newest] = await t.db.all<{ id: string }>(sql`select id from api_tokens order by rowid desc limit 1`);
    expect(without(await lastAudit({ id: newest!.id }))).toEqual(without(created));

    await cli("token:revoke", { id: viaCli.id });
    const revoked = await lastAudit({ id: viaCli.id });
    await dashboard(`/admin/tokens/${newest!.id}/revoke`, {});
    expect(without(await lastAudit({ id: newest!.id }))).toEqual(without(revoked));
    expect(revoked).toMatchObject({ action: "token.revoke", target: "<id>" });
  });

  it("publish", async () => {
    await cli("publish", { unit: units.a, period: "2026-Q3" });
    const fromCli = await lastAudit({ unit: units.a });
    await dashboard(`/admin/units/${units.b}/publish`, { period: "2026-Q3" });
    expect(without(await lastAudit({ unit: units.b }))).toEqual(without(fromCli));
    expect(fromCli).toMatchObject({ action: "publish", target: "<unit>", detail: "2026-Q3 v1" });
  });

  it("settings.org", async () => {
    await cli("org:settings", { org: slug, weighting: "0.111", "min-respondents": "25" });
    const fromCli = await lastAudit({});
    const form = {
      timeZone: "Asia/Jakarta",
      weighting: "0.111",
      conversion: "ratio",
      minRespondents: "25",
      retentionMonths: "36",
      sampleBasis: "annual-per-period",
      privacyNotice: "",
    };
    const bands = {
      bands_age: "<20\n20-29\n30-39\n40-49\n50-59\n60+",
      bands_gender: "L\nP",
      bands_education: "SD\nSMP\nSMA\nD1-D3\nD4-S1\nS2\nS3",
      bands_occupation: "PNS\nTNI-POLRI\nSWASTA\nWIRASWASTA\nPELAJAR\nLAINNYA",
    };
    await dashboard("/admin/settings", { ...form, ...bands });
    expect(without(await lastAudit({}))).toEqual(without(fromCli));
    expect(JSON.parse(fromCli.detail!)).toEqual({
      timeZone: "Asia/Jakarta",
      weighting: "0.111",
      conversion: "ratio",
      minRespondents: 25,
      retentionMonths: 36,
      sampleBasis: "annual-per-period",
    });
  });

  it("every audited action is logged the same way from both sides: no write of either bypasses its action", async () => {
    const rows = await t.db
      .select({ action: auditLog.action, actor: auditLog.actor })
      .from(auditLog)
      .where(eq(auditLog.orgId, tp.orgId));
    const byCli = new Set(rows.filter((r) => r.actor === "cli").map((r) => r.action));
    expect([...byCli].sort()).toEqual([
      "publish",
      "settings.org",
      "token.create",
      "token.revoke",
      "touchpoint.create",
      "touchpoint.update",
      "user.create",
    ]);
  });
});
