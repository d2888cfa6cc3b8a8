import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureServiceId } from "../../db/queries/admin";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { organizations, services } from "../../db/schema";
import { indicesByResponse } from "../../worker/api/service-schemas";
import { responsesPage } from "../../worker/api/schemas";
import { randomCode, randomId } from "../../worker/crypto";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedChildUnit, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
let seeded: Awaited<ReturnType<typeof seedTouchpoint>>;
let token: string;
let legalisir: string;

async function touchpoint(unitId: string, serviceId: string | null) {
  const code = randomCode();
  await insertTouchpoint(t.db, { id: randomId(), unitId, serviceId, code, label: "Loket" });
  return code;
}

beforeAll(async () => {
  t = await createTestDb();
  seeded = await seedTouchpoint(t.db);
  await t.db
    .update(organizations)
    .set({ settings: JSON.stringify({ minRespondents: 2 }) })
    .where(eq(organizations.id, seeded.orgId));
  legalisir = await ensureServiceId(t.db, seeded.unitId, "Legalisir", randomId());
  await ensureServiceId(t.db, seeded.unitId, "Tidak dipakai", randomId());
  await t.db.update(services).set({ population: 100 }).where(eq(services.id, seeded.serviceId));
  const codes = [seeded.code, await touchpoint(seeded.unitId, legalisir), await touchpoint(seeded.unitId, null)];
  const child = await seedChildUnit(t.db, seeded.orgId, seeded.unitId);
  token = (await seedEvaluatorToken(t.db, seeded.orgId)).token;
  let now = 0;
  const { app } = createTestApp(t.db, {}, () => now);
  // 30 responses from 10 July to 27 September: whole months and the partial edges of a date range.
  for (let i = 0; i < 30; i++) {
    now = Date.UTC(2026, 6, 10 + i * 2.7, 3) / 1000;
    const answers: Record<string, number> = {};
    for (let k = 1; k <= 9; k++) answers[`U${k}`] = 1 + ((i * k + k) % 4);
    for (let k = 1; k <= 8; k++) answers[`P${k}`] = 1 + ((i + 2 * k) % 6);
    for (let k = 1; k <= 5; k++) answers[`A${k}`] = 1 + ((i * 3 + k) % 6);
    const code = codes[i % 3 === 2 && i % 2 === 0 ? 2 : i % 2]!;
    const res = await postJson(app, { token: await visitToken(app, code), answers, steered: i % 7 === 0 });
    expect(res.status).toBe(201);
  }
  // The child unit's responses count for the subtree, never for this unit's services.
  now = Date.UTC(2026, 7, 1, 3) / 1000;
  const childRes = await postJson(app, { token: await visitToken(app, child.code), answers: fullAnswers() });
  expect(childRes.status).toBe(201);
});
afterAll(() => t.close());

function api(path: string) {
  const { app } = createTestApp(t.db);
  return app.request(`/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
}

type Row = (typeof responsesPage._output)["data"][number];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** IKM and the two perception indices recomputed from anonymised rows, by the formulas of domain.md alone. */
function recompute(rows: Row[]) {
  const itemMeans = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, k) => mean(rows.map((r) => r.answers[`${prefix}${k + 1}`]!)));
  return {
    ikm: mean(itemMeans("U", 9)) * 25,
    // ratio conversion (the default): raw × 4/6
    ipkpIndex4: (mean(itemMeans("P", 8)) * 4) / 6,
    ipakIndex4: (mean(itemMeans("A", 5)) * 4) / 6,
  };
}

async function allRows(query: string) {
  const res = await api(`/units/${seeded.unitId}/responses?${query}&limit=1000`);
  expect(res.status).toBe(200);
  const page = responsesPage.parse(await res.json());
  expect(page.nextCursor).toBeNull();
  return page.data;
}

describe("GET /units/{unitId}/indices?by=service", () => {
  for (const query of ["period=2026-Q3", "from=2026-07-14&to=2026-09-20"]) {
    it(`equals a recomputation from the anonymised rows, per service (${query})`, async () => {
      const res = await api(`/units/${seeded.unitId}/indices?${query}&by=service`);
      expect(res.status).toBe(200);
      const body = indicesByResponse.parse(await res.json());
      const list = body.services!;
      expect(list.map((s) => s.name)).toEqual(["Legalisir", "Perizinan", "Tidak dipakai", "Tanpa jenis layanan"]);
      expect(list.reduce((n, s) => n + s.respondents, 0)).toBe(body.respondents);
      const rows = await allRows(query);
      expect(rows.length).toBe(body.respondents);
      for (const s of list) {
        const own = rows.filter((r) => (r.serviceId ?? "") === s.serviceId);
        expect(s.respondents).toBe(own.length);
        if (own.length === 0) {
          expect([s.ikm, s.ipkp, s.ipak]).toEqual([null, null, null]);
          continue;
        }
        const want = recompute(own);
        expect([s.ikm!.n, s.ipkp!.n, s.ipak!.n]).toEqual([own.length, own.length, own.length]);
        expect(s.ikm!.converted).toBeCloseTo(want.ikm, 9);
        expect(s.ipkp!.index4).toBeCloseTo(want.ipkpIndex4, 9);
        expect(s.ipak!.index4).toBeCloseTo(want.ipakIndex4, 9);
      }
    });
  }

  it("gives a service with a population its own Krejcie–Morgan requirement, and none without", async () => {
    const body = indicesByResponse.parse(
      await (await api(`/units/${seeded.unitId}/indices?period=2026&by=service`)).json(),
    );
    const perizinan = body.services!.find((s) => s.name === "Perizinan")!;
    // Krejcie–Morgan for N = 100 is 80 (the published table).
    expect(perizinan.sample).toMatchObject({ population: 100, required: 80, adequate: false });
    expect(body.services!.find((s) => s.name === "Legalisir")!.sample).toMatchObject({
      population: null,
      required: null,
      adequate: null,
    });
    expect(body.sample.population).toBe(1000);
  });

  it("leaves services out unless asked, and refuses by=service with scope=subtree or an unknown by", async () => {
    const plain = (await (await api(`/units/${seeded.unitId}/indices?period=2026`)).json()) as Record<string, unknown>;
    expect(plain).not.toHaveProperty("services");
    const subtree = await api(`/units/${seeded.unitId}/indices?period=2026&scope=subtree&by=service`);
    expect(subtree.status).toBe(400);
    const err = (await subtree.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(err.error.issues[0]!.path).toBe("by");
    for (const by of ["unit", "service%00", "x".repeat(5000)]) {
      expect((await api(`/units/${seeded.unitId}/indices?period=2026&by=${by}`)).status).toBe(400);
    }
  });
});
