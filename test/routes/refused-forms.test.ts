import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const ORG_SETTINGS = {
  timeZone: "Asia/Jakarta",
  weighting: "exact",
  conversion: "ratio",
  retentionMonths: "36",
  bands_age: "<20\n20-29\n30-39",
  bands_gender: "L\nP",
  bands_education: "SD\nSMA",
  bands_occupation: "PNS\nLAINNYA",
};

describe("a refused dashboard form", () => {
  it("comes back inside the dashboard with what was typed, whichever form it was", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, cookie);
    const unit = `/admin/units/${tp.unitId}`;
    // [path, fields with one value typed to be recognised, that value]
    const forms: [string, Record<string, string>, string][] = [
      [
        "/admin/settings",
        { ...ORG_SETTINGS, minRespondents: "-5", privacyNotice: "Catatan privasi UNIK-SETELAN" },
        "UNIK-SETELAN",
      ],
      [`/admin/settings/units/${tp.unitId}`, { population: "banyak", headName: "Kepala UNIK-KEPALA" }, "UNIK-KEPALA"],
      ["/admin/tokens", { label: "x".repeat(101) + "UNIK-TOKEN", unit: "" }, "UNIK-TOKEN"],
      [
        `${unit}/follow-ups`,
        { period: "2026-Q3", item: "U1", problem: "Masalah UNIK-RTL", action: "Aksi", dueDate: "besok" },
        "UNIK-RTL",
      ],
      [`${unit}/follow-ups/forums`, { period: "2026", heldOn: "kemarin", notes: "Catatan UNIK-FORUM" }, "UNIK-FORUM"],
      [`${unit}/zi/capaian`, { year: "dua ribu", grade: "UNIK-NILAI" }, "UNIK-NILAI"],
      [`${unit}/zi/publications`, { period: "2026", channel: "x", reference: "UNIK-PUB" }, "UNIK-PUB"],
      [`${unit}/touchpoints`, { label: "", service: "Layanan UNIK-TP" }, "UNIK-TP"],
      [`${unit}/publish`, { period: "UNIK-PERIODE" }, "UNIK-PERIODE"],
    ];
    const audits = (await t.db.select().from(auditLog)).length;
    for (const [path, fields, typed] of forms) {
      const res = await postAs(app, cookie, path, { _csrf: csrf, ...fields });
      const html = await res.text();
      expect([400, 422], path).toContain(res.status);
      expect(html, path).toContain(typed);
      expect(html, path).toContain('action="/logout"');
      expect(html, path).toContain('<a href="/admin/settings">');
      expect(html, path).toContain('class="alert"');
      expect(html, path).not.toContain(csrf.slice(0, 8) + '"><');
    }
    expect((await t.db.select().from(auditLog)).length).toBe(audits);
  });

  it("settings: the organization form itself comes back (422) with the typed values and each message by its field", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, cookie);
    const res = await postAs(app, cookie, "/admin/settings", {
      _csrf: csrf,
      ...ORG_SETTINGS,
      weighting: "0.111",
      minRespondents: "-5",
      bands_gender: "hanya-satu",
      privacyNotice: "Catatan privasi yang diketik",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<input[^>]*id="minRespondents"[^>]*value="-5"[^>]*aria-invalid="true"/);
    expect(html).toContain('id="minRespondents-err">paling sedikit 1<');
    expect(html).toMatch(/id="bands_gender-err">minimal 2 pilihan/);
    expect(html).toContain(">Catatan privasi yang diketik</textarea>");
    expect(html).toMatch(/<option value="0.111" selected>/);
    expect(html).not.toContain('role="status"');
  });

  it("goes back to the page the form was on, never to another site, and never shows a password", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, cookie);
    const path = `/admin/units/${tp.unitId}/zi/capaian`;
    const post = (referer: string) =>
      app.request(path, {
        method: "POST",
        body: new URLSearchParams({ _csrf: csrf, year: "x", grade: "Z", password: "rahasia-sekali-9" }),
        headers: { Cookie: cookie, Referer: referer },
      });
    const own = await (await post(`http://localhost/admin/units/${tp.unitId}/zi?year=2026`)).text();
    expect(own).toContain(`href="/admin/units/${tp.unitId}/zi?year=2026"`);
    expect(own).not.toContain("rahasia-sekali-9");
    const away = await (await post("https://contoh.example/admin/x")).text();
    expect(away).not.toContain("contoh.example");
    expect(away).toContain(`href="/admin/units/${tp.unitId}"`);
  });

  it("in English when the dashboard is in English", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, cookie);
    const res = await app.request("/admin/tokens", {
      method: "POST",
      body: new URLSearchParams({ _csrf: csrf, label: "y".repeat(300) }),
      headers: { Cookie: `${cookie}; zis_lang=en` },
    });
    expect(await res.text()).toContain("The form could not be saved");
  });
});
