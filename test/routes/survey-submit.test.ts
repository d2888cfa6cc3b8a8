import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers, responses } from "../../db/schema";
import { signVisitToken } from "../../worker/survey/visit-token";
import { TEST_SECRET, createTestApp } from "../helpers/app";
import { writtenRows } from "../helpers/counts";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postForm, tokenFromPage } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const form = (token: string, extra: Record<string, string | number> = {}) => ({
  token,
  lang: "id",
  ...fullAnswers(),
  steered: "tidak",
  ...extra,
});

describe("POST /s/{code}", () => {
  it("stores one response with its 22 answers and redirects to the thank-you page", async () => {
    const { code, unitId } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const res = await postForm(app, code, form(token, { age: "20-29", gender: "P", comment: "Pelayanan cepat" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/${code}/terima-kasih?lang=id`);
    const rows = await t.db.select().from(responses).where(eq(responses.unitId, unitId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      age: "20-29",
      gender: "P",
      steered: false,
      comment: "Pelayanan cepat",
      lang: "id",
    });
    expect(await t.db.select().from(answers).where(eq(answers.responseId, rows[0]!.id))).toHaveLength(22);
    const thanks = await app.request(res.headers.get("location")!);
    expect(await thanks.text()).toContain("Terima kasih!");
  });

  it("gives a replayed token the same 303 and never a second response", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const first = await postForm(app, code, form(token));
    const before = await writtenRows(t.db);
    const again = await postForm(app, code, form(token, { U1: 1 }));
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("counts a token once even when its copies arrive at the same moment", async () => {
    const { code, unitId } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const results = await Promise.all(Array.from({ length: 5 }, () => postForm(app, code, form(token))));
    expect(results.map((r) => r.status)).toEqual([303, 303, 303, 303, 303]);
    expect(await t.db.select().from(responses).where(eq(responses.unitId, unitId))).toHaveLength(1);
  });

  it("refuses invalid input with 422, keeps the answers and puts a message at each wrong field", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const before = await writtenRows(t.db);
    const fields: Record<string, string | number> = form(token, { U2: 7, age: "99", comment: "x".repeat(2001) });
    delete fields.P4;
    const res = await postForm(app, code, fields);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    for (const f of ["U2", "P4"])
      expect(html).toMatch(new RegExp(`id="q-${f}" class="bad"[^]*?<p class="err" id="${f}-err">`));
    expect(html).toContain("Mohon pilih salah satu jawaban.");
    expect(html).toContain("Jawaban ini tidak ada dalam pilihan.");
    expect(html).toContain("Pilihan ini tidak tersedia.");
    expect(html).toContain("Saran terlalu panjang");
    // Answers kept: the radio chosen for U1 is still checked, the comment text is still there.
    expect(html).toMatch(/name="U1" value="4" checked/);
    expect(html).toContain("x".repeat(2001));
    expect(html).toContain(`value="${token}"`);
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("shows field messages in English on the English form", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const fields: Record<string, string | number> = form(token, { lang: "en" });
    delete fields.U3;
    const res = await postForm(app, code, fields);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Please choose an answer.");
  });

  it("pretends success to a bot that fills the honeypot, and stores nothing", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const before = await writtenRows(t.db);
    const res = await postForm(app, code, form(token, { website: "http://spam.example" }));
    expect(res.status).toBe(303);
    const odd = await postForm(app, "%E2%9C%93%0D%0A", form(token, { website: "x" }));
    expect(odd.status).toBe(303);
    expect(odd.headers.get("location")).toBe("/s/%E2%9C%93%0D%0A/terima-kasih?lang=id");
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("kindly refuses a submission faster than SURVEY_MIN_SECONDS and accepts it once enough time has passed", async () => {
    const { code } = await seedTouchpoint(t.db);
    let now = 1_800_000_000;
    const { app } = createTestApp(t.db, { SURVEY_MIN_SECONDS: "5" }, () => now);
    const token = await tokenFromPage(app, code);
    now += 2;
    const before = await writtenRows(t.db);
    const fast = await postForm(app, code, form(token));
    expect(fast.status).toBe(422);
    const html = await fast.text();
    expect(html).toContain("Mohon luangkan beberapa detik");
    expect(html).toContain(`value="${token}"`);
    expect(await writtenRows(t.db)).toEqual(before);
    now += 5;
    expect((await postForm(app, code, form(token))).status).toBe(303);
  });

  it("refuses an expired token with a fresh one and the answers kept", async () => {
    const { code, touchpointId } = await seedTouchpoint(t.db);
    const now = 1_800_000_000;
    const { app } = createTestApp(t.db, { SURVEY_TOKEN_HOURS: "2" }, () => now);
    const old = await signVisitToken(TEST_SECRET, touchpointId, now - 2 * 3600 - 1);
    const before = await writtenRows(t.db);
    const res = await postForm(app, code, form(old, { comment: "masih ada" }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("terlalu lama dibuka");
    expect(html).toContain("masih ada");
    expect(html).not.toContain(`value="${old}"`);
    expect(await writtenRows(t.db)).toEqual(before);
    const fresh = html.match(/name="token" value="([^"]+)"/)![1]!;
    expect((await postForm(app, code, form(fresh))).status).toBe(303);
  });

  it("refuses forged tokens, tokens from the future and tokens of another touchpoint", async () => {
    const a = await seedTouchpoint(t.db);
    const b = await seedTouchpoint(t.db);
    const now = 1_800_000_000;
    const { app } = createTestApp(t.db, {}, () => now);
    const forged = await signVisitToken("another-secret-another-secret-another-secret", a.touchpointId, now - 60);
    const future = await signVisitToken(TEST_SECRET, a.touchpointId, now + 3600);
    const other = await signVisitToken(TEST_SECRET, b.touchpointId, now - 60);
    const before = await writtenRows(t.db);
    for (const token of [forged, future, other, "", "garbage"]) {
      const res = await postForm(app, a.code, form(token));
      expect(res.status).toBe(422);
      expect(await res.text()).toContain("Formulir tidak dapat diverifikasi");
    }
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("answers an unknown code with 404 and an inactive touchpoint with the closed page", async () => {
    const open = await seedTouchpoint(t.db);
    const closed = await seedTouchpoint(t.db, { active: false });
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, open.code);
    const closedToken = await signVisitToken(TEST_SECRET, closed.touchpointId, Math.floor(Date.now() / 1000) - 60);
    const before = await writtenRows(t.db);
    expect((await postForm(app, "nosuchcode", form(token))).status).toBe(404);
    const res = await postForm(app, closed.code, form(closedToken));
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("Survei ditutup");
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("dates a response by the visit in the unit's time zone, even when it arrives later", async () => {
    const wib = await seedTouchpoint(t.db);
    const wit = await seedTouchpoint(t.db, { unitTimeZone: "Asia/Jayapura" });
    // 2026-07-01 16:30 UTC is 23:30 WIB (UTC+7) on the 1st and 01:30 WIT (UTC+9) on the 2nd.
    const visit = Date.UTC(2026, 6, 1, 16, 30) / 1000;
    let now = visit;
    const { app } = createTestApp(t.db, {}, () => now);
    const tokens = [await tokenFromPage(app, wib.code), await tokenFromPage(app, wit.code)];
    now = visit + 2 * 86400; // the phone was offline and sends two days later
    expect((await postForm(app, wib.code, form(tokens[0]!))).status).toBe(303);
    expect((await postForm(app, wit.code, form(tokens[1]!))).status).toBe(303);
    const [a] = await t.db.select().from(responses).where(eq(responses.unitId, wib.unitId));
    const [b] = await t.db.select().from(responses).where(eq(responses.unitId, wit.unitId));
    expect(a!.localDate).toBe("2026-07-01");
    expect(b!.localDate).toBe("2026-07-02");
    expect(a!.submittedAt).toBe(now);
  });

  it("refuses a body over 64 KB with 413 and stores nothing", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const before = await writtenRows(t.db);
    const res = await postForm(app, code, form(token, { comment: "a".repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Isian terlalu besar");
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("limits submissions per client address and touchpoint, without storing the address", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db, { RATE_LIMIT: "2/600" });
    const from = (ip: string) => ({ "x-test-client": ip });
    for (let i = 0; i < 2; i++) {
      expect((await postForm(app, code, form(await tokenFromPage(app, code)), from("203.0.113.9"))).status).toBe(303);
    }
    const before = await writtenRows(t.db);
    const limited = await postForm(app, code, form(await tokenFromPage(app, code)), from("203.0.113.9"));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Terlalu banyak");
    expect(await writtenRows(t.db)).toEqual(before);
    expect((await postForm(app, code, form(await tokenFromPage(app, code)), from("203.0.113.10"))).status).toBe(303);
    // One IPv6 subscriber's /64 is one client: rotating the interface id does not buy a fresh limit.
    for (const ip of ["2001:db8:5:6::1", "2001:db8:5:6::2"]) {
      expect((await postForm(app, code, form(await tokenFromPage(app, code)), from(ip))).status).toBe(303);
    }
    expect((await postForm(app, code, form(await tokenFromPage(app, code)), from("2001:db8:5:6::3"))).status).toBe(429);
    const dump =
      JSON.stringify(await t.client.execute("SELECT * FROM rate_buckets")) +
      JSON.stringify(await t.client.execute("SELECT * FROM responses"));
    expect(dump).not.toContain("203.0.113");
    expect(dump).not.toContain("2001:db8");
  });
});
