import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, webhooks } from "../../db/schema";
import { AppError } from "../../worker/errors";
import { commands } from "../../worker/cli/commands";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedTouchpoint } from "../helpers/factories";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => (t = await createTestDb()));
afterAll(() => t.close());

/** A command as worker/cli.ts runs it (flag schema, then the command), without a process per call. */
async function admin(name: string, flags: Record<string, string | boolean>) {
  const command = commands[name]!;
  const parsed = command.flags.safeParse({ ...flags, json: true });
  if (!parsed.success) return { ok: false as const, message: parsed.error.message };
  try {
    return { ok: true as const, json: (await command.run({ db: t.db, env: {} }, parsed.data)).json };
  } catch (err) {
    const e = err as Error;
    return {
      ok: false as const,
      message: err instanceof AppError ? (err.extra.localized?.en ?? e.message) : e.message,
    };
  }
}

const hooksOf = (orgId: string) => t.db.select().from(webhooks).where(eq(webhooks.orgId, orgId));
const slugOf = (orgId: string) => `org-${orgId.toLowerCase()}`;

describe("webhook:create", () => {
  it("answers the id and a whsec_ secret once, audited; list never shows the secret; disable stops it", async () => {
    const tp = await seedTouchpoint(t.db);
    const org = slugOf(tp.orgId);
    const events = "response.flagged, period.published,response.flagged";
    const made = await admin("webhook:create", { org, url: "https://wa-bridge.dinas.go.id/hook?x=1", events });
    expect(made.ok).toBe(true);
    if (!made.ok) throw new Error(made.message);
    const { id, secret } = made.json as { id: string; secret: string };
    expect(Object.keys(made.json)).toEqual(["id", "secret"]);
    expect(Buffer.from(secret.slice("whsec_".length), "base64")).toHaveLength(24);
    const [row] = await hooksOf(tp.orgId);
    expect(JSON.parse(row!.events)).toEqual(["response.flagged", "period.published"]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.target, id));
    expect(audit.map((a) => a.action)).toEqual(["webhook.create"]);

    const listed = await admin("webhook:list", { org });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(listed)).toContain(id);
    expect((await admin("webhook:disable", { id })).ok).toBe(true);
    expect((await hooksOf(tp.orgId))[0]!.disabledAt).not.toBeNull();
    expect(await admin("webhook:disable", { id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("No active webhook"),
    });
  });

  it("takes a unit of the organization as scope, never another organization's", async () => {
    const tp = await seedTouchpoint(t.db);
    const child = await seedChildUnit(t.db, tp.orgId, tp.unitId);
    const other = await seedTouchpoint(t.db);
    const base = { org: slugOf(tp.orgId), url: "https://desk.example/hook", events: "followup.overdue" };
    expect((await admin("webhook:create", { ...base, unit: child.unitId })).ok).toBe(true);
    expect(await admin("webhook:create", { ...base, unit: other.unitId })).toMatchObject({
      ok: false,
      message: expect.stringContaining("No active unit"),
    });
    expect((await hooksOf(tp.orgId)).map((h) => h.unitId)).toEqual([child.unitId]);
  });

  it.each([
    ["javascript:alert(1)", "must be https://"],
    ["file:///etc/passwd", "must be https://"],
    ["data:text/plain,hi", "must be https://"],
    ["ftp://example.com/hook", "must be https://"],
    ["https://user:pass@example.com/hook", "user name or password"],
    ["https://:token@example.com/hook", "user name or password"],
    ["http://example.com/hook", "only to this machine"],
    ["http://127.0.0.1.nip.io/hook", "only to this machine"],
    ["http://10.0.0.5/hook", "only to this machine"],
    ["https://exa mple.com/hook", "not a valid URL"],
    ["https://example.com/\u0000hook", "not a valid URL"],
    ["not a url", "not a valid URL"],
    [`https://example.com/${"a".repeat(3000)}`, "too long"],
  ])("refuses the URL %s and stores nothing", async (url, why) => {
    const tp = await seedTouchpoint(t.db);
    const result = await admin("webhook:create", { org: slugOf(tp.orgId), url, events: "response.flagged" });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(why) });
    expect(await hooksOf(tp.orgId)).toEqual([]);
  });

  it.each([
    [{ events: "" }, "one of response.flagged"],
    [{ events: "response.flagged,response.deleted" }, "one of response.flagged"],
    [{ events: true }, "expected string"],
    [{ org: "NO SUCH ORG" }, "lowercase letters"],
    [{ org: "tidak-ada" }, "No organization"],
    [{ url: true }, "expected string"],
  ] as [Record<string, string | boolean>, string][])("refuses the flags %j and stores nothing", async (flags, why) => {
    const tp = await seedTouchpoint(t.db);
    const base = { org: slugOf(tp.orgId), url: "https://example.com/hook", events: "response.flagged" };
    expect(await admin("webhook:create", { ...base, ...flags })).toMatchObject({
      ok: false,
      message: expect.stringContaining(why),
    });
    expect(await hooksOf(tp.orgId)).toEqual([]);
  });

  it("accepts http only to this machine, for a local relay or a test receiver", async () => {
    const tp = await seedTouchpoint(t.db);
    for (const url of ["http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]:9000/"]) {
      expect((await admin("webhook:create", { org: slugOf(tp.orgId), url, events: "response.flagged" })).ok).toBe(true);
    }
    expect(await hooksOf(tp.orgId)).toHaveLength(3);
  });
});
