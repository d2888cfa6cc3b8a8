import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responses } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { writtenRows } from "../helpers/counts";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postForm, postJson, tokenFromPage, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const page = async (code: string, lang = "id") => {
  const { app } = createTestApp(t.db);
  return (await app.request(`/s/${code}?lang=${lang}`)).text();
};
const legends = (html: string) => [...html.matchAll(/<legend>(\d+)\. /g)].map((m) => Number(m[1]));
const starNames = (html: string, item: string) =>
  [
    ...html.matchAll(
      new RegExp(
        `name="${item}" value="\\d"[^>]*/?><span><span aria-hidden="true">★\\d</span><span class="sr">([^<]+)</span>`,
        "g",
      ),
    ),
  ].map((m) => m[1]);

describe("the survey form says how long it takes and where the citizen is", () => {
  it("numbers every question once across the form, in numbered parts, and estimates from the items shown", async () => {
    const { code } = await seedTouchpoint(t.db);
    const html = await page(code);
    // 22 rating items, then the steered question: one numbering, not one per part.
    expect(legends(html)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(html).toContain("22 pertanyaan wajib, sekitar 3 menit");
    expect(html).not.toContain("satu menit");
    for (const [n, name] of [
      [1, "Kepuasan terhadap layanan"],
      [2, "Persepsi kualitas pelayanan"],
      [3, "Persepsi anti korupsi"],
      [4, "Pertanyaan penutup"],
    ])
      expect(html).toContain(`<h2>Bagian ${n} dari 4 · ${name}</h2>`);
  });

  it("counts only the instruments the unit shows", async () => {
    const { code } = await seedTouchpoint(t.db, { instruments: ["skm"] });
    const html = await page(code);
    expect(legends(html)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(html).toContain("9 pertanyaan wajib, sekitar 2 menit");
    expect(html).toContain("<h2>Bagian 2 dari 2 · Pertanyaan penutup</h2>");
    const en = await page(code, "en");
    expect(en).toContain("9 required questions, about 2 min");
    expect(en).toContain("<h2>Part 1 of 2 · Satisfaction with the service</h2>");
  });

  it("names every star by its place on the scale, and says what the ends mean at each question", async () => {
    const { code } = await seedTouchpoint(t.db);
    const html = await page(code);
    expect(starNames(html, "P1")).toEqual([
      "1 dari 6, sangat tidak setuju",
      "2 dari 6",
      "3 dari 6",
      "4 dari 6",
      "5 dari 6",
      "6 dari 6, sangat setuju",
    ]);
    // The "tidak ada …" statements: each end says plainly what it means.
    expect(starNames(html, "A4")).toEqual([
      "1 dari 6, sangat tidak setuju, berarti ada",
      "2 dari 6",
      "3 dari 6",
      "4 dari 6",
      "5 dari 6",
      "6 dari 6, sangat setuju, berarti memang tidak ada",
    ]);
    expect(html.match(/1 = sangat tidak setuju · 6 = sangat setuju/g)).toHaveLength(8);
    expect(html.match(/1 = tidak setuju: hal ini ada · 6 = setuju: memang tidak ada/g)).toHaveLength(5);
    expect(starNames(await page(code, "en"), "P8")[5]).toBe("6 of 6, strongly agree");
    // SKM keeps its worded options.
    expect(html).toMatch(/name="U1" value="4"[^>]*\/?><span>Sangat sesuai<\/span>/);
  });

  it("asks what most needs to improve right after the SKM items, hidden by the stylesheet until a low answer", async () => {
    const { code } = await seedTouchpoint(t.db);
    const html = await page(code);
    const box = html.indexOf('id="q-improvement"');
    expect(box).toBeGreaterThan(html.indexOf('id="q-U9"'));
    expect(box).toBeLessThan(html.indexOf('id="q-P1"'));
    expect(html).toContain('<div id="q-improvement" class="box improve">');
    expect(html).toContain("Apa yang paling perlu diperbaiki?");
    expect(html).toMatch(/<textarea id="improvement" name="improvement" maxlength="2000"/);
    expect(await page(code, "en")).toContain("What most needs to improve?");
    // Shown by the stylesheet alone: the only script on the page is the deferred offline one.
    expect(html.match(/<script[^>]*>/gi)).toHaveLength(1);
  });
});

const form = (token: string, extra: Record<string, string | number> = {}) => ({
  token,
  lang: "id",
  ...fullAnswers(["skm", "spkp", "spak"], () => 1),
  steered: "tidak",
  ...extra,
});

describe("the improvement answer", () => {
  it("is stored from the form, cleaned like the comment", async () => {
    const { code, unitId } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const res = await postForm(
      app,
      code,
      form(await tokenFromPage(app, code), { improvement: "  Antrean\u202e lama\r\nloket 2\u0000  " }),
    );
    expect(res.status).toBe(303);
    const [row] = await t.db.select().from(responses).where(eq(responses.unitId, unitId));
    expect(row!.improvement).toBe("Antrean lama\nloket 2");
  });

  it("is stored from the JSON API, and an empty one is no answer", async () => {
    const { code, unitId } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const body = { answers: fullAnswers(undefined, () => 2), steered: false };
    expect(
      (await postJson(app, { ...body, token: await visitToken(app, code), improvement: "Loket tambahan" })).status,
    ).toBe(201);
    expect((await postJson(app, { ...body, token: await visitToken(app, code), improvement: "   " })).status).toBe(201);
    const rows = await t.db.select().from(responses).where(eq(responses.unitId, unitId));
    expect(rows.map((r) => r.improvement).sort()).toEqual(["Loket tambahan", null]);
  });

  it("over 2,000 characters refuses the form (422, the box kept open with its message, the title saying so)", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const before = await writtenRows(t.db);
    const res = await postForm(app, code, form(token, { improvement: "x".repeat(2001) }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("<title>Periksa kembali isian · Survei Kepuasan Layanan · UPT Uji</title>");
    expect(html).toMatch(/<div class="alert" role="alert" id="form-alert" tabindex="-1" autofocus/);
    expect(html).toContain('<a href="#q-improvement">Apa yang paling perlu diperbaiki? (boleh dikosongkan)</a>');
    expect(html).toContain('<div id="q-improvement" class="box bad improve on">');
    expect(html).toContain("Jawaban terlalu panjang (paling banyak 2.000 karakter).");
    expect(await writtenRows(t.db)).toEqual(before);
    const fine = await page(code);
    expect(fine).toContain("<title>Survei Kepuasan Layanan · UPT Uji</title>");
    expect(fine).not.toContain("autofocus");
  });

  it("over 2,000 characters refuses the JSON (400, naming the field)", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const before = await writtenRows(t.db);
    const res = await postJson(app, {
      token: await visitToken(app, code),
      answers: fullAnswers(),
      improvement: "x".repeat(2001),
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.issues).toEqual([{ path: "improvement", message: expect.stringContaining("2.000") }]);
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("reaches the unit: in the comment list as 'Perlu diperbaiki', searchable, redactable, and in the export", async () => {
    const tp = await seedTouchpoint(t.db);
    const manager = await seedUser(t.db, tp.orgId, "manager", tp.unitId);
    const viewer = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    // A fixed clock: the period asked for below is the year of the visit.
    const { app } = createTestApp(t.db, {}, () => Date.UTC(2026, 7, 10, 3) / 1000);
    const sent = await postJson(app, {
      token: await visitToken(app, tp.code),
      answers: fullAnswers(undefined, () => 1),
      improvement: "Saya Sari 0812-1111-2222, antrean lama",
    });
    const { id } = (await sent.json()) as { id: string };
    const year = 2026;
    const cookie = await login(app, manager);
    const list = (await getPage(app, cookie, `/admin/units/${tp.unitId}?period=${year}&q=antrean`)).html;
    expect(list).toMatch(
      /<p class="hint">Perlu diperbaiki<\/p><p class="comment improvement">Saya Sari 0812-1111-2222, antrean lama<\/p>/,
    );

    const path = `/admin/units/${tp.unitId}/comments/${id}/redact`;
    const csrf = await csrfOf(app, cookie);
    expect((await postAs(app, cookie, path, { _csrf: csrf, improvement: "antrean sangat cepat" })).status).toBe(400);
    expect((await postAs(app, cookie, path, { _csrf: csrf, improvement: "[disamarkan], antrean lama" })).status).toBe(
      303,
    );
    const [row] = await t.db.select().from(responses).where(eq(responses.id, id));
    expect(row).toMatchObject({ improvement: "[disamarkan], antrean lama", comment: null });

    const csv = await (
      await app.request(`/admin/units/${tp.unitId}/export.csv?period=${year}`, { headers: { Cookie: cookie } })
    ).text();
    const [head, first] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(head!.split(",").slice(-2)).toEqual(["saran", "perlu_diperbaiki"]);
    expect(first).toContain('"[disamarkan], antrean lama"');
    const asViewer = await (
      await app.request(`/admin/units/${tp.unitId}/export.csv?period=${year}`, {
        headers: { Cookie: await login(app, viewer) },
      })
    ).text();
    expect(asViewer).not.toContain("perlu_diperbaiki");
    expect(asViewer).not.toContain("antrean");
  });
});
