import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, languagePacks, responses } from "../../db/schema";
import { CLI_ACTOR } from "../../worker/actions/action";
import { saveLanguagePack } from "../../worker/actions/language-packs";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { packFixture } from "../helpers/language-pack";
import { postForm, postJson, tokenFromPage, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const NOW = 1_790_000_000;

/** A touchpoint whose organization has a "jv" pack, one question of it written with HTML in it. */
async function seedWithPack() {
  const tp = await seedTouchpoint(t.db);
  const pack = packFixture();
  pack.texts.items.U1.q = "<script>alert(1)</script> Piye syarate?";
  await saveLanguagePack(t.db, CLI_ACTOR, { orgId: tp.orgId, file: pack }, NOW);
  return tp;
}

const langOf = async (touchpointId: string) =>
  (await t.db.select({ lang: responses.lang }).from(responses).where(eq(responses.touchpointId, touchpointId))).map(
    (r) => r.lang,
  );

describe("a survey in an organization's own language pack", () => {
  it("renders the form in the pack's words, escaped, with every language offered", async () => {
    const tp = await seedWithPack();
    const { app } = createTestApp(t.db);
    const html = await (await app.request(`/s/${tp.code}?lang=jv`)).text();
    expect(html).toContain('<html lang="jv">');
    expect(html).toContain("&lt;script>alert(1)&lt;/script> Piye syarate?");
    expect(html).not.toContain("<script>");
    expect(html).toContain("[jv] Sangat sesuai");
    expect(html).toContain("[jv] Survei ini diselenggarakan oleh Dinas Uji");
    expect(html).toContain('<input type="hidden" name="lang" value="jv"/>');
    expect(html).toContain(`action="/s/${tp.code}?lang=jv"`);
    expect(html).toContain('<strong lang="jv">Basa Jawa (uji)</strong>');
    expect(html).toContain(`href="/s/${tp.code}?lang=id" hreflang="id" lang="id">Bahasa Indonesia</a>`);
    expect(html).toContain(`href="/s/${tp.code}?lang=en" hreflang="en" lang="en">English</a>`);

    // Indonesian by default, whatever the phone says; the pack is one link away.
    const plain = await (await app.request(`/s/${tp.code}`, { headers: { "Accept-Language": "jv,en" } })).text();
    expect(plain).toContain('<html lang="id">');
    expect(plain).toContain(`href="/s/${tp.code}?lang=jv" hreflang="jv" lang="jv">Basa Jawa (uji)</a>`);
    for (const asked of ["xx", "JV ", "../x", "id-x", "%00", "jv%3Cscript"]) {
      const page = await (await app.request(`/s/${tp.code}?lang=${asked}`)).text();
      expect(page, asked).toContain(asked === "JV " ? '<html lang="jv">' : '<html lang="id">');
    }
  });

  it("keeps the language through the POST: refused form, thank-you page and the stored response", async () => {
    const tp = await seedWithPack();
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, tp.code);
    const refused = await postForm(app, tp.code, { token, lang: "jv", ...fullAnswers(), U5: "" });
    expect(refused.status).toBe(422);
    const again = await refused.text();
    expect(again).toContain('<html lang="jv">');
    expect(again).toContain("[jv] Mohon pilih salah satu jawaban.");
    expect(await langOf(tp.touchpointId)).toEqual([]);

    const sent = await postForm(app, tp.code, { token, lang: "jv", ...fullAnswers(), steered: "tidak" });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/s/${tp.code}/terima-kasih?lang=jv`);
    expect(await langOf(tp.touchpointId)).toEqual(["jv"]);
    const thanks = await (await app.request(sent.headers.get("location")!)).text();
    expect(thanks).toContain("[jv] Terima kasih!");
    expect(thanks).toContain('<html lang="jv">');
  });

  it("stores Indonesian for a form posted with a code the organization does not offer", async () => {
    const tp = await seedWithPack();
    const other = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    // Another organization's pack is not this one's.
    const page = await (await app.request(`/s/${other.code}?lang=jv`)).text();
    expect(page).toContain('<html lang="id">');
    expect(page).not.toContain("Basa Jawa");
    for (const [touchpoint, lang] of [
      [other, "jv"],
      [tp, "xx"],
    ] as const) {
      const token = await tokenFromPage(app, touchpoint.code);
      const sent = await postForm(app, touchpoint.code, { token, lang, ...fullAnswers() });
      expect(sent.headers.get("location")).toBe(`/s/${touchpoint.code}/terima-kasih?lang=id`);
      expect(await langOf(touchpoint.touchpointId)).toEqual(["id"]);
    }
  });

  it("the JSON API takes any pack code of the organization and refuses others naming lang", async () => {
    const tp = await seedWithPack();
    const { app } = createTestApp(t.db);
    const ok = await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers(), lang: "jv" });
    expect(ok.status).toBe(201);
    expect(await langOf(tp.touchpointId)).toEqual(["jv"]);
    for (const lang of ["xx", "su", "../x", "<b>"]) {
      const res = await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers(), lang });
      expect(res.status, lang).toBe(400);
      const body = (await res.json()) as { error: { issues: { path: string }[] } };
      expect(body.error.issues.map((i) => i.path)).toEqual(["lang"]);
    }
    expect(await langOf(tp.touchpointId)).toEqual(["jv"]);
  });

  it("shows Indonesian once the pack is gone (a page or form of before), and the pack's addition was audited", async () => {
    const tp = await seedWithPack();
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, tp.code);
    await t.db.delete(languagePacks).where(eq(languagePacks.orgId, tp.orgId));
    const page = await (await app.request(`/s/${tp.code}?lang=jv`)).text();
    expect(page).toContain('<html lang="id">');
    const sent = await postForm(app, tp.code, { token, lang: "jv", ...fullAnswers() });
    expect(sent.headers.get("location")).toBe(`/s/${tp.code}/terima-kasih?lang=id`);
    const audits = await t.db
      .select({ action: auditLog.action, target: auditLog.target })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, tp.orgId)));
    expect(audits).toEqual([{ action: "language.add", target: "jv" }]);
  });
});
