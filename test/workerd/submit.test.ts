// The survey submit flow inside workerd: the real Worker entry, the real libSQL HTTP client, a real sqld.
import { createClient } from "@libsql/client/web";
import { env, exports } from "cloudflare:workers";
import { count, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/db";
import { answers, responses, rollupItemDaily, rollupScoreDaily, rollupUnitDaily } from "../../db/schema";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";

const ORIGIN = "https://survei.test";

type ApiError = {
  error: { code: string; message: string; requestId: string; issues?: { path: string; message: string }[] };
};

let client: ReturnType<typeof createClient>;
let db: Db;

beforeAll(() => {
  client = createClient({ url: env.LIBSQL_URL });
  db = drizzle(client);
});

afterAll(() => {
  client.close();
});

function request(path: string, init: RequestInit = {}) {
  // "manual": a 303 is the answer under test, not something to follow.
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }));
}

function tokenFromHtml(html: string) {
  const input = html.match(/<input[^>]*name="token"[^>]*>/)?.[0];
  return input?.match(/value="([^"]+)"/)?.[1];
}

function postForm(code: string, fields: Record<string, string>) {
  return request(`/s/${code}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

function postJson(body: unknown) {
  return request("/api/v1/responses", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function responsesOf(touchpointId: string) {
  return db.select().from(responses).where(eq(responses.touchpointId, touchpointId));
}

describe("survey page and form POST", () => {
  it("serves the form, stores one response with answers and rollups, and ignores a replay", async () => {
    const tp = await seedTouchpoint(db);

    const page = await request(`/s/${tp.code}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("cache-control")).toBe("no-store");
    const token = tokenFromHtml(await page.text());
    expect(token).toBeTruthy();

    const items = fullAnswers();
    expect(Object.keys(items)).toHaveLength(22);
    const fields = {
      token: token!,
      lang: "id",
      website: "",
      ...Object.fromEntries(Object.entries(items).map(([k, v]) => [k, String(v)])),
      steered: "tidak",
      age: "30-39",
      gender: "P",
      education: "D4-S1",
      occupation: "SWASTA",
      comment: "Pelayanan cepat dan ramah.",
    };

    const first = await postForm(tp.code, fields);
    expect(first.status).toBe(303);
    expect(new URL(first.headers.get("location")!, ORIGIN).pathname).toBe(`/s/${tp.code}/terima-kasih`);

    const stored = await responsesOf(tp.touchpointId);
    expect(stored).toHaveLength(1);
    const row = stored[0]!;
    expect(row).toMatchObject({
      unitId: tp.unitId,
      serviceId: tp.serviceId,
      lang: "id",
      steered: false,
      age: "30-39",
      gender: "P",
      education: "D4-S1",
      occupation: "SWASTA",
      comment: "Pelayanan cepat dan ramah.",
    });

    const stored22 = await db.select().from(answers).where(eq(answers.responseId, row.id));
    expect(stored22).toHaveLength(22);
    expect(Object.fromEntries(stored22.map((a) => [a.item, a.value]))).toEqual(items);
    expect(new Set(stored22.map((a) => a.instrument))).toEqual(new Set(["skm", "spkp", "spak"]));

    const unitDaily = await db.select().from(rollupUnitDaily).where(eq(rollupUnitDaily.unitId, tp.unitId));
    expect(unitDaily).toEqual([
      { unitId: tp.unitId, localDate: row.localDate, respondents: 1, steeredYes: 0, steeredAnswered: 1 },
    ]);
    const itemDaily = await db.select().from(rollupItemDaily).where(eq(rollupItemDaily.unitId, tp.unitId));
    expect(itemDaily).toHaveLength(22);
    for (const r of itemDaily) {
      expect(r).toMatchObject({ localDate: row.localDate, value: items[r.item], count: 1 });
    }
    const scoreDaily = await db.select().from(rollupScoreDaily).where(eq(rollupScoreDaily.unitId, tp.unitId));
    // Every item at its maximum: SKM 9 × 4, SPKP 8 × 6, SPAK 5 × 6.
    const totals: Record<string, number> = { skm: 36, spkp: 48, spak: 30 };
    expect(scoreDaily).toHaveLength(3);
    for (const s of scoreDaily) {
      const total = totals[s.instrument]!;
      expect(s).toMatchObject({ localDate: row.localDate, respondents: 1, scoreSum: total, scoreSqSum: total * total });
    }

    // The same form sent again (a double tap, a resend after a lost connection) is thanked and not counted.
    const again = await postForm(tp.code, fields);
    expect(again.status).toBe(303);
    expect(new URL(again.headers.get("location")!, ORIGIN).pathname).toBe(`/s/${tp.code}/terima-kasih`);
    expect(await responsesOf(tp.touchpointId)).toHaveLength(1);
    const [answerCount] = await db.select({ n: count() }).from(answers).where(eq(answers.responseId, row.id));
    expect(answerCount!.n).toBe(22);
    const [unitAfter] = await db.select().from(rollupUnitDaily).where(eq(rollupUnitDaily.unitId, tp.unitId));
    expect(unitAfter!.respondents).toBe(1);

    const thanks = await request(`/s/${tp.code}/terima-kasih?lang=id`);
    expect(thanks.status).toBe(200);
    expect(thanks.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("answers an unknown code with 404", async () => {
    const page = await request("/s/NO-SUCH-CODE");
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
  });
});

describe("JSON API", () => {
  it("issues a visit token, creates a response once, and returns the same id on replay", async () => {
    const tp = await seedTouchpoint(db);

    const visit = await request(`/api/v1/touchpoints/${tp.code}/visit`);
    expect(visit.status).toBe(200);
    const v = await visit.json<{ token: string; expiresAt: string; instruments: string[] }>();
    expect(v.token).toEqual(expect.any(String));
    expect(Number.isNaN(Date.parse(v.expiresAt))).toBe(false);
    expect(v.instruments).toEqual(["skm", "spkp", "spak"]);

    const body = {
      token: v.token,
      answers: fullAnswers(v.instruments as ("skm" | "spkp" | "spak")[]),
      steered: true,
      profile: { age: "20-29", gender: "L" },
      // Cleaned inside workerd too: the bidi override and ESC go, the accent composes (NFC).
      comment: "Mudah diakses, cafe\u0301\u202e.\u001b",
      lang: "en",
    };
    const created = await postJson(body);
    expect(created.status).toBe(201);
    const { id } = await created.json<{ id: string }>();
    expect(id).toEqual(expect.any(String));

    const replay = await postJson(body);
    expect(replay.status).toBe(200);
    expect(await replay.json<{ id: string }>()).toEqual({ id });

    const stored = await responsesOf(tp.touchpointId);
    expect(stored.map((r) => r.id)).toEqual([id]);
    expect(stored[0]).toMatchObject({
      lang: "en",
      steered: true,
      age: "20-29",
      gender: "L",
      comment: "Mudah diakses, caf\u00e9.",
    });
    const [answerCount] = await db.select({ n: count() }).from(answers).where(eq(answers.responseId, id));
    expect(answerCount!.n).toBe(22);
    const [unitDaily] = await db.select().from(rollupUnitDaily).where(eq(rollupUnitDaily.unitId, tp.unitId));
    expect(unitDaily).toMatchObject({ respondents: 1, steeredYes: 1, steeredAnswered: 1 });
  });

  it("refuses an invalid body with 400, an error code and issues", async () => {
    const tp = await seedTouchpoint(db);
    const visit = await request(`/api/v1/touchpoints/${tp.code}/visit`);
    const { token } = await visit.json<{ token: string }>();

    // Schema-level: a field the API does not know.
    const unknownField = await postJson({ token, answers: fullAnswers(), extra: 1 });
    expect(unknownField.status).toBe(400);
    const e1 = await unknownField.json<ApiError>();
    expect(e1.error.code).toBe("VALIDATION_FAILED");
    expect(e1.error.issues?.length).toBeGreaterThan(0);

    // Answer-level: an item out of range and one missing.
    const partial = fullAnswers();
    delete partial.U1;
    const badAnswers = await postJson({ token, answers: { ...partial, P1: 9 } });
    expect(badAnswers.status).toBe(400);
    const e2 = await badAnswers.json<ApiError>();
    expect(e2.error.code).toBe("VALIDATION_FAILED");
    expect(e2.error.issues?.map((i) => i.path).sort()).toEqual(["answers.P1", "answers.U1"]);

    // Nothing was stored, and the token is still good for a valid answer afterwards.
    expect(await responsesOf(tp.touchpointId)).toHaveLength(0);
    const ok = await postJson({ token, answers: fullAnswers() });
    expect(ok.status).toBe(201);
  });

  it("answers an unknown touchpoint code with 404", async () => {
    const res = await request("/api/v1/touchpoints/NO-SUCH-CODE/visit");
    expect(res.status).toBe(404);
    const e = await res.json<ApiError>();
    expect(e.error.code).toBe("NOT_FOUND");
  });
});
