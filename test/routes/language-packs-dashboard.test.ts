import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, languagePacks } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { packFixture } from "../helpers/language-pack";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const PAGE = "/admin/settings/languages";

async function admin(role: "admin" | "manager" = "admin") {
  const tp = await seedTouchpoint(t.db);
  const { app } = createTestApp(t.db);
  const cookie = await login(app, await seedUser(t.db, tp.orgId, role));
  return { tp, app, cookie, csrf: await csrfOf(app, cookie) };
}
type Admin = Awaited<ReturnType<typeof admin>>;

const stored = async (orgId: string) =>
  (await t.db.select({ code: languagePacks.code }).from(languagePacks).where(eq(languagePacks.orgId, orgId))).map(
    (r) => r.code,
  );

function upload(a: Admin, file: string, lang = "") {
  const form = new FormData();
  form.set("_csrf", a.csrf);
  form.set("file", new File([file], "jv.json", { type: "application/json" }));
  return a.app.request(`${PAGE}${lang}`, { method: "POST", body: form, headers: { Cookie: a.cookie } });
}

describe("the dashboard's survey languages", () => {
  it("uploads a pack file, lists it, and removes it, each audited", async () => {
    const a = await admin();
    expect((await getPage(a.app, a.cookie, "/admin/settings")).html).toContain(`href="${PAGE}"`);
    const added = await upload(a, JSON.stringify(packFixture()));
    expect(added.status).toBe(303);
    expect(added.headers.get("location")).toBe(`${PAGE}?saved=jv`);
    const list = (await getPage(a.app, a.cookie, `${PAGE}?saved=jv`)).html;
    expect(list).toContain("Basa Jawa (uji) tersimpan.");
    expect(list).toContain(`action="${PAGE}/jv/remove"`);
    expect(await stored(a.tp.orgId)).toEqual(["jv"]);

    const removed = await postAs(a.app, a.cookie, `${PAGE}/jv/remove`, { _csrf: a.csrf });
    expect(removed.headers.get("location")).toBe(`${PAGE}?removed=jv`);
    expect(await stored(a.tp.orgId)).toEqual([]);
    const again = await postAs(a.app, a.cookie, `${PAGE}/jv/remove`, { _csrf: a.csrf });
    expect(again.status).toBe(404);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.orgId, a.tp.orgId));
    const languageRows = audits.filter((r) => r.action.startsWith("language."));
    expect(languageRows.map((r) => [r.action, r.target, r.actor.startsWith("admin-")])).toEqual([
      ["language.add", "jv", true],
      ["language.remove", "jv", true],
    ]);
  });

  it("refuses an incomplete pack naming each key, keeps the pasted text, and writes nothing", async () => {
    const a = await admin();
    const pack = packFixture();
    pack.texts.items.U3.options.splice(2);
    pack.texts.ui.thanks = "<img src=x onerror=alert(1)>";
    pack.texts.ui.extra = "x";
    const pasted = JSON.stringify(pack);
    const res = await postAs(a.app, a.cookie, PAGE, { _csrf: a.csrf, pasted });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("texts.items.U3.options[2]: tidak ada (wajib diisi)");
    expect(html).toContain("texts.items.U3.options[3]: tidak ada (wajib diisi)");
    expect(html).toContain("texts.ui.extra: tidak dikenal (hapus)");
    // The input comes back (escaped), in the page with its navigation.
    expect(html).toContain("&lt;img src=x onerror=alert(1)>");
    expect(html).not.toContain("<img");
    expect(html).toContain('href="/admin/settings"');
    expect(html).toContain('action="/logout"');
    const english = await upload(a, pasted, "?lang=en");
    expect(await english.text()).toContain("texts.items.U3.options[2]: missing (required)");
    expect(await stored(a.tp.orgId)).toEqual([]);
  });

  it("answers hostile uploads with a clear message and no write", async () => {
    const a = await admin();
    const cases: [string, Response, string][] = [
      ["not JSON", await upload(a, "{ code: jv"), "Isi berkas bukan JSON yang valid"],
      [
        "empty",
        await postAs(a.app, a.cookie, PAGE, { _csrf: a.csrf, pasted: "  " }),
        "Pilih berkas atau tempel isinya.",
      ],
      ["code id", await upload(a, JSON.stringify(packFixture("id"))), "code: id dan en sudah tersedia"],
      ["a path as code", await upload(a, JSON.stringify(packFixture("../x"))), "code: kode bahasa seperti jv"],
      ["a JSON array", await upload(a, "[]"), "berkas harus berupa objek JSON"],
      ["over 256 KB", await upload(a, " ".repeat(300 * 1024)), "Berkas lebih dari 256 KB"],
    ];
    for (const [what, res, message] of cases) {
      expect(res.status, what).toBe(400);
      expect(await res.text(), what).toContain(message);
    }
    const huge = await upload(a, "x".repeat(2 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(await stored(a.tp.orgId)).toEqual([]);
  });

  it("is for admins only, and serves the template to translate", async () => {
    const m = await admin("manager");
    expect((await m.app.request(PAGE, { headers: { Cookie: m.cookie } })).status).toBe(404);
    const a = await admin();
    const template = await a.app.request(`${PAGE}/template.json?from=en`, { headers: { Cookie: a.cookie } });
    expect(template.headers.get("content-disposition")).toContain("paket-bahasa-en.json");
    const body = (await template.json()) as { code: string; texts: { ui: { submit: string } } };
    expect(body.code).toBe("");
    expect(body.texts.ui.submit).toBe("Send rating");
  });
});
