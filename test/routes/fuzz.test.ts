import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app";
import { writtenRows } from "../helpers/counts";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postForm, postJson, tokenFromPage, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const itemKey = fc.constantFrom("U1", "U5", "U9", "P1", "P8", "A1", "A5", "U10", "Z1", "__proto__", "constructor", "");
// Anything but a valid scale value, so each body is wrong somewhere and must store nothing.
const validU = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 4;
const badValue = fc
  .oneof(
    fc.integer({ min: 5, max: 1e9 }),
    fc.integer({ min: -1e9, max: 0 }),
    fc.double(),
    fc.string(),
    fc.constant(null),
    fc.anything(),
  )
  .filter((v) => !validU(v));
// The form decoder reads "1".."04" as numbers: anything it would read as 1..4 is not a bad value.
const badField = fc
  .oneof(fc.string(), fc.constantFrom("0", "5", "-1", "3.5", "1e1", ""))
  .filter((s) => !(/^\d{1,2}$/.test(s) && validU(Number(s))));

describe("random and malformed bodies", () => {
  it("never make the JSON endpoint answer 5xx or store anything", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await visitToken(app, code);
    const before = await writtenRows(t.db);
    const body = fc.oneof(
      fc.string().map((s) => ({ raw: s })),
      fc.jsonValue().map((v) => ({ raw: JSON.stringify(v) })),
      fc
        .record({
          extra: fc.dictionary(itemKey, fc.anything()),
          bad: badValue,
          steered: fc.anything(),
          profile: fc.anything(),
          comment: fc.anything(),
          lang: fc.anything(),
        })
        .map((r) => ({
          json: {
            token,
            answers: { ...fullAnswers(), ...r.extra, U1: r.bad },
            steered: r.steered,
            profile: r.profile,
            comment: r.comment,
            lang: r.lang,
          },
        })),
      fc.record({ token: fc.string(), answers: fc.anything() }).map((json) => ({ json })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await postJson(app, "raw" in b ? b.raw : JSON.stringify(b.json));
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        const json = (await res.json()) as { error: { code: string } };
        expect(typeof json.error.code).toBe("string");
      }),
      { numRuns: 150, seed: 7 },
    );
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("never make the form endpoint answer 5xx or store anything", async () => {
    const { code } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const token = await tokenFromPage(app, code);
    const before = await writtenRows(t.db);
    const fields = fc.record({
      extra: fc.dictionary(fc.oneof(itemKey, fc.string()), fc.string()),
      bad: badField,
      token: fc.oneof(fc.constant(token), fc.string()),
    });
    await fc.assert(
      fc.asyncProperty(fields, async (f) => {
        const body = { ...fullAnswers(), ...f.extra, token: f.token, U1: f.bad };
        const res = await postForm(app, code, body);
        // 303 only for a filled honeypot ("website"), which stores nothing either.
        expect([303, 413, 422]).toContain(res.status);
      }),
      { numRuns: 150, seed: 11 },
    );
    const raw = fc.oneof(
      fc.string(),
      fc.uint8Array({ maxLength: 2000 }).map((a) => new TextDecoder().decode(a)),
    );
    await fc.assert(
      fc.asyncProperty(
        raw,
        fc.constantFrom(
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "text/plain",
          "application/json",
        ),
        async (body, type) => {
          const res = await app.request(`/s/${code}`, { method: "POST", body, headers: { "Content-Type": type } });
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 100, seed: 13 },
    );
    expect(await writtenRows(t.db)).toEqual(before);
  });
});
