import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, sessions, users, userTokens } from "../../db/schema";
import { sha256Hex } from "../../worker/crypto";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { HOSTILE_IDS, hostileForms } from "../helpers/hostile";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const CHOSEN = "pilihan-saya-sendiri";
const userRow = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
const linkIn = (html: string) => html.match(/<code>https?:\/\/[^/<]+(\/password\/[\w-]+)<\/code>/)?.[1];
const choose = (
  app: { request: (p: string, i?: RequestInit) => Response | Promise<Response> },
  link: string,
  again = CHOSEN,
) => app.request(link, { method: "POST", body: new URLSearchParams({ password: CHOSEN, again }) });

async function adminOf(app: Parameters<typeof login>[0], orgId: string) {
  const cookie = await login(app, await seedUser(t.db, orgId, "admin"));
  return { cookie, csrf: await csrfOf(app, cookie) };
}

describe("an invite", () => {
  it("shows a one-time link once (no password), on PUBLIC_URL, storing only its SHA-256", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db, { PUBLIC_URL: "https://survei.contoh.go.id" });
    const admin = await adminOf(app, tp.orgId);
    const email = `undang-${tp.unitId.toLowerCase()}@contoh.go.id`;
    const res = await postAs(app, admin.cookie, "/admin/users", {
      _csrf: admin.csrf,
      email,
      role: "manager",
      unit: tp.unitId,
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<code>https://survei.contoh.go.id/password/`);
    const link = linkIn(html)!;
    const token = link.split("/").pop()!;
    const { id, mustChangePassword } = await userRow(email);
    expect(mustChangePassword).toBe(true);
    const [row] = await t.db.select().from(userTokens).where(eq(userTokens.userId, id));
    expect(row).toMatchObject({ tokenHash: await sha256Hex(token), purpose: "invite", usedAt: null });
    expect(row!.expiresAt - row!.createdAt).toBe(72 * 3600);
    expect(JSON.stringify(await t.db.select().from(userTokens))).not.toContain(token);
    // Shown once: the list afterwards has no link.
    expect(linkIn((await getPage(app, admin.cookie, "/admin/users")).html)).toBeUndefined();

    const form = await app.request(link);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain(email);
    const mismatch = await choose(app, link, "lain-lagi-sekali");
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toMatch(/id="again-err">tidak sama/);

    const done = await choose(app, link);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/admin");
    const cookie = done.headers.get("set-cookie")!.split(";")[0]!;
    expect((await getPage(app, cookie, `/admin/units/${tp.unitId}`)).res.status).toBe(200);
    expect((await userRow(email)).mustChangePassword).toBe(false);
    expect(await login(app, email, CHOSEN)).toBeTruthy();
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.target, email))).map((a) => a.action);
    expect(actions).toEqual(["user.create", "user.invite.accept"]);

    for (const again of [await app.request(link), await choose(app, link)]) {
      expect(again.status).toBe(404);
      const text = await again.text();
      expect(text).toContain("Tautan tidak berlaku");
      expect(text).toContain('href="/login"');
    }
  });

  it("refused (manager without a unit, a taken or bad address, an unknown role) comes back with the input and the navigation", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const admin = await adminOf(app, tp.orgId);
    const taken = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const other = await seedTouchpoint(t.db);
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ email: "baru.manager@contoh.go.id", role: "manager", unit: "" }, "unitId", /Pilih unit untuk manager/],
      [{ email: "baru.viewer@contoh.go.id", role: "viewer", unit: other.unitId }, "unitId", /Unit tidak dikenal/],
      [{ email: taken, role: "viewer", unit: tp.unitId }, "email", /sudah terdaftar/],
      [{ email: "bukan-surel", role: "viewer", unit: tp.unitId }, "email", /bukan alamat surel/],
      [{ email: "baru.root@contoh.go.id", role: "root", unit: tp.unitId }, "role", /pilih salah satu/],
    ];
    const before = (await t.db.select().from(users)).length;
    const links = (await t.db.select().from(userTokens)).length;
    for (const [fields, field, message] of cases) {
      const res = await postAs(app, admin.cookie, "/admin/users", { _csrf: admin.csrf, ...fields });
      const html = await res.text();
      expect(res.status, field).toBe(422);
      expect(html, field).toMatch(new RegExp(`id="${field}-err">[^<]*${message.source}`));
      expect(html, field).toContain('aria-invalid="true"');
      expect(html, field).toContain(`value="${fields.email}"`);
      expect(html, field).toContain('<a href="/admin/settings">'); // the navigation is there
      expect(html, field).toContain('action="/logout"');
    }
    const kept = await postAs(app, admin.cookie, "/admin/users", {
      _csrf: admin.csrf,
      email: "x@contoh.go.id",
      role: "manager",
      unit: "",
    });
    expect(await kept.text()).toMatch(/<option value="manager" selected>/);
    expect((await t.db.select().from(users)).length).toBe(before);
    expect(await t.db.select().from(userTokens)).toHaveLength(links);
  });
});

describe("an admin's reset", () => {
  it("gives a link that replaces the password, ends the old sessions and spends earlier links", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const admin = await adminOf(app, tp.orgId);
    const email = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const { id } = await userRow(email);
    const old = await login(app, email);
    const reset = () => postAs(app, admin.cookie, `/admin/users/${id}/reset`, { _csrf: admin.csrf });
    const first = linkIn(await (await reset()).text())!;
    const second = await reset();
    expect(second.status).toBe(200);
    const link = linkIn(await second.text())!;
    expect((await app.request(first)).status).toBe(404);
    expect((await getPage(app, old, "/admin")).res.status).toBe(200); // the old password stays until the link is used

    expect((await choose(app, link)).status).toBe(303);
    expect((await app.request("/admin", { headers: { Cookie: old } })).status).toBe(303);
    expect(await login(app, email, CHOSEN)).toBeTruthy();
    expect((await t.db.select().from(sessions).where(eq(sessions.userId, id))).length).toBe(2);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.target, email))).map((a) => a.action);
    expect(actions).toEqual(["user.reset", "user.reset", "user.reset.done"]);
  });

  it("is for admins, inside their organization, for enabled accounts only", async () => {
    const tp = await seedTouchpoint(t.db);
    const theirs = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const admin = await adminOf(app, tp.orgId);
    const foreign = (await userRow(await seedUser(t.db, theirs.orgId, "viewer", theirs.unitId))).id;
    const res = await postAs(app, admin.cookie, `/admin/users/${foreign}/reset`, { _csrf: admin.csrf });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Pengguna tidak ditemukan");
    const viewer = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const viewerId = (await userRow(viewer)).id;
    const manager = await login(app, await seedUser(t.db, tp.orgId, "manager", tp.unitId));
    const m = await postAs(app, manager, `/admin/users/${viewerId}/reset`, { _csrf: await csrfOf(app, manager) });
    expect(m.status).toBe(404);
    await postAs(app, admin.cookie, `/admin/users/${viewerId}`, { _csrf: admin.csrf, disabled: "1" });
    const disabled = await postAs(app, admin.cookie, `/admin/users/${viewerId}/reset`, { _csrf: admin.csrf });
    expect(disabled.status).toBe(422);
    expect(await disabled.text()).toContain("nonaktif");
    for (const hostile of HOSTILE_IDS) {
      const r = await postAs(app, admin.cookie, `/admin/users/${hostile}/reset`, { _csrf: admin.csrf });
      expect(r.status, hostile).toBeLessThan(500);
    }
    expect(await t.db.select().from(userTokens).where(eq(userTokens.userId, viewerId))).toHaveLength(0);
    expect(await t.db.select().from(userTokens).where(eq(userTokens.userId, foreign))).toHaveLength(0);
  });
});

describe("a link that cannot be used", () => {
  it("expired after 72 hours, of a disabled account, or unknown: a clear page back to sign-in", async () => {
    const tp = await seedTouchpoint(t.db);
    let now = 1_800_000_000;
    const { app } = createTestApp(t.db, {}, () => now);
    const admin = await adminOf(app, tp.orgId);
    const email = `kedaluwarsa-${tp.unitId.toLowerCase()}@contoh.go.id`;
    const html = await (
      await postAs(app, admin.cookie, "/admin/users", { _csrf: admin.csrf, email, role: "admin", unit: "" })
    ).text();
    const link = linkIn(html)!;
    now += 72 * 3600 - 60;
    expect((await app.request(link)).status).toBe(200);
    now += 120;
    const late = await choose(app, link);
    expect(late.status).toBe(404);
    expect(await late.text()).toContain("kedaluwarsa");
    expect((await userRow(email)).mustChangePassword).toBe(true);
    for (const id of ["tidak-ada-sama-sekali-123", ...HOSTILE_IDS]) {
      const res = await app.request(`/password/${id}`, { headers: { "x-test-client": "203.0.113.50" } });
      expect(res.status, id).toBeLessThan(500);
      expect([404, 429], id).toContain(res.status);
    }
  });

  it("hostile bodies on a live link: refused with the form again, never a 5xx, the link still live", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const admin = await adminOf(app, tp.orgId);
    const email = `hostile-${tp.unitId.toLowerCase()}@contoh.go.id`;
    const html = await (
      await postAs(app, admin.cookie, "/admin/users", { _csrf: admin.csrf, email, role: "admin", unit: "" })
    ).text();
    const link = linkIn(html)!;
    for (const field of ["password", "again"])
      for (const { label, body, type } of hostileForms({ password: CHOSEN, again: "beda-sekali-ini" }, field)) {
        const res = await app.request(link, { method: "POST", body, headers: type ? { "Content-Type": type } : {} });
        expect([413, 422], label).toContain(res.status);
      }
    expect((await app.request(link)).status).toBe(200);
  });

  it("guessing is throttled per network like the sign-in; a live link is not charged", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const admin = await adminOf(app, tp.orgId);
    const html = await (
      await postAs(app, admin.cookie, "/admin/users", {
        _csrf: admin.csrf,
        email: `g-${tp.unitId.toLowerCase()}@contoh.go.id`,
        role: "admin",
        unit: "",
      })
    ).text();
    const link = linkIn(html)!;
    const from = { "x-test-client": "198.51.100.99" };
    for (let i = 0; i < 40; i++) expect((await app.request(link, { headers: from })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push((await app.request(`/password/geblek${"x".repeat(20)}${i}`, { headers: from })).status);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    const blocked = await app.request(`/password/${"y".repeat(30)}`, { headers: from });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain("Terlalu banyak percobaan");
    expect((await app.request(link, { headers: from })).status).toBe(429);
    expect((await app.request(link, { headers: { "x-test-client": "198.51.100.100" } })).status).toBe(200);
  });
});
