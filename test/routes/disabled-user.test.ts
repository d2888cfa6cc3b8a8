import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, sessions, users } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("disabling a user", () => {
  it("deletes their sessions, so enabling them again revives no old sign-in", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const admin = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, admin);
    const email = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const [{ id }] = (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email))) as [
      { id: string },
    ];
    const old = await login(app, email);
    const other = await login(app, email);
    expect((await getPage(app, old, "/admin")).res.status).toBe(200);

    expect((await postAs(app, admin, `/admin/users/${id}`, { _csrf: csrf, disabled: "1" })).status).toBe(303);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
    expect((await postAs(app, admin, `/admin/users/${id}`, { _csrf: csrf, disabled: "0" })).status).toBe(303);

    for (const cookie of [old, other]) {
      const res = await app.request("/admin", { headers: { Cookie: cookie } });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toMatch(/^\/login/);
    }
    // The account itself works again: a new sign-in is a new session.
    expect((await getPage(app, await login(app, email), "/admin")).res.status).toBe(200);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.target, email))).map((a) => a.action);
    expect(actions).toEqual(["user.disable", "user.enable"]);
  });

  it("answers 404 for a user of another organization and changes nothing", async () => {
    const mine = await seedTouchpoint(t.db);
    const theirs = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const admin = await login(app, await seedUser(t.db, mine.orgId, "admin"));
    const email = await seedUser(t.db, theirs.orgId, "viewer", theirs.unitId);
    const [{ id }] = (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email))) as [
      { id: string },
    ];
    const cookie = await login(app, email);
    expect(
      (await postAs(app, admin, `/admin/users/${id}`, { _csrf: await csrfOf(app, admin), disabled: "1" })).status,
    ).toBe(404);
    expect((await getPage(app, cookie, "/admin")).res.status).toBe(200);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.target, email))).toEqual([]);
  });
});
