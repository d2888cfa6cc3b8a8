import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responses } from "../../db/schema";
import { signVisitToken } from "../../worker/survey/visit-token";
import { TEST_SECRET, createTestApp, frozenNow } from "../helpers/app";
import { writtenRows } from "../helpers/counts";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

type ErrorShape = {
  error: { code: string; message: string; requestId: string; issues?: { path: string; message: string }[] };
};

describe("GET /api/v1/touchpoints/{code}/visit", () => {
  it("hands a kiosk a signed token, its expiry and the unit's instruments", async () => {
    const { code } = await seedTouchpoint(t.db, { instruments: ["skm", "spak"] });
    const now = 1_800_000_000;
    const { app } = createTestApp(t.db, { SURVEY_TOKEN_HOURS: "48" }, () => now);
    const res = await app.request(`/api/v1/touchpoints/${code}/visit`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; expiresAt: string; instruments: string[] };
    expect(body.instruments).toEqual(["skm", "spak"]);
    expect(body.expiresAt).toBe(new Date((now + 48 * 3600) * 1000).toISOString());
    expect(body.token.split(".")).toHaveLength(4);
  });

  it("answers 404 for an unknown code and 410 for a closed touchpoint, in the error shape", async () => {
    const { code } = await seedTouchpoint(t.db, { active: false });
    const { app } = createTestApp(t.db);
    const missing = await app.request("/api/v1/touchpoints/nope/visit");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorShape).error).toMatchObject({
      code: "NOT_FOUND",
      requestId: expect.any(String),
    });
    const closed = await app.request(`/api/v1/touchpoints/${code}/visit`);
    expect(closed.status).toBe(410);
    expect(((await closed.json()) as ErrorShape).error.code).toBe("SURVEY_CLOSED");
  });
});

describe("POST /api/v1/responses", () => {
  it("creates a response (201) and answers a replay with 200 and the first id", async () => {
    const { code, unitId } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await visitToken(app, code);
    const body = { token, answers: fullAnswers(), steered: true, profile: { gender: "L" }, comment: "ok", lang: "id" };
    const first = await postJson(app, body);
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const again = await postJson(app, body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id });
    const rows = await t.db.select().from(responses).where(eq(responses.unitId, unitId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, steered: true, gender: "L" });
  });

  it("lists every problem with its path: unknown keys, out-of-scale values, missing items", async () => {
    const { code } = await seedTouchpoint(t.db, { instruments: ["skm"] });
    const { app } = createTestApp(t.db);
    const token = await visitToken(app, code);
    const before = await writtenRows(t.db);
    const answers: Record<string, number> = { ...fullAnswers(["skm"]), U1: 5, X9: 1, P1: 3 };
    delete answers.U9;
    const res = await postJson(app, { token, answers });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorShape;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.issues!.map((i) => i.path).sort()).toEqual(["answers.P1", "answers.U1", "answers.U9", "answers.X9"]);
    expect(error.issues!.every((i) => i.message.length > 0)).toBe(true);
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("refuses a body of the wrong shape, malformed JSON and unknown top-level keys with 400", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await visitToken(app, code);
    const before = await writtenRows(t.db);
    for (const body of [
      "{not json",
      JSON.stringify({ token, answers: fullAnswers(), name: "Budi" }),
      JSON.stringify({ answers: {} }),
      "[]",
    ]) {
      const res = await postJson(app, body);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorShape;
      expect(error.code).toMatch(/BAD_REQUEST|VALIDATION_FAILED/);
      expect(error.issues!.length).toBeGreaterThan(0);
    }
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("names token problems: forged, expired, too fast", async () => {
    const { touchpointId } = await seedTouchpoint(t.db);
    const now = 1_800_000_000;
    const { app } = createTestApp(t.db, { SURVEY_MIN_SECONDS: "5", SURVEY_TOKEN_HOURS: "1" }, () => now);
    const cases: [string, string][] = [
      [await signVisitToken("wrong-secret-wrong-secret-wrong-secret", touchpointId, now - 60), "INVALID_TOKEN"],
      [await signVisitToken(TEST_SECRET, touchpointId, now - 3601), "TOKEN_EXPIRED"],
      [await signVisitToken(TEST_SECRET, touchpointId, now - 1), "TOO_FAST"],
    ];
    for (const [token, code] of cases) {
      const res = await postJson(app, { token, answers: fullAnswers() });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorShape;
      expect(error.code).toBe(code);
      expect(error.issues).toEqual([{ path: "token", message: expect.any(String) }]);
    }
  });

  it("answers 410 for a closed touchpoint and stores nothing", async () => {
    const { touchpointId } = await seedTouchpoint(t.db, { active: false });
    const { app } = createTestApp(t.db);
    const before = await writtenRows(t.db);
    const token = await signVisitToken(TEST_SECRET, touchpointId, Math.floor(Date.now() / 1000) - 60);
    const res = await postJson(app, { token, answers: fullAnswers() });
    expect(res.status).toBe(410);
    expect(((await res.json()) as ErrorShape).error.code).toBe("SURVEY_CLOSED");
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("rate limits with 429 and Retry-After", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db, { RATE_LIMIT: "1/60" }, frozenNow());
    expect((await postJson(app, { token: await visitToken(app, code), answers: fullAnswers() })).status).toBe(201);
    const res = await postJson(app, { token: await visitToken(app, code), answers: fullAnswers() });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(((await res.json()) as ErrorShape).error.code).toBe("RATE_LIMITED");
  });

  it("refuses a body over 64 KB with 413", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const res = await postJson(app, {
      token: await visitToken(app, code),
      answers: fullAnswers(),
      comment: "a".repeat(66_000),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorShape).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers messages in Indonesian by default and in English on request", async () => {
    const { code } = await seedTouchpoint(t.db, { instruments: ["skm"] });
    const { app } = createTestApp(t.db);
    const token = await visitToken(app, code);
    const answers = { ...fullAnswers(["skm"]), U1: 9 };
    const id = (await (await postJson(app, { token, answers })).json()) as ErrorShape;
    expect(id.error.issues![0]!.message).toBe("Jawaban ini tidak ada dalam pilihan.");
    const en = (await (await postJson(app, { token, answers, lang: "en" })).json()) as ErrorShape;
    expect(en.error.issues![0]!.message).toBe("This answer is not one of the choices.");
  });
});
