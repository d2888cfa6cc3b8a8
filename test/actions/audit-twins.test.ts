import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { commands } from "../../worker/cli/commands";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";
import { packFixture } from "../helpers/language-pack";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every write the CLI and the dashboard both offer goes through one action: each pair below leaves the
 * same audit row (action, organization, target and detail), apart from who did it and the ids it made.
 */
let t: Awaited<ReturnType<typeof createTestDb>>;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** An organization of its own for each test: a unit and a sub-unit, two responses, a signed-in admin. */
async function seedOrg() {
  const tp = await seedTouchpoint(t.db);
  const units = { a: tp.unitId, b: (await seedChildUnit(t.db, tp.orgId, tp.unitId)).unitId };
  const { app } = createTestApp(t.db);
  for (let i = 0; i < 2; i++) await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers() });
  const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
  const csrf = await csrfOf(app, cookie);
  // E-mail addresses are unique across organizations.
  const tag = tp.orgId.toLowerCase();
  return { tp, units, app, cookie, csrf, tag, slug: `org-${tag}` };
}
type Org = Awaited<ReturnType<typeof seedOrg>>;

/** Runs a CLI command in-process, exactly as `npm run admin` parses and runs it (but for argv). */
async function cli(name: string, flags: Record<string, string>) {
  const command = commands[name]!;
  return (
    await command.run({ db: t.db, env: { PUBLIC_URL: "https://survei.contoh.go.id" } }, command.flags.parse(flags))
  ).json;
}

async function dashboard(o: Org, path: string, fields: Record<string, string>) {
  const res = await postAs(o.app, o.cookie, path, { ...fields, _csrf: o.csrf });
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(400);
  return res;
}

/** The organization's newest audit row, with the values a run made for itself replaced by their names. */
async function lastAudit(o: Org, made: Record<string, string>) {
  const [row] = await t.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.orgId, o.tp.orgId))
    .orderBy(desc(auditLog.id))
    .limit(1);
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

async function newestCode(unitId: string) {
  const rows = await t.db.all<{ code: string }>(
    sql`select code from touchpoints where unit_id = ${unitId} order by rowid desc limit 1`,
  );
  return rows[0]!.code;
}

/** Each pair: the CLI write, then its dashboard twin, in the given organization. */
const twins: [string, (o: Org) => Promise<void>][] = [
  [
    "touchpoint.create",
    async (o) => {
      const viaCli = (await cli("touchpoint:create", {
        unit: o.units.a,
        label: "Loket Kembar",
        service: "KTP-el",
      })) as { code: string };
      const fromCli = await lastAudit(o, { code: viaCli.code });
      await dashboard(o, `/admin/units/${o.units.a}/touchpoints`, { label: "Loket Kembar", service: "KTP-el" });
      const fromDashboard = await lastAudit(o, { code: await newestCode(o.units.a) });
      expect(without(fromDashboard)).toEqual(without(fromCli));
      expect(fromCli).toMatchObject({ action: "touchpoint.create", target: "<code>", actor: "cli" });
      expect(fromDashboard.actor).toMatch(/^admin-/);
    },
  ],
  [
    "touchpoint.update (closing a touchpoint)",
    async (o) => {
      await cli("touchpoint:deactivate", { code: o.tp.code });
      const fromCli = await lastAudit(o, {});
      await dashboard(o, `/admin/units/${o.units.a}/touchpoints/${o.tp.code}`, { label: "Loket 1", active: "0" });
      expect(without(await lastAudit(o, {}))).toEqual(without(fromCli));
      expect(fromCli).toMatchObject({
        action: "touchpoint.update",
        detail: JSON.stringify({ label: "Loket 1", active: false, kiosk: false }),
      });
    },
  ],
  [
    "service.population",
    async (o) => {
      await cli("service:population", { service: o.tp.serviceId, population: "1200" });
      const fromCli = await lastAudit(o, {});
      await dashboard(o, `/admin/units/${o.units.a}/touchpoints/services/${o.tp.serviceId}`, { population: "1200" });
      expect(without(await lastAudit(o, {}))).toEqual(without(fromCli));
      expect(fromCli).toMatchObject({
        action: "service.population",
        target: o.tp.serviceId,
        detail: JSON.stringify({ name: "Perizinan", population: 1200 }),
      });
    },
  ],
  [
    "user.create",
    async (o) => {
      const [cliEmail, webEmail] = [`kembar.cli.${o.tag}@contoh.go.id`, `kembar.web.${o.tag}@contoh.go.id`];
      await cli("user:create", { email: cliEmail, org: o.slug, role: "viewer", unit: o.units.b });
      const fromCli = await lastAudit(o, { email: cliEmail });
      await dashboard(o, "/admin/users", { email: webEmail, role: "viewer", unit: o.units.b });
      expect(without(await lastAudit(o, { email: webEmail }))).toEqual(without(fromCli));
      expect(fromCli).toMatchObject({ action: "user.create", target: "<email>", detail: "viewer" });
    },
  ],
  [
    "token.create and token.revoke",
    async (o) => {
      const viaCli = (await cli("token:create", { org: o.slug, role: "evaluator", unit: o.units.b, label: "TPI" })) as {
        id: string;
      };
      const created = await lastAudit(o, { id: viaCli.id });
      await dashboard(o, "/admin/tokens", { unit: o.units.b, label: "TPI" });
      const [newest] = await t.db.all<{ id: string }>(
        sql`select id from api_tokens where org_id = ${o.tp.orgId} order by rowid desc limit 1`,
      );
      expect(without(await lastAudit(o, { id: newest!.id }))).toEqual(without(created));

      await cli("token:revoke", { id: viaCli.id });
      const revoked = await lastAudit(o, { id: viaCli.id });
      await dashboard(o, `/admin/tokens/${newest!.id}/revoke`, {});
      expect(without(await lastAudit(o, { id: newest!.id }))).toEqual(without(revoked));
      expect(revoked).toMatchObject({ action: "token.revoke", target: "<id>" });
    },
  ],
  [
    "publish",
    async (o) => {
      // Two responses, both after 2026-Q3: published only when confirmed, and the audit row says why.
      await cli("publish", { unit: o.units.a, period: "2026-Q3", confirm: "true" });
      const fromCli = await lastAudit(o, { unit: o.units.a });
      await dashboard(o, `/admin/units/${o.units.b}/publish`, { period: "2026-Q3", confirm: "1" });
      expect(without(await lastAudit(o, { unit: o.units.b }))).toEqual(without(fromCli));
      expect(fromCli).toMatchObject({ action: "publish", target: "<unit>", detail: "2026-Q3 v1 sample_below_minimum" });
    },
  ],
  [
    "zi.capaian",
    async (o) => {
      expect(await cli("zi:capaian", { unit: o.units.a, year: "2026", grade: "c" })).toEqual({
        unitId: o.units.a,
        year: 2026,
        grade: "C",
        points: 2.5,
      });
      const fromCli = await lastAudit(o, { unit: o.units.a });
      await dashboard(o, `/admin/units/${o.units.b}/zi/capaian`, { year: "2026", grade: "c" });
      expect(without(await lastAudit(o, { unit: o.units.b }))).toEqual(without(fromCli));
      expect(fromCli).toMatchObject({ action: "zi.capaian", target: "<unit>/2026", detail: "C" });
    },
  ],
  [
    "language.add and language.remove",
    async (o) => {
      const path = join(mkdtempSync(join(tmpdir(), "zi-twin-")), "jv.json");
      writeFileSync(path, JSON.stringify(packFixture("jv", "Basa Uji")));
      await cli("lang:add", { org: o.slug, file: path });
      const added = await lastAudit(o, { code: "jv" });
      await dashboard(o, "/admin/settings/languages", { pasted: JSON.stringify(packFixture("su", "Basa Uji")) });
      expect(without(await lastAudit(o, { code: "su" }))).toEqual(without(added));
      expect(added).toMatchObject({ action: "language.add", target: "<code>" });

      await cli("lang:remove", { org: o.slug, code: "jv" });
      const removed = await lastAudit(o, { code: "jv" });
      await dashboard(o, "/admin/settings/languages/su/remove", {});
      expect(without(await lastAudit(o, { code: "su" }))).toEqual(without(removed));
      expect(removed).toMatchObject({ action: "language.remove", target: "<code>", detail: "Basa Uji" });
    },
  ],
  [
    "settings.org",
    async (o) => {
      await cli("org:settings", { org: o.slug, weighting: "0.111", "min-respondents": "25" });
      const fromCli = await lastAudit(o, {});
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
      await dashboard(o, "/admin/settings", { ...form, ...bands });
      expect(without(await lastAudit(o, {}))).toEqual(without(fromCli));
      expect(JSON.parse(fromCli.detail!)).toEqual({
        timeZone: "Asia/Jakarta",
        weighting: "0.111",
        conversion: "ratio",
        minRespondents: 25,
        retentionMonths: 36,
        sampleBasis: "annual-per-period",
      });
    },
  ],
];

describe("a CLI write and its dashboard twin leave the same audit row", () => {
  for (const [name, run] of twins) it(name, async () => run(await seedOrg()));

  it("every audited action is logged the same way from both sides: no write of either bypasses its action", async () => {
    const o = await seedOrg();
    for (const [, run] of twins) await run(o);
    const rows = await t.db
      .select({ action: auditLog.action, actor: auditLog.actor })
      .from(auditLog)
      .where(eq(auditLog.orgId, o.tp.orgId));
    const byCli = new Set(rows.filter((r) => r.actor === "cli").map((r) => r.action));
    expect([...byCli].sort()).toEqual([
      "language.add",
      "language.remove",
      "publish",
      "service.population",
      "settings.org",
      "token.create",
      "token.revoke",
      "touchpoint.create",
      "touchpoint.update",
      "user.create",
      "zi.capaian",
    ]);
  });
});
