import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnit } from "../../db/queries/admin";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const unitForm = (csrf: string, signer: Record<string, string>) => ({
  _csrf: csrf,
  instruments: "skm",
  population: "1200",
  timeZone: "",
  ...signer,
});

describe("the laporan SKM's signer, as unit settings", () => {
  it("is edited on the settings page, signs the lembar pengesahan, and a bad NIP changes nothing", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db, {}, () => Date.UTC(2026, 11, 1, 3) / 1000);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, cookie);
    const signer = {
      headName: "  Ir. Budi   Santoso ",
      headTitle: "Kepala UPT Uji",
      headNip: "19700101 199503 1 002",
      place: "Yogyakarta",
    };
    const saved = await postAs(app, cookie, `/admin/settings/units/${tp.unitId}`, unitForm(csrf, signer));
    expect(saved.status).toBe(303);
    const settings = (await getPage(app, cookie, "/admin/settings")).html;
    expect(settings).toContain('name="headName" maxlength="120" value="Ir. Budi Santoso"');

    const report = (await getPage(app, cookie, `/admin/units/${tp.unitId}/report?period=2026`)).html;
    expect(report).toContain("<p>Yogyakarta, 1 Desember 2026</p><p>Kepala UPT Uji</p>");
    expect(report).toContain('<p class="sign-name">Ir. Budi Santoso</p><p>NIP 19700101 199503 1 002</p>');

    const before = (await getUnit(t.db, tp.unitId))!.settings;
    const bad = await postAs(app, cookie, `/admin/settings/units/${tp.unitId}`, {
      ...unitForm(csrf, { ...signer, headNip: "NIP-123" }),
      population: "9",
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("NIP (boleh dikosongkan): NIP hanya berisi angka dan spasi");
    expect((await getUnit(t.db, tp.unitId))!.settings).toBe(before);
    expect((await getUnit(t.db, tp.unitId))!.population).toBe(1200);

    // A form without the signer's fields (an older page) keeps them.
    expect((await postAs(app, cookie, `/admin/settings/units/${tp.unitId}`, unitForm(csrf, {}))).status).toBe(303);
    expect(JSON.parse((await getUnit(t.db, tp.unitId))!.settings)).toMatchObject({ headName: "Ir. Budi Santoso" });
  });

  it("without a signer leaves blanks to fill by hand, and the print script runs on the report only", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "viewer", tp.unitId));
    const res = await app.request(`/admin/units/${tp.unitId}/report?period=2026-S1`, { headers: { Cookie: cookie } });
    const html = await res.text();
    expect(html).toContain("<p>Kepala UPT Uji</p>");
    expect(html).toContain('<p class="sign-name">(………………………………)</p>');
    expect(html).toContain("<title>Laporan SKM UPT Uji Semester I 2026</title>");
    expect(res.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    const script = html.match(/<script src="([^"]+)"/)![1]!;
    const js = await app.request(script);
    expect(js.headers.get("Content-Type")).toContain("text/javascript");
    expect(await js.text()).toContain("window.print()");
    const unitPage = await app.request(`/admin/units/${tp.unitId}`, { headers: { Cookie: cookie } });
    expect(unitPage.headers.get("Content-Security-Policy")).toContain("script-src 'none'");
  });
});
