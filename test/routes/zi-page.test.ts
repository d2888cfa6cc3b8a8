import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, organizations, publicationChannels, ziCapaian } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
const at = (iso: string) => Date.parse(iso) / 1000;
// The page's "today" in tests: 15 December 2026, whatever the machine's clock says.
const NOW = at("2026-12-15T03:00:00Z");
const appAt = (now = NOW) => createTestApp(t.db, {}, () => now).app;

async function submit(code: string, when: string, answers: Record<string, number>) {
  const app = appAt(at(when));
  const res = await postJson(app, { token: await visitToken(app, code), answers, steered: false });
  expect(res.status).toBe(201);
}

/** An organization of its own (minimum n 3) whose unit has three perfect answers in 2026, and its people. */
async function seedUnitWithPeople() {
  const unit = await seedTouchpoint(t.db);
  await t.db
    .update(organizations)
    .set({ settings: JSON.stringify({ minRespondents: 3 }) })
    .where(eq(organizations.id, unit.orgId));
  for (const d of ["2026-02-01", "2026-05-01", "2026-08-01"]) await submit(unit.code, `${d}T03:00:00Z`, fullAnswers());
  const child = await seedChildUnit(t.db, unit.orgId, unit.unitId);
  const app = appAt();
  const cookies = {
    admin: await login(app, await seedUser(t.db, unit.orgId, "admin")),
    manager: await login(app, await seedUser(t.db, unit.orgId, "manager", unit.unitId)),
    viewer: await login(app, await seedUser(t.db, unit.orgId, "viewer", unit.unitId)),
    childManager: await login(app, await seedUser(t.db, unit.orgId, "manager", child.unitId)),
  };
  return { ...unit, child, cookies, page: `/admin/units/${unit.unitId}/zi` };
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const capaianRows = (unitId: string) => t.db.select().from(ziCapaian).where(eq(ziCapaian.unitId, unitId));
const channelRows = (unitId: string) =>
  t.db.select().from(publicationChannels).where(eq(publicationChannels.unitId, unitId));

describe("Evaluasi ZI page", () => {
  it("renders for admin, manager and viewer, in Indonesian numbers, with a print button the CSP allows", async () => {
    const u = await seedUnitWithPeople();
    const app = appAt();
    for (const role of ["admin", "manager", "viewer"] as const) {
      const { res, html } = await getPage(app, u.cookies[role], `${u.page}?year=2026`);
      expect(res.status).toBe(200);
      expect(html).toContain("Evaluasi ZI");
      expect(html).toContain("17,50"); // IPAK and IPKP lke of index4 4.00
      expect(html).toContain("belum diisi"); // capaian not entered yet: the verdicts too
      expect(html).toMatch(/<button type="button" class="small" id="print">/);
      expect(html).toMatch(/<script src="\/assets\/print\.[a-z0-9]+\.js" defer><\/script>/);
      expect(html).toContain("Cetak / Simpan PDF");
      expect(html.includes(`action="${u.page}/capaian"`)).toBe(role !== "viewer");
      expect(html.includes(`action="${u.page}/publications"`)).toBe(role !== "viewer");
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
    }
    // Any other dashboard page runs no script at all.
    const unitPage = await getPage(app, u.cookies.viewer, `/admin/units/${u.unitId}?period=2026`);
    expect(unitPage.html).toContain(`${u.page}?year=2026`);
    expect(unitPage.res.headers.get("content-security-policy")).toContain("script-src 'none'");
  });

  it("answers 404 outside the user's scope, and for unknown units", async () => {
    const u = await seedUnitWithPeople();
    const other = await seedUnitWithPeople();
    const app = appAt();
    expect((await getPage(app, u.cookies.childManager, `${u.page}?year=2026`)).res.status).toBe(404);
    expect((await getPage(app, other.cookies.admin, `${u.page}?year=2026`)).res.status).toBe(404);
    expect((await getPage(app, u.cookies.admin, `/admin/units/nope/zi?year=2026`)).res.status).toBe(404);
    expect((await getPage(app, u.cookies.childManager, `/admin/units/${u.child.unitId}/zi`)).res.status).toBe(200);
    const csrf = await csrfOf(app, u.cookies.childManager);
    const post = await postAs(app, u.cookies.childManager, `${u.page}/capaian`, {
      _csrf: csrf,
      year: "2026",
      grade: "A",
    });
    expect(post.status).toBe(404);
    expect(await capaianRows(u.unitId)).toEqual([]);
  });

  it("says 'data belum cukup' for too few respondents, never 'belum memenuhi'", async () => {
    const u = await seedUnitWithPeople();
    const app = appAt();
    const { html } = await getPage(app, u.cookies.admin, `/admin/units/${u.child.unitId}/zi?year=2026`);
    expect(html).toContain("data belum cukup");
    expect(html).not.toContain("belum memenuhi");
  });

  it("refuses a bad year with a 400 page that says why", async () => {
    const u = await seedUnitWithPeople();
    const app = appAt();
    for (const year of ["abc", "1999", "2101", "2026-Q1", ""]) {
      const res = await app.request(`${u.page}?year=${year}`, { headers: { Cookie: u.cookies.admin } });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Tahun harus empat angka antara 2000 dan 2100");
    }
  });

  it("sets capaian kinerja with its audit row; a bad grade or year is refused and writes nothing", async () => {
    const u = await seedUnitWithPeople();
    const app = appAt();
    const csrf = await csrfOf(app, u.cookies.manager);
    const post = (fields: Record<string, string>, path = `${u.page}/capaian`) =>
      postAs(app, u.cookies.manager, path, { _csrf: csrf, ...fields });
    for (const bad of [
      { year: "2026", grade: "F" },
      { year: "1999", grade: "A" },
      { year: "2026" },
      { grade: "B" },
    ] as Record<string, string>[]) {
      const res = await post(bad);
      expect(res.status).toBe(400);
    }
    const en = await post({ year: "2026", grade: "Z" }, `${u.page}/capaian?lang=en`);
    expect(await en.text()).toContain("grade must be A, B, C, D or E");
    expect(await capaianRows(u.unitId)).toEqual([]);
    const ok = await post({ year: "2026", grade: "B" });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`${u.page}?year=2026&saved=capaian#capaian`);
    expect((await capaianRows(u.unitId)).map((r) => [r.year, r.grade])).toEqual([[2026, "B"]]);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, u.orgId), eq(auditLog.action, "zi.capaian")));
    expect(audit.map((a) => [a.target, a.detail])).toEqual([[`${u.unitId}/2026`, "B"]]);
    const { html } = await getPage(app, u.cookies.viewer, `${u.page}?year=2026`);
    expect(html).toContain("3,75");
    expect(html).toContain("38,75"); // 17.50 + 3.75 + 17.50
    expect(html).toContain("WBBM: memenuhi");
    const english = await getPage(app, u.cookies.viewer, `${u.page}?year=2026&lang=en`);
    expect(english.html).toContain("38.75");
    expect(english.html).toContain("WBBM: meets");
    const viewer = await postAs(app, u.cookies.viewer, `${u.page}/capaian`, {
      _csrf: await csrfOf(app, u.cookies.viewer),
      year: "2026",
      grade: "E",
    });
    expect(viewer.status).toBe(403);
    expect((await capaianRows(u.unitId)).map((r) => r.grade)).toEqual(["B"]);
  });

  it("logs publications: links only http(s), text cleaned, dates within the period and today", async () => {
    const u = await seedUnitWithPeople();
    const app = appAt();
    const csrf = await csrfOf(app, u.cookies.manager);
    const post = (fields: Record<string, string>) =>
      postAs(app, u.cookies.manager, `${u.page}/publications`, {
        _csrf: csrf,
        period: "2026-Q1",
        channel: "poster",
        publishedOn: "2026-04-10",
        reference: "Foto papan pengumuman, arsip TU 12/2026",
        ...fields,
      });
    const refused: Record<string, string>[] = [
      { reference: "javascript:alert(1)" },
      { reference: " JaVaScRiPt:alert(1)" },
      { reference: "data:text/html,<script>alert(1)</script>" },
      { reference: "ftp://contoh.go.id/foto.jpg" },
      { reference: "www.contoh.go.id" },
      { reference: "https://" },
      { reference: "\u202e\u0000 " },
      { reference: "x".repeat(501) },
      { channel: "public_page" },
      { channel: "other" }, // online or offline not said
      { period: "2026-Q5" },
      { publishedOn: "2025-12-31" }, // before the triwulan began
      { publishedOn: "2026-12-16" }, // after today (15 December in the unit's calendar)
      { publishedOn: "2026-02-30" },
    ];
    for (const fields of refused) expect((await post(fields)).status, JSON.stringify(fields)).toBe(400);
    expect(await channelRows(u.unitId)).toEqual([]);

    expect((await post({})).status).toBe(303);
    expect((await post({ channel: "social_media", reference: "https://instagram.com/upt.uji/p/1?a=<b>" })).status).toBe(
      303,
    );
    expect((await post({ channel: "other", online: "0", reference: "Spanduk\u202e di\u0007 lobi" })).status).toBe(303);
    const rows = await channelRows(u.unitId);
    expect(rows.map((r) => [r.channel, r.online, r.reference])).toEqual([
      ["poster", false, "Foto papan pengumuman, arsip TU 12/2026"],
      ["social_media", true, "https://instagram.com/upt.uji/p/1?a=<b>"],
      ["other", false, "Spanduk di lobi"],
    ]);
    const { html } = await getPage(app, u.cookies.viewer, `${u.page}?year=2026`);
    expect(html).toContain('href="https://instagram.com/upt.uji/p/1?a=&lt;b>"');
    expect(html).not.toContain('href="Foto');
    expect(html).toContain("Poster di papan pengumuman");
    expect(html).toContain("Triwulan I 2026");
    // Offline and online logged: publication 1,00; three channels.
    expect(html).toContain("daring: ya; luring: ya; 3 media");

    // Taking an entry back: only this unit's, only by an admin or manager, with its audit row.
    const poster = rows.find((r) => r.channel === "poster")!;
    const other = await seedUnitWithPeople();
    const viewerCsrf = await csrfOf(app, u.cookies.viewer);
    const remove = (cookie: string, token: string, path: string) => postAs(app, cookie, path, { _csrf: token });
    expect((await remove(u.cookies.viewer, viewerCsrf, `${u.page}/publications/${poster.id}/delete`)).status).toBe(403);
    const elsewhere = await remove(
      other.cookies.admin,
      await csrfOf(app, other.cookies.admin),
      `${other.page}/publications/${poster.id}/delete`,
    );
    expect(elsewhere.status).toBe(404);
    expect((await remove(u.cookies.manager, csrf, `${u.page}/publications/nope/delete`)).status).toBe(404);
    expect(await channelRows(u.unitId)).toHaveLength(3);
    expect((await remove(u.cookies.manager, csrf, `${u.page}/publications/${poster.id}/delete`)).status).toBe(303);
    expect((await channelRows(u.unitId)).map((r) => r.channel)).toEqual(["social_media", "other"]);
    const [removed] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, u.orgId), eq(auditLog.action, "zi.publication.remove")));
    expect(removed).toMatchObject({ target: `${u.unitId}/${poster.id}`, detail: "2026-Q1 poster 2026-04-10" });
  });
});
