import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, sessions, users } from "../../db/schema";
import { createUser } from "../../worker/actions/users";
import { CLI_ACTOR } from "../../worker/actions/action";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { hostileForms, wrongBodyTypes } from "../helpers/hostile";
import { csrfOf, getPage, login, PASSWORD, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const userRow = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
const NEW = "kata-sandi-baru-2026";

describe("changing one's own password", () => {
  it("needs the current password, ends every other session, keeps this one, and is audited", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const email = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const [mine, other] = [await login(app, email), await login(app, email)];
    const csrf = await csrfOf(app, mine);
    const page = await getPage(app, mine, "/admin/password");
    expect(page.html).toContain("Kata sandi saat ini");
    expect(page.html).toContain('href="/admin"'); // the dashboard's navigation

    const wrong = await postAs(app, mine, "/admin/password", {
      _csrf: csrf,
      current: "salah-sekali-123",
      password: NEW,
      again: NEW,
    });
    expect(wrong.status).toBe(422);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toMatch(/id="current-err">Kata sandi saat ini salah/);
    expect(wrongHtml).toContain("Keluar");
    expect(await login(app, email)).toBeTruthy(); // the old password still works

    const passwordsBefore = (await userRow(email)).passwordHash;
    const ok = await postAs(app, mine, "/admin/password", {
      _csrf: csrf,
      current: PASSWORD,
      password: NEW,
      again: NEW,
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/admin/password?saved=1");
    expect((await userRow(email)).passwordHash).not.toBe(passwordsBefore);
    expect((await getPage(app, mine, "/admin")).res.status).toBe(200);
    expect((await app.request("/admin", { headers: { Cookie: other } })).status).toBe(303);
    const { id } = await userRow(email);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, id))).toHaveLength(1);
    await expect(login(app, email)).rejects.toThrow();
    expect(await login(app, email, NEW)).toBeTruthy();
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.userId, id));
    expect(audits.filter((a) => a.action === "user.password")).toHaveLength(1);
  });

  it("refuses a new password that breaks a rule, by the field, in the page's language, and changes nothing", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const email = await seedUser(t.db, tp.orgId, "manager", tp.unitId);
    const cookie = await login(app, email);
    const csrf = await csrfOf(app, cookie);
    const before = (await userRow(email)).passwordHash;
    const cases: [Record<string, string>, RegExp][] = [
      [{ password: "pendek", again: "pendek" }, /id="password-err">paling sedikit 10 karakter/],
      [{ password: NEW, again: `${NEW}x` }, /id="again-err">tidak sama/],
      [{ password: email, again: email }, /id="password-err">tidak boleh sama dengan surel/],
      [{ password: "aaaaaaaaaaaa", again: "aaaaaaaaaaaa" }, /id="password-err">tidak boleh satu karakter/],
      [{ password: PASSWORD, again: PASSWORD }, /id="password-err">Pilih kata sandi yang berbeda/],
      [{ password: "x".repeat(2000), again: "x".repeat(2000) }, /id="password-err">terlalu panjang/],
      [{}, /id="password-err">/],
    ];
    for (const [fields, message] of cases) {
      const res = await postAs(app, cookie, "/admin/password", { _csrf: csrf, current: PASSWORD, ...fields });
      expect(res.status, JSON.stringify(fields).slice(0, 60)).toBe(422);
      expect(await res.text()).toMatch(message);
    }
    const en = await app.request("/admin/password", {
      method: "POST",
      body: new URLSearchParams({ _csrf: csrf, current: PASSWORD, password: "short", again: "short" }),
      headers: { Cookie: `${cookie}; zis_lang=en` },
    });
    expect(en.status).toBe(422);
    expect(await en.text()).toMatch(/id="password-err">at least 10 characters/);
    expect((await userRow(email)).passwordHash).toBe(before);
  });

  it("answers hostile bodies and a missing form token without a 5xx, changing nothing", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const email = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const cookie = await login(app, email);
    const csrf = await csrfOf(app, cookie);
    const before = (await userRow(email)).passwordHash;
    const base = { _csrf: csrf, current: PASSWORD, password: NEW, again: `${NEW}!` };
    for (const field of ["current", "password", "again"])
      for (const { label, body, type } of hostileForms(base, field)) {
        const headers: Record<string, string> = { Cookie: cookie, ...(type ? { "Content-Type": type } : {}) };
        const res = await app.request("/admin/password", { method: "POST", body, headers });
        expect(res.status, label).toBeLessThan(500);
        expect([403, 413, 422], label).toContain(res.status);
      }
    for (const { label, body, type } of wrongBodyTypes(base)) {
      const headers: Record<string, string> = { Cookie: cookie, ...(type ? { "Content-Type": type } : {}) };
      expect((await app.request("/admin/password", { method: "POST", body, headers })).status, label).toBeLessThan(500);
    }
    const noToken = await postAs(app, cookie, "/admin/password", { current: PASSWORD, password: NEW, again: NEW });
    expect(noToken.status).toBe(403);
    expect((await app.request("/admin/password", { method: "POST", body: new URLSearchParams(base) })).status).toBe(
      401,
    );
    expect((await userRow(email)).passwordHash).toBe(before);
  });
});

describe("a temporary password", () => {
  it("(user:create without --password) opens nothing but the password page until it is replaced", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const email = `sementara-${tp.unitId.toLowerCase()}@contoh.go.id`;
    const { password } = await createUser(
      t.db,
      CLI_ACTOR,
      { orgId: tp.orgId, email, role: "manager", unitId: tp.unitId },
      1,
    );
    expect((await userRow(email)).mustChangePassword).toBe(true);
    const cookie = await login(app, email, password!);
    for (const path of ["/admin", `/admin/units/${tp.unitId}`, "/admin/users", "/admin/units/tidak-ada/report"]) {
      const res = await app.request(path, { headers: { Cookie: cookie } });
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location"), path).toBe("/admin/password");
    }
    const page = await getPage(app, cookie, "/admin/password");
    expect(page.html).toContain("kata sandi sementara");
    const csrf = page.html.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const post = await postAs(app, cookie, `/admin/units/${tp.unitId}/touchpoints`, { _csrf: csrf, label: "Loket X" });
    expect(post.status).toBe(303);
    expect(post.headers.get("location")).toBe("/admin/password");

    const done = await postAs(app, cookie, "/admin/password", {
      _csrf: csrf,
      current: password!,
      password: NEW,
      again: NEW,
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/admin");
    expect((await userRow(email)).mustChangePassword).toBe(false);
    expect((await getPage(app, cookie, `/admin/units/${tp.unitId}`)).res.status).toBe(200);
  });

  it("with --password given is the person's own: no forced change", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const email = `sendiri-${tp.unitId.toLowerCase()}@contoh.go.id`;
    await createUser(t.db, CLI_ACTOR, { orgId: tp.orgId, email, role: "admin", password: NEW }, 1);
    expect((await getPage(app, await login(app, email, NEW), "/admin")).res.status).toBe(200);
  });
});
