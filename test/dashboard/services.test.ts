import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureServiceId } from "../../db/queries/admin";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { auditLog, organizations, services } from "../../db/schema";
import { randomCode, randomId } from "../../worker/crypto";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** A unit with two services and a touchpoint without one, answered in July 2026, and a signed-in admin. */
async function seedUnit() {
  const tp = await seedTouchpoint(t.db);
  await t.db
    .update(organizations)
    .set({ settings: JSON.stringify({ minRespondents: 2 }) })
    .where(eq(organizations.id, tp.orgId));
  const legalisir = await ensureServiceId(t.db, tp.unitId, "Legalisir", randomId());
  const codes = [tp.code, randomCode(), randomCode()];
  await insertTouchpoint(t.db, {
    id: randomId(),
    unitId: tp.unitId,
    serviceId: legalisir,
    code: codes[1]!,
    label: "L2",
  });
  await insertTouchpoint(t.db, { id: randomId(), unitId: tp.unitId, serviceId: null, code: codes[2]!, label: "L3" });
  let now = 0;
  const { app } = createTestApp(t.db, {}, () => now);
  // Perizinan: U all 4 (100,00, A); Legalisir: U all 3 (75,00); no service: U all 2 (50,00).
  for (const [i, code] of codes.entries())
    for (let k = 0; k < 3; k++) {
      now = Date.UTC(2026, 6, 5 + k, 3) / 1000;
      const answers = fullAnswers(undefined, (max) => (max === 4 ? 4 - i : max - i));
      expect((await postJson(app, { token: await visitToken(app, code), answers })).status).toBe(201);
    }
  const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
  return { tp, legalisir, app, cookie, csrf: await csrfOf(app, cookie) };
}

const rowOf = (html: string, name: string) =>
  html.slice(html.indexOf('id="per-service"')).match(new RegExp(`<th scope="row">${name}</th>(.*?)</tr>`))?.[1] ?? "";

describe("the unit page per jenis layanan", () => {
  it("lists each service with responden, IKM and mutu, IPKP, IPAK and sample, in the page's language", async () => {
    const s = await seedUnit();
    const { res, html } = await getPage(s.app, s.cookie, `/admin/units/${s.tp.unitId}?period=2026-07`);
    expect(res.status).toBe(200);
    expect(html).toContain("Per jenis layanan");
    expect(rowOf(html, "Perizinan")).toContain("<td>3</td><td>100,00 (A)</td><td>4,00</td><td>4,00</td>");
    expect(rowOf(html, "Legalisir")).toContain("<td>3</td><td>75,00 (C)</td><td>3,33</td><td>3,33</td>");
    expect(rowOf(html, "Tanpa jenis layanan")).toContain("<td>3</td><td>50,00 (D)</td>");
    expect(rowOf(html, "Perizinan")).toContain("populasi belum diisi");

    const en = await getPage(s.app, s.cookie, `/admin/units/${s.tp.unitId}?period=2026-07&lang=en`);
    expect(en.html).toContain("Per service");
    expect(rowOf(en.html, "Legalisir")).toContain("<td>75.00 (C)</td><td>3.33</td>");
    expect(rowOf(en.html, "No service")).toContain("<td>3</td>");
  });

  it("sets a service's population from the touchpoints page, and the sample column follows it", async () => {
    const s = await seedUnit();
    const page = await getPage(s.app, s.cookie, `/admin/units/${s.tp.unitId}/touchpoints`);
    expect(page.html).toContain(`action="/admin/units/${s.tp.unitId}/touchpoints/services/${s.tp.serviceId}"`);
    const res = await postAs(s.app, s.cookie, `/admin/units/${s.tp.unitId}/touchpoints/services/${s.tp.serviceId}`, {
      _csrf: s.csrf,
      population: " 100 ",
    });
    expect(res.status).toBe(303);
    const [row] = await t.db.select().from(services).where(eq(services.id, s.tp.serviceId));
    expect(row!.population).toBe(100);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "service.population"), eq(auditLog.target, s.tp.serviceId)));
    expect(audits).toHaveLength(1);
    // Krejcie–Morgan for 100 is 80: three respondents are not enough.
    const { html } = await getPage(s.app, s.cookie, `/admin/units/${s.tp.unitId}?period=2026-07`);
    expect(rowOf(html, "Perizinan")).toContain("Tidak (minimal 80)");
  });

  it("refuses hostile populations in the reader's language and another unit's service as unknown, changing nothing", async () => {
    const s = await seedUnit();
    const path = `/admin/units/${s.tp.unitId}/touchpoints/services/${s.legalisir}`;
    for (const population of ["abc", "-1", "0", "1e5", "12.5", "9999999999", "<script>", "x".repeat(10_000)]) {
      const res = await postAs(s.app, s.cookie, path, { _csrf: s.csrf, population });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Populasi harus bilangan bulat");
    }
    const en = await postAs(s.app, s.cookie, `${path}?lang=en`, { _csrf: s.csrf, population: "-1" });
    expect(en.status).toBe(400);
    expect(await en.text()).toContain("The population must be a whole number");
    const other = await seedTouchpoint(t.db);
    const foreign = await postAs(
      s.app,
      s.cookie,
      `/admin/units/${s.tp.unitId}/touchpoints/services/${other.serviceId}`,
      {
        _csrf: s.csrf,
        population: "10",
      },
    );
    expect(foreign.status).toBe(404);
    const rows = await t.db.select().from(services).where(eq(services.unitId, s.tp.unitId));
    expect(rows.map((r) => r.population)).toEqual([null, null]);
    const viewer = await login(s.app, await seedUser(t.db, s.tp.orgId, "viewer"));
    const denied = await postAs(s.app, viewer, path, { _csrf: await csrfOf(s.app, viewer), population: "10" });
    expect([403, 404]).toContain(denied.status);
  });
});

describe("exports per jenis layanan", () => {
  it("names every row's service, also for responses without one", async () => {
    const s = await seedUnit();
    const res = await s.app.request(`/admin/units/${s.tp.unitId}/export.csv?period=2026-07`, {
      headers: { Cookie: s.cookie },
    });
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split("\r\n").slice(1);
    const services = lines.map((l) => l.split(",")[2]).sort();
    expect(services).toEqual([
      ...Array(3).fill("Legalisir"),
      ...Array(3).fill("Perizinan"),
      ...Array(3).fill("Tanpa jenis layanan"),
    ]);
  });
});
