import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, responses, services, units } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedChildUnit, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postForm, tokenFromPage } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** An organization: root R (with a touchpoint) → M → K, and a signed-in user of the given role. */
async function org(role: "admin" | "manager" | "viewer" = "admin") {
  const root = await seedTouchpoint(t.db);
  const m = await seedChildUnit(t.db, root.orgId, root.unitId);
  const k = await seedChildUnit(t.db, root.orgId, m.unitId);
  const { app } = createTestApp(t.db);
  const cookie = await login(app, await seedUser(t.db, root.orgId, role, role === "admin" ? null : m.unitId));
  const csrf = role === "viewer" ? "" : await csrfOf(app, cookie);
  const post = (path: string, fields: Record<string, string>) => postAs(app, cookie, path, { _csrf: csrf, ...fields });
  return { root, m, k, app, cookie, csrf, post };
}

const unitRow = async (id: string) => (await t.db.select().from(units).where(eq(units.id, id)))[0]!;
const audits = async (orgId: string) =>
  (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.orgId, orgId))).map((r) => r.action);
/** The org's units as they stand: to show that a refused request changed nothing. */
const orgState = async (orgId: string) =>
  t.db.all(sql`select id, code, name, parent_id, population, deactivated_at from units where org_id = ${orgId}
    union all select s.id, '', s.name, s.unit_id, s.population, s.deactivated_at from services s join units u on u.id = s.unit_id where u.org_id = ${orgId}
    order by 1`);

/** A refused form: 422, the message, the typed input kept, and the dashboard's navigation around it. */
async function expectRefused(res: Response, message: string, kept: string[]) {
  expect(res.status).toBe(422);
  const html = await res.text();
  expect(html).toContain(message);
  for (const value of kept) expect(html).toContain(value);
  expect(html).toContain('href="/admin/setup"');
  expect(html).toContain('action="/logout"');
}

describe("unit setup in the dashboard (admin)", () => {
  it("shows the tree, creates a unit under a parent, renames, moves and sets its population, each audited", async () => {
    const o = await org();
    const tree = await getPage(o.app, o.cookie, "/admin/setup");
    expect(tree.res.status).toBe(200);
    expect(tree.html).toContain(`href="/admin/setup/units/${o.k.unitId}"`);
    const created = await o.post("/admin/setup/units", {
      name: "KPP Pratama Baru",
      code: "KPP-Baru-1",
      parentId: o.m.unitId,
      population: "12.000",
    });
    expect(created.status).toBe(303);
    const id = /\/admin\/setup\/units\/([^?]+)/.exec(created.headers.get("location")!)![1]!;
    expect(await unitRow(id)).toMatchObject({ code: "kpp-baru-1", parentId: o.m.unitId, population: 12000 });
    expect((await getPage(o.app, o.cookie, `/admin/setup/units/${id}?saved=1`)).html).toContain("Tersimpan.");

    const changed = await o.post(`/admin/setup/units/${id}`, {
      name: "KPP Baru",
      parentId: o.k.unitId,
      population: "",
    });
    expect(changed.status).toBe(303);
    expect(await unitRow(id)).toMatchObject({ name: "KPP Baru", parentId: o.k.unitId, population: null });
    expect(await audits(o.root.orgId)).toEqual(expect.arrayContaining(["unit.create", "unit.move"]));
  });

  it("refuses a move under the unit's own sub-unit, a bad code and a bad population: 422, input kept, nothing changed", async () => {
    const o = await org();
    const before = await orgState(o.root.orgId);
    await expectRefused(
      await o.post(`/admin/setup/units/${o.m.unitId}`, { name: "Nama diketik", parentId: o.k.unitId, population: "7" }),
      "Pilih induk dari daftar.",
      ['value="Nama diketik"'],
    );
    await expectRefused(
      await o.post("/admin/setup/units", { name: "Unit X", code: "a b", parentId: "", population: "" }),
      "Kode harus",
      ['value="Unit X"'],
    );
    await expectRefused(
      await o.post("/admin/setup/units", { name: "Unit Y", code: "unit-y", parentId: "", population: "-3" }),
      "Populasi harus",
      ['value="Unit Y"', 'value="-3"'],
    );
    await expectRefused(
      await o.post("/admin/setup/units", { name: " ", code: "unit-z", parentId: "", population: "" }),
      "wajib diisi",
      ['value="unit-z"'],
    );
    // A hand-made request without the parent or population field moves nothing and clears nothing.
    await expectRefused(
      await o.post(`/admin/setup/units/${o.m.unitId}`, { name: "Tanpa induk", population: "7" }),
      "Formulir tidak lengkap",
      ['value="Tanpa induk"'],
    );
    await expectRefused(
      await o.post(`/admin/setup/units/${o.m.unitId}`, { name: "Tanpa populasi", parentId: o.root.unitId }),
      "Formulir tidak lengkap",
      ['value="Tanpa populasi"'],
    );
    const taken = await unitRow(o.k.unitId);
    await expectRefused(
      await o.post("/admin/setup/units", { name: "Dup", code: taken.code, parentId: "", population: "" }),
      "sudah ada",
      ['value="Dup"'],
    );
    expect(await orgState(o.root.orgId)).toEqual(before);
  });

  it("deactivates a unit: its QR codes answer as closed (page and submit), it leaves the overview; reactivating reopens", async () => {
    const o = await org();
    const token = await tokenFromPage(o.app, o.k.code);
    await expectRefused(await o.post(`/admin/setup/units/${o.m.unitId}/active`, { active: "0" }), "sub-unit aktif", []);
    expect((await o.post(`/admin/setup/units/${o.k.unitId}/active`, { active: "0" })).status).toBe(303);
    expect((await unitRow(o.k.unitId)).deactivatedAt).not.toBeNull();
    expect((await o.app.request(`/s/${o.k.code}`)).status).toBe(410);
    const submit = await postForm(o.app, o.k.code, { token, ...fullAnswers() });
    expect(submit.status).toBe(410);
    const stored = await t.db.select().from(responses).where(eq(responses.unitId, o.k.unitId));
    expect(stored).toHaveLength(0);
    expect((await getPage(o.app, o.cookie, "/admin")).html).not.toContain(o.k.unitId);
    for (const scope of [null, o.root.unitId]) {
      const { token } = await seedEvaluatorToken(t.db, o.root.orgId, scope);
      const listed = await o.app.request("/api/v1/units", { headers: { Authorization: `Bearer ${token}` } });
      const ids = ((await listed.json()) as { units: { id: string }[] }).units.map((u) => u.id);
      expect(ids).toContain(o.m.unitId);
      expect(ids).not.toContain(o.k.unitId);
    }
    expect((await getPage(o.app, o.cookie, "/admin/setup")).html).toContain("nonaktif");
    // New setup under it is refused.
    await expectRefused(
      await o.post("/admin/setup/units", { name: "Di bawah", code: "di-bawah", parentId: o.k.unitId, population: "" }),
      "Pilih induk dari daftar.",
      ['value="Di bawah"'],
    );
    const touchpoint = await o.post(`/admin/units/${o.k.unitId}/touchpoints`, { label: "Loket baru" });
    expect(touchpoint.status).toBe(400);
    expect(await touchpoint.text()).toContain("Unit ini nonaktif");
    expect((await o.post(`/admin/setup/units/${o.k.unitId}/active`, { active: "1" })).status).toBe(303);
    expect((await o.app.request(`/s/${o.k.code}`)).status).toBe(200);
    expect(await audits(o.root.orgId)).toEqual(expect.arrayContaining(["unit.deactivate", "unit.reactivate"]));
  });

  it("creates, renames, sets the population of and deactivates a service; a deactivated service's touchpoint is closed", async () => {
    const o = await org();
    const base = `/admin/setup/units/${o.root.unitId}/services`;
    expect((await o.post(base, { name: "Konsultasi", population: "2500" })).status).toBe(303);
    await expectRefused(await o.post(base, { name: "Konsultasi", population: "" }), "sudah punya layanan", [
      'value="Konsultasi"',
    ]);
    const row = await o.post(`${base}/${o.root.serviceId}`, { name: "Perizinan Usaha", population: "12000" });
    expect(row.status).toBe(303);
    const [s] = await t.db.select().from(services).where(eq(services.id, o.root.serviceId));
    expect(s).toMatchObject({ name: "Perizinan Usaha", population: 12000 });
    await expectRefused(await o.post(`${base}/${o.root.serviceId}`, { name: "Lain", population: "x" }), "Populasi", [
      'value="Lain"',
    ]);
    expect((await o.post(`${base}/${o.root.serviceId}/active`, { active: "0" })).status).toBe(303);
    expect((await o.app.request(`/s/${o.root.code}`)).status).toBe(410);
    expect((await o.post(`${base}/${o.root.serviceId}/active`, { active: "1" })).status).toBe(303);
    expect((await o.app.request(`/s/${o.root.code}`)).status).toBe(200);
    expect(await audits(o.root.orgId)).toEqual(
      expect.arrayContaining(["service.create", "service.rename", "service.population", "service.deactivate"]),
    );
  });
});

describe("unit setup scope", () => {
  it("a manager sees and changes only their subtree, never above it", async () => {
    const o = await org("manager");
    const tree = (await getPage(o.app, o.cookie, "/admin/setup")).html;
    expect(tree).toContain(o.k.unitId);
    expect(tree).not.toContain(`/admin/setup/units/${o.root.unitId}"`);
    const before = await orgState(o.root.orgId);
    expect((await getPage(o.app, o.cookie, `/admin/setup/units/${o.root.unitId}`)).res.status).toBe(404);
    for (const path of [
      "",
      "/active",
      "/services",
      `/services/${o.root.serviceId}`,
      `/services/${o.root.serviceId}/active`,
    ])
      expect((await o.post(`/admin/setup/units/${o.root.unitId}${path}`, { name: "x", active: "0" })).status).toBe(404);
    await expectRefused(
      await o.post("/admin/setup/units", { name: "Atas", code: "atas-1", parentId: o.root.unitId, population: "" }),
      "Pilih induk dari daftar.",
      ['value="Atas"'],
    );
    await expectRefused(
      await o.post("/admin/setup/units", { name: "Puncak", code: "puncak-1", parentId: "", population: "" }),
      "di bawah unit Anda",
      ['value="Puncak"'],
    );
    await expectRefused(
      await o.post(`/admin/setup/units/${o.k.unitId}`, { name: "K", parentId: o.root.unitId, population: "" }),
      "Pilih induk dari daftar.",
      [],
    );
    expect((await o.post(`/admin/setup/units/${o.m.unitId}/active`, { active: "0" })).status).toBe(404);
    expect(await orgState(o.root.orgId)).toEqual(before);
    // Their own unit: renamed, but its parent stays whatever the form says.
    expect(
      (await o.post(`/admin/setup/units/${o.m.unitId}`, { name: "M baru", parentId: "", population: "" })).status,
    ).toBe(303);
    expect(await unitRow(o.m.unitId)).toMatchObject({ name: "M baru", parentId: o.root.unitId });
  });

  it("a viewer has no setup area, and another organization's unit is not found", async () => {
    const v = await org("viewer");
    expect((await getPage(v.app, v.cookie, "/admin/setup")).res.status).toBe(404);
    expect((await getPage(v.app, v.cookie, "/admin/setup/import")).res.status).toBe(404);
    expect((await getPage(v.app, v.cookie, "/admin")).html).not.toContain('href="/admin/setup"');
    const a = await org();
    expect((await getPage(a.app, a.cookie, `/admin/setup/units/${v.k.unitId}`)).res.status).toBe(404);
  });
});
