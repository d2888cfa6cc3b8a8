import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOrganizationSettings } from "../../db/queries/admin";
import { createTestApp } from "../helpers/app";
import { VECTOR_B } from "../helpers/vectors";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let manager: string;
let viewer: string;

beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db, { instruments: ["skm"] });
  await updateOrganizationSettings(t.db, tp.orgId, JSON.stringify({ minRespondents: 3 }));
  manager = await seedUser(t.db, tp.orgId, "manager", tp.unitId);
  viewer = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
  let now = 0;
  const { app } = createTestApp(t.db, {}, () => now);
  const send = async (at: string, row: number[], gender: string) => {
    now = Date.parse(at) / 1000;
    const answers = Object.fromEntries(row.map((v, i) => [`U${i + 1}`, v]));
    expect((await postJson(app, { token: await visitToken(app, tp.code), answers, profile: { gender } })).status).toBe(
      201,
    );
  };
  for (const [i, row] of VECTOR_B.entries()) await send(`2026-08-0${i + 1}T03:00:00Z`, row, i % 2 ? "L" : "P");
  await send("2026-05-05T03:00:00Z", [4, 4, 4, 4, 4, 4, 4, 4, 4], "P");
});
afterAll(() => t.close());

describe("follow-up plans", () => {
  it("are recorded by a manager, shown on the unit page and in the report, and refused to a viewer", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, manager);
    const csrf = await csrfOf(app, cookie);
    const base = `/admin/units/${tp.unitId}/follow-ups`;
    const fields = {
      _csrf: csrf,
      period: "2026-Q3",
      item: "U3",
      problem: "Antrean lama di loket",
      action: "Tambah satu loket pada jam sibuk",
      owner: "Kepala UPT",
      quarter: "3",
      dueDate: "2026-10-31",
      status: "rencana",
      evidence: "",
    };
    const res = await postAs(app, cookie, base, fields);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/units/${tp.unitId}?period=2026-Q3#follow-ups`);
    const page = (await getPage(app, cookie, `/admin/units/${tp.unitId}?period=2026-Q3`)).html;
    expect(page).toContain("Tambah satu loket pada jam sibuk");
    const id = page.match(/follow-ups\/([A-Za-z0-9]{16})"/)![1]!;
    expect(
      (
        await postAs(app, cookie, `${base}/${id}`, {
          ...fields,
          status: "selesai",
          evidence: "Loket 3 dibuka 1 Oktober",
        })
      ).status,
    ).toBe(303);
    const report = (await getPage(app, cookie, `/admin/units/${tp.unitId}/report?period=2026-Q3`)).html;
    expect(report).toContain("Tambah satu loket pada jam sibuk");
    expect(report).toContain("Status: selesai");
    expect((await postAs(app, cookie, base, { ...fields, item: "U99" })).status).toBe(400);
    expect((await postAs(app, cookie, `${base}/nope`, fields)).status).toBe(404);
    const viewerCookie = await login(app, viewer);
    expect((await postAs(app, viewerCookie, base, { ...fields, _csrf: await csrfOf(app, viewerCookie) })).status).toBe(
      403,
    );
  });
});

describe("a date range", () => {
  it("keeps from/to in every link and form of the unit page, and those links work", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, manager);
    const { html } = await getPage(app, cookie, `/admin/units/${tp.unitId}?period=&from=2026-07-15&to=2026-08-15`);
    expect(html).toContain("2026-07-15..2026-08-15");
    const links = [...html.matchAll(/href="(\/admin\/units\/[^"]*(?:report|export\.csv|export\.xlsx)\?[^"]*)"/g)].map(
      (m) => m[1]!.replace(/&amp;/g, "&"),
    );
    expect(links).toHaveLength(3);
    for (const link of links) {
      expect(link).toContain("from=2026-07-15&to=2026-08-15");
      expect((await app.request(link, { headers: { Cookie: cookie } })).status).toBe(200);
    }
    expect(html).toContain('name="from" value="2026-07-15"');
  });
});

describe("the SKM report", () => {
  it("has the template's structure and the numbers of the period, in words and Indonesian numbers", async () => {
    const { app } = createTestApp(t.db);
    const { res, html } = await getPage(
      app,
      await login(app, viewer),
      `/admin/units/${tp.unitId}/report?period=2026-Q3`,
    );
    expect(res.status).toBe(200);
    const text = html
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .replace(/ ([.,;:)])/g, "$1");
    for (const h of [
      "Lembar Pengesahan",
      "BAB I Pendahuluan",
      "BAB II Pengumpulan Data",
      "BAB III Hasil",
      "BAB V Penutup",
    ])
      expect(text).toContain(h);
    expect(text).toContain("Survei Kepuasan Masyarakat Triwulan III 2026 UPT Uji Dinas Uji");
    expect(text).toContain("Jumlah responden pada Triwulan III 2026: 4.");
    expect(text).toContain("IKM unit pelayanan (IKM × 25) = 79,17. Mutu pelayanan B, kinerja unit pelayanan Baik.");
    // Σ, NRR, NRR tertimbang (2.75 × 1/9), nilai konversi (2.75 × 25) and mutu of Waktu penyelesaian.
    expect(text).toContain("3 Waktu penyelesaian 11 2,75 0,3056 68,75 C");
    expect(text).toContain("Unsur dengan nilai terendah adalah Waktu penyelesaian (NRR 2,75)");
    expect(text).toContain("Dibandingkan Triwulan II 2026 (100,00), IKM turun 20,83 poin (−20,83).");
    expect(text).toMatch(
      /Sampel minimal: 278 responden; jumlah responden yang diperoleh: 4, sehingga sampel belum terpenuhi/,
    );
    expect(text).toContain("Perempuan 2 50,0%");
    // Per jenis layanan: the one service, with its own n and no population of its own.
    expect(text).toContain("1 Perizinan 4 79,17 B – – populasi belum ditetapkan");
    expect(text).not.toMatch(/\bexact\b|formula|U3/);
  });
});
