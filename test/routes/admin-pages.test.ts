import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let admin: string;

beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
  admin = await seedUser(t.db, tp.orgId, "admin");
});
afterAll(() => t.close());

describe("administration", () => {
  it("changes organization and unit settings, refuses bad values, and logs each change", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, admin);
    const csrf = await csrfOf(app, cookie);
    const bands = {
      bands_age: "<20\n20-29\n30-39\n40-49\n50-59\n60+",
      bands_gender: "L\nP",
      bands_education: "SD\nSMP\nSMA\nD1-D3\nD4-S1\nS2\nS3",
      bands_occupation: "PNS\nPetani\nNelayan\nLAINNYA",
    };
    const ok = await postAs(app, cookie, "/admin/settings", {
      _csrf: csrf,
      timeZone: "Asia/Makassar",
      weighting: "0.111",
      conversion: "linear",
      minRespondents: "50",
      retentionMonths: "24",
      privacyNotice: "",
      ...bands,
    });
    expect(ok.status).toBe(303);
    const page = (await getPage(app, cookie, "/admin/settings")).html;
    expect(page).toMatch(/<option value="0.111" selected/);
    expect(page).toMatch(/<option value="Asia\/Makassar" selected/);
    expect(
      (
        await postAs(app, cookie, "/admin/settings", {
          _csrf: csrf,
          timeZone: "Europe/Paris",
          weighting: "exact",
          conversion: "ratio",
          minRespondents: "0",
          retentionMonths: "24",
          ...bands,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await postAs(app, cookie, "/admin/settings", {
          _csrf: csrf,
          timeZone: "Asia/Jakarta",
          weighting: "exact",
          conversion: "ratio",
          minRespondents: "5",
          retentionMonths: "24",
          ...bands,
          bands_gender: "L",
        })
      ).status,
    ).toBe(422);

    const body = new URLSearchParams([
      ["_csrf", csrf],
      ["instruments", "skm"],
      ["instruments", "spak"],
      ["population", "2500"],
      ["timeZone", ""],
    ]);
    expect(
      (await app.request(`/admin/settings/units/${tp.unitId}`, { method: "POST", body, headers: { Cookie: cookie } }))
        .status,
    ).toBe(303);
    const survey = await (await app.request(`/s/${tp.code}`)).text();
    expect(survey).toContain('id="q-A1"');
    expect(survey).not.toContain('id="q-P1"');
    expect(survey).toMatch(/disimpan paling lama 24 bulan/);
    // The organization's own categories are what the form offers and what validation accepts.
    expect(survey).toContain('<option value="Petani">Petani</option>');
    expect(survey).not.toContain('value="WIRASWASTA"');
    const answers = fullAnswers(["skm", "spak"]);
    expect(
      (await postJson(app, { token: await visitToken(app, tp.code), answers, profile: { occupation: "Petani" } }))
        .status,
    ).toBe(201);
    expect(
      (await postJson(app, { token: await visitToken(app, tp.code), answers, profile: { occupation: "WIRASWASTA" } }))
        .status,
    ).toBe(400);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.actor, admin))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["settings.org", "settings.unit"]));
  });

  it("keeps a chosen dashboard language across pages and redirects", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, admin);
    const first = await app.request("/admin/settings?lang=en", { headers: { Cookie: cookie } });
    expect(await first.text()).toContain("<title>Settings · ZI Survei</title>");
    const lang = first.headers.get("set-cookie")!.split(";")[0]!;
    expect(lang).toBe("zis_lang=en");
    const later = await app.request("/admin/users", { headers: { Cookie: `${cookie}; ${lang}` } });
    expect(await later.text()).toMatch(/<html lang="en">/);
    expect(await (await app.request("/admin/users", { headers: { Cookie: cookie } })).text()).toMatch(
      /<html lang="id">/,
    );
  });

  it("invites a user whose one-time link lets them choose a password, and disables them", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, admin);
    const csrf = await csrfOf(app, cookie);
    const res = await postAs(app, cookie, "/admin/users", {
      _csrf: csrf,
      email: "Petugas@Contoh.go.id",
      role: "viewer",
      unit: tp.unitId,
    });
    expect(res.status).toBe(200);
    const link = (await res.text()).match(/<code>https?:\/\/[^/]+(\/password\/[\w-]+)<\/code>/)![1]!;
    const password = "pilihan-sendiri-2026";
    expect(
      (await app.request(link, { method: "POST", body: new URLSearchParams({ password, again: password }) })).status,
    ).toBe(303);
    const userCookie = await login(app, "petugas@contoh.go.id", password);
    expect((await getPage(app, userCookie, "/admin")).res.status).toBe(200);
    const list = (await getPage(app, cookie, "/admin/users")).html;
    const id = [...list.matchAll(/<td>([^<]+)<\/td><td>(\w+)<\/td>[^]*?action="\/admin\/users\/([A-Za-z0-9]+)"/g)].find(
      (m) => m[1] === "petugas@contoh.go.id",
    )![3]!;
    expect((await postAs(app, cookie, `/admin/users/${id}`, { _csrf: csrf, disabled: "1" })).status).toBe(303);
    expect((await getPage(app, userCookie, "/admin")).res.status).toBe(303);
  });

  it("creates an evaluator token that works until it is revoked", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, admin);
    const csrf = await csrfOf(app, cookie);
    const page = await (
      await postAs(app, cookie, "/admin/tokens", { _csrf: csrf, label: "TPI 2026", unit: "" })
    ).text();
    const token = page.match(/<code>(zis_[A-Za-z0-9]+)<\/code>/)![1]!;
    const api = () => app.request("/api/v1/units", { headers: { Authorization: `Bearer ${token}` } });
    expect((await api()).status).toBe(200);
    // Created and last used, in the organization's zone and Indonesian words (not UTC ISO).
    const listed = (await getPage(app, cookie, "/admin/tokens")).html;
    expect(listed.match(/<td>\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2} (WIB|WITA|WIT)<\/td>/g)).toHaveLength(2);
    const id = (await getPage(app, cookie, "/admin/tokens")).html.match(/\/admin\/tokens\/([A-Za-z0-9]+)\/revoke/)![1]!;
    expect((await postAs(app, cookie, `/admin/tokens/${id}/revoke`, { _csrf: csrf })).status).toBe(303);
    expect((await api()).status).toBe(401);
    expect((await getPage(app, cookie, "/admin/audit")).html).toContain("token.revoke");
  });
});
