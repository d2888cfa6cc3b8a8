import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { SURVEY_JS_PATH } from "../../web/client/survey-script";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("GET /s/{code}", () => {
  it("serves the three instruments in Indonesian with a fieldset and labelled options per question", async () => {
    const { code } = await seedTouchpoint(t.db, { orgName: "Dinas Kependudukan" });
    const { app } = createTestApp(t.db);
    const res = await app.request(`/s/${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<html lang="id">');
    for (const item of ["U1", "U9", "P1", "P8", "A1", "A5"]) expect(html).toContain(`id="q-${item}"`);
    expect(html.match(/<fieldset/g)!.length).toBeGreaterThanOrEqual(24);
    expect(html.match(/name="U1"/g)).toHaveLength(4);
    expect(html.match(/name="P1"/g)).toHaveLength(6);
    expect(html).toContain("Sangat sesuai");
    expect(html).toContain("Dikelola dengan baik");
    expect(html).toContain("mengarahkan Anda");
    expect(html).toContain('name="comment"');
    expect(html).toContain('maxlength="2000"');
    // The privacy notice names who runs the survey and the retention period.
    expect(html).toContain("Dinas Kependudukan");
    expect(html).toMatch(/disimpan paling lama \d+ bulan/);
    // One script only: ours, deferred (the offline-safe form); the form itself needs none.
    expect(html.match(/<script[^>]*>/gi)).toEqual([`<script src="${SURVEY_JS_PATH}" defer>`]);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("switches to English by ?lang=en only: a phone set to English still gets Indonesian", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const byQuery = await (await app.request(`/s/${code}?lang=en`)).text();
    expect(byQuery).toContain('<html lang="en">');
    expect(byQuery).toContain("Very suitable");
    for (const header of ["en-US,en;q=0.9", "id-ID,en;q=0.5"]) {
      const html = await (await app.request(`/s/${code}`, { headers: { "Accept-Language": header } })).text();
      expect(html).toContain('<html lang="id">');
      expect(html).toContain("Sangat sesuai");
      // Both languages offered as links; the current one is not a link.
      expect(html).toContain(`href="/s/${code}?lang=en" hreflang="en"`);
      expect(html).not.toContain(`href="/s/${code}?lang=id"`);
    }
    const cookie = await (await app.request(`/s/${code}`, { headers: { Cookie: "zis_lang=en" } })).text();
    expect(cookie).toContain('<html lang="id">');
  });

  it("shows only the instruments the unit chose", async () => {
    const { code } = await seedTouchpoint(t.db, { instruments: ["skm"] });
    const { app } = createTestApp(t.db);
    const html = await (await app.request(`/s/${code}`)).text();
    expect(html).toContain('id="q-U1"');
    expect(html).not.toContain('id="q-P1"');
    expect(html).not.toContain('id="q-A1"');
  });

  it("answers an unknown code with a 404 page in Indonesian and a closed touchpoint politely", async () => {
    const { app } = createTestApp(t.db);
    const missing = await app.request("/s/nosuchcode", { headers: { "Accept-Language": "en-US" } });
    expect(missing.status).toBe(404);
    const page = await missing.text();
    expect(page).toContain('<html lang="id">');
    expect(page).toContain("Kode survei ini tidak dikenal");
    expect(page).toContain("This survey code is unknown");
    const { code } = await seedTouchpoint(t.db, { active: false });
    const closed = await app.request(`/s/${code}`);
    expect(closed.status).toBe(410);
    const html = await closed.text();
    expect(html).toContain("Survei ditutup");
    expect(html).not.toContain('name="token"');
  });

  it("greets a visitor of the bare domain and tells them to scan a QR code", async () => {
    const { app } = createTestApp(t.db);
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("pindai kode QR");
  });
});
