import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnit } from "../../db/queries/admin";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const unitForm = (csrf: string, channel: Record<string, string>) => ({
  _csrf: csrf,
  instruments: "skm",
  population: "",
  timeZone: "",
  ...channel,
});

describe("the unit's own complaint channel", () => {
  it("is set in the unit's settings and named on the thank-you page beside SP4N-LAPOR!", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const thanks = async (lang = "id") => (await app.request(`/s/${tp.code}/terima-kasih?lang=${lang}`)).text();
    expect(await thanks()).not.toContain("Kanal pengaduan unit ini");

    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, cookie);
    const channel = {
      complaintText: "WhatsApp Pengaduan 0812-3456-7890 <b>",
      complaintUrl: "https://wa.me/6281234567890",
    };
    expect((await postAs(app, cookie, `/admin/settings/units/${tp.unitId}`, unitForm(csrf, channel))).status).toBe(303);

    const html = await thanks();
    expect(html).toContain("Kanal pengaduan unit ini: WhatsApp Pengaduan 0812-3456-7890 &lt;b>");
    expect(html).toContain('<a href="https://wa.me/6281234567890">wa.me/6281234567890</a>');
    expect(html).toContain('href="https://www.lapor.go.id"');
    expect(await thanks("en")).toContain("This unit's own complaint channel:");
  });

  it("refuses a link that is not http(s) and changes nothing", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, cookie);
    const before = (await getUnit(t.db, tp.unitId))!.settings;
    for (const complaintUrl of ["javascript:alert(1)", "wa.me/62812", "data:text/html,x"]) {
      const res = await postAs(app, cookie, `/admin/settings/units/${tp.unitId}`, unitForm(csrf, { complaintUrl }));
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Tautan harus diawali http:// atau https://");
    }
    expect((await getUnit(t.db, tp.unitId))!.settings).toBe(before);
    expect(await (await app.request(`/s/${tp.code}/terima-kasih`)).text()).not.toContain("javascript:");
  });
});
