import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, organizations } from "../../db/schema";
import { indicesResponse, responsesPage, trendResponse } from "../../worker/api/schemas";
import { requiredSampleSize } from "../../worker/scoring/sample";
import { createTestApp, frozenNow } from "../helpers/app";
import { VECTOR_B } from "../helpers/vectors";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Awaited<ReturnType<typeof seedTouchpoint>>;
let child: Awaited<ReturnType<typeof seedChildUnit>>;
let grandchild: Awaited<ReturnType<typeof seedChildUnit>>;
let orgToken: string;
let childToken: string;

const at = (iso: string) => Date.parse(iso) / 1000;

function answersOf(skm: number[], p: number, a: number) {
  const out: Record<string, number> = {};
  skm.forEach((v, i) => (out[`U${i + 1}`] = v));
  for (let i = 1; i <= 8; i++) out[`P${i}`] = ((p + i) % 6) + 1;
  for (let i = 1; i <= 5; i++) out[`A${i}`] = ((a + i) % 6) + 1;
  return out;
}

beforeAll(async () => {
  t = await createTestDb();
  root = await seedTouchpoint(t.db);
  await t.db
    .update(organizations)
    .set({ settings: JSON.stringify({ minRespondents: 2 }) })
    .where(eq(organizations.id, root.orgId));
  child = await seedChildUnit(t.db, root.orgId, root.unitId, 500);
  grandchild = await seedChildUnit(t.db, root.orgId, child.unitId, null);
  orgToken = (await seedEvaluatorToken(t.db, root.orgId)).token;
  childToken = (await seedEvaluatorToken(t.db, root.orgId, child.unitId)).token;

  let now = 0;
  const { app } = createTestApp(t.db, {}, () => now);
  const submit = async (
    code: string,
    when: string,
    answers: Record<string, number>,
    steered: boolean | null = false,
  ) => {
    now = at(when);
    const res = await postJson(app, { token: await visitToken(app, code), answers, steered, comment: "rahasia" });
    expect(res.status).toBe(201);
  };
  // 16:30Z on 30 September is 23:30 WIB: still the third quarter locally.
  const q3 = ["2026-07-15T03:00:00Z", "2026-08-20T03:00:00Z", "2026-09-01T03:00:00Z", "2026-09-30T16:30:00Z"];
  for (const [i, row] of VECTOR_B.entries())
    await submit(root.code, q3[i]!, answersOf(row, i, i * 2), i === 0 ? true : false);
  await submit(root.code, "2026-10-01T03:00:00Z", answersOf([1, 1, 1, 1, 1, 1, 1, 1, 1], 0, 0));
  for (let i = 0; i < 3; i++)
    await submit(child.code, "2026-08-05T03:00:00Z", answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4], i, i));
  for (let i = 0; i < 2; i++)
    await submit(grandchild.code, "2026-07-05T03:00:00Z", answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3], i, 5), null);
});
afterAll(() => t.close());

function api(
  token: string | null,
  path: string,
  headers: Record<string, string> = {},
  env: Record<string, string> = {},
  now?: () => number,
) {
  const { app } = createTestApp(t.db, env, now);
  return app.request(`/api/v1${path}`, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  });
}
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;

describe("evaluator API: authentication and scope", () => {
  it("answers 401 without a token, with a wrong one and with a revoked one", async () => {
    expect((await api(null, "/units")).status).toBe(401);
    expect((await api("zis_nope", "/units")).status).toBe(401);
    const revoked = await seedEvaluatorToken(t.db, root.orgId);
    expect((await api(revoked.token, "/units")).status).toBe(200);
    await t.db.update(apiTokens).set({ revokedAt: 1 }).where(eq(apiTokens.id, revoked.id));
    const res = await api(revoked.token, `/units/${root.unitId}/indices?period=2026`);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("UNAUTHORIZED");
  });

  it("lists the units a token may see, and records its last use", async () => {
    const all = await json<{ units: { id: string; parentId: string | null; population: number | null }[] }>(
      await api(orgToken, "/units"),
    );
    expect(all.units.map((u) => u.id).sort()).toEqual([root.unitId, child.unitId, grandchild.unitId].sort());
    expect(all.units.find((u) => u.id === child.unitId)).toMatchObject({ parentId: root.unitId, population: 500 });
    const scoped = await json<{ units: { id: string }[] }>(await api(childToken, "/units"));
    expect(scoped.units.map((u) => u.id).sort()).toEqual([child.unitId, grandchild.unitId].sort());
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.unitId, child.unitId));
    expect(row!.lastUsedAt).toBeGreaterThan(0);
  });

  it("answers 404 for an unknown unit and for one outside the token's scope", async () => {
    expect((await api(orgToken, "/units/nope/indices?period=2026")).status).toBe(404);
    expect((await api(childToken, `/units/${root.unitId}/indices?period=2026`)).status).toBe(404);
    expect((await api(childToken, `/units/${grandchild.unitId}/indices?period=2026`)).status).toBe(200);
    const other = await seedTouchpoint(t.db);
    expect((await api(orgToken, `/units/${other.unitId}/indices?period=2026`)).status).toBe(404);
  });

  it("limits requests per token with 429 and Retry-After", async () => {
    const { token } = await seedEvaluatorToken(t.db, root.orgId);
    const env = { API_RATE_LIMIT: "2/60" };
    const now = frozenNow();
    expect((await api(token, "/units", {}, env, now)).status).toBe(200);
    expect((await api(token, "/units", {}, env, now)).status).toBe(200);
    const limited = await api(token, "/units", {}, env, now);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const other = await seedEvaluatorToken(t.db, root.orgId);
    expect((await api(other.token, "/units", {}, env, now)).status).toBe(200);
  });
});

describe("GET /units/{unitId}/indices", () => {
  it("computes vector B for the unit's third quarter, exactly as specified", async () => {
    const res = await api(orgToken, `/units/${root.unitId}/indices?period=2026-Q3`);
    expect(res.status).toBe(200);
    const body = indicesResponse.parse(await res.json());
    expect(body.period).toEqual({ from: "2026-07-01", to: "2026-09-30", label: "2026-Q3" });
    expect(body.respondents).toBe(4);
    expect(body.ikm!.n).toBe(4);
    expect(body.ikm!.converted).toBeCloseTo(79.1667, 4);
    expect(body.ikm!.items.map((i) => i.nrr)).toEqual([3.25, 3.25, 2.75, 4, 3, 3, 3.5, 2.75, 3]);
    expect(body.ikm).toMatchObject({ grade: "B", performance: "Baik", weighting: "exact", sufficient: true });
    expect(body.ikm!.ci95![0]).toBeLessThan(body.ikm!.converted);
    expect(body.ikm!.ci95![1]).toBeGreaterThan(body.ikm!.converted);
    expect(body.steeredShare).toBe(0.25);
    // By default the yearly population's minimum applies to the quarter as it is (annual-per-period).
    expect(body.sample).toEqual({
      basis: "annual-per-period",
      population: 1000,
      periodPopulation: 1000,
      prorated: false,
      required: requiredSampleSize(1000),
      adequate: false,
    });
    expect(body.formulaVersion).toContain("basis=annual-per-period");
    expect(body.formulaVersion).toContain("w=exact");
    expect(body.formulaVersion).toContain("conversion=ratio");
  });

  it("prorates the yearly population by the quarter's days when the organization chose that basis", async () => {
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, root.orgId));
    const settings = org!.settings;
    await t.db
      .update(organizations)
      .set({ settings: JSON.stringify({ ...JSON.parse(settings), sampleBasis: "prorated" }) })
      .where(eq(organizations.id, root.orgId));
    try {
      const body = indicesResponse.parse(
        await (await api(orgToken, `/units/${root.unitId}/indices?period=2026-Q3`)).json(),
      );
      // 1,000 users a year × 92/365 days = 252.
      expect(body.sample).toEqual({
        basis: "prorated",
        population: 1000,
        periodPopulation: 252,
        prorated: true,
        required: requiredSampleSize(252),
        adequate: false,
      });
      expect(body.formulaVersion).toContain("basis=prorated");
    } finally {
      await t.db.update(organizations).set({ settings }).where(eq(organizations.id, root.orgId));
    }
  });

  it("names the legacy weighting and conversion when asked for them", async () => {
    const body = await json<{
      ikm: { converted: number; weighting: string };
      ipkp: { conversion: string; raw: number; index4: number };
      formulaVersion: string;
    }>(await api(orgToken, `/units/${root.unitId}/indices?period=2026-Q3&weighting=0.111&conversion=linear`));
    expect(body.ikm.converted).toBeCloseTo(79.0875, 4);
    expect(body.ikm.weighting).toBe("0.111");
    expect(body.ipkp.conversion).toBe("linear");
    expect(body.ipkp.index4).toBeCloseTo(1 + ((body.ipkp.raw - 1) * 3) / 5, 12);
    expect(body.formulaVersion).toContain("w=0.111");
  });

  it("equals an independent recomputation from the anonymised rows", async () => {
    const indices = await json<{
      ikm: { index: number };
      ipkp: { raw: number; index4: number; lke: number };
      ipak: { raw: number };
    }>(await api(orgToken, `/units/${root.unitId}/indices?from=2026-07-01&to=2026-10-31`));
    const rows: { answers: Record<string, number> }[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: typeof rows; nextCursor: string | null } = responsesPage.parse(
        await (
          await api(
            orgToken,
            `/units/${root.unitId}/responses?from=2026-07-01&to=2026-10-31&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
          )
        ).json(),
      );
      rows.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(rows).toHaveLength(5);
    const mean = (key: string) => rows.reduce((s, r) => s + r.answers[key]!, 0) / rows.length;
    const keys = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i + 1}`);
    expect(indices.ikm.index).toBeCloseTo(keys("U", 9).reduce((s, k) => s + mean(k), 0) / 9, 12);
    const ipkpRaw = keys("P", 8).reduce((s, k) => s + mean(k), 0) / 8;
    expect(indices.ipkp.raw).toBeCloseTo(ipkpRaw, 12);
    expect(indices.ipkp.index4).toBeCloseTo((ipkpRaw * 4) / 6, 12);
    expect(indices.ipkp.lke).toBeCloseTo((17.5 * ((ipkpRaw * 4) / 6)) / 4, 12);
    expect(indices.ipak.raw).toBeCloseTo(keys("A", 5).reduce((s, k) => s + mean(k), 0) / 5, 12);
  });

  it("pages a subtree's rows unit by unit, each row exactly once, as many as the indices count", async () => {
    const indices = await json<{ respondents: number }>(
      await api(orgToken, `/units/${root.unitId}/indices?period=2026&scope=subtree`),
    );
    const seen: { id: string; unitId: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { id: string; unitId: string }[]; nextCursor: string | null } = await json(
        await api(
          orgToken,
          `/units/${root.unitId}/responses?period=2026&scope=subtree&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        ),
      );
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    expect(seen.length).toBe(indices.respondents);
    expect(new Set(seen.map((r) => r.unitId)).size).toBeGreaterThan(1);
  });

  it("includes the whole subtree with scope=subtree and sums the known populations", async () => {
    const body = await json<{
      respondents: number;
      scope: string;
      sample: { population: number };
      ikm: { n: number };
      steeredShare: number;
    }>(await api(orgToken, `/units/${root.unitId}/indices?period=2026-Q3&scope=subtree`));
    expect(body).toMatchObject({ respondents: 9, scope: "subtree", sample: { population: 1500 }, ikm: { n: 9 } });
    // Steering: 1 "Ya" among the 7 who answered it (the grandchild's two did not).
    expect(body.steeredShare).toBeCloseTo(1 / 7, 12);
  });

  it("is null, not zeros, for an instrument without answers, and withholds the grade below the minimum n", async () => {
    const body = await json<Record<string, unknown>>(await api(orgToken, `/units/${root.unitId}/indices?period=2025`));
    expect(body).toMatchObject({ respondents: 0, ikm: null, ipkp: null, ipak: null, steeredShare: null });
    expect(body.zi).toEqual({ wbk: { ipak: null, ipkp: null }, wbbm: { ipak: null, ipkp: null } });
    const one = await json<{ ikm: { n: number; grade: null; sufficient: boolean; ci95: null; converted: number } }>(
      await api(orgToken, `/units/${root.unitId}/indices?period=2026-10`),
    );
    expect(one.ikm).toMatchObject({ n: 1, grade: null, sufficient: false, ci95: null, converted: 25 });
  });

  it("refuses a period it cannot read with 400 and each issue", async () => {
    for (const q of [
      "",
      "period=2026-Q5",
      "period=26",
      "period=2026&from=2026-01-01&to=2026-01-31",
      "from=2026-02-01&to=2026-01-01",
      "from=2026-02-30&to=2026-03-01",
      "scope=all&period=2026",
    ]) {
      const res = await api(orgToken, `/units/${root.unitId}/indices?${q}`);
      expect(res.status, q).toBe(400);
      const { error } = await json<{ error: { code: string; issues: unknown[] } }>(res);
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.issues.length).toBeGreaterThan(0);
    }
  });

  it("carries an ETag and Cache-Control, and answers 304 while nothing changed", async () => {
    const path = `/units/${root.unitId}/indices?period=2026-Q3`;
    const first = await api(orgToken, path);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32,}"$/);
    expect(first.headers.get("cache-control")).toBe("private, max-age=60");
    expect(first.headers.get("vary")).toContain("Authorization");
    const again = await api(orgToken, path, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // A 304 carries what the 200 would have said about caching.
    expect([again.headers.get("etag"), again.headers.get("cache-control"), again.headers.get("vary")]).toEqual([
      etag,
      "private, max-age=60",
      first.headers.get("vary"),
    ]);
    expect((await api(orgToken, path, { "If-None-Match": `W/"other", ${etag}` })).status).toBe(304);
    expect(
      (await api(orgToken, `/units/${root.unitId}/indices?period=2026-Q4`, { "If-None-Match": etag })).status,
    ).toBe(200);
  });
});

describe("GET /units/{unitId}/trend and /responses", () => {
  it("gives a series per month or quarter, gaps included", async () => {
    const months = trendResponse.parse(await (await api(orgToken, `/units/${root.unitId}/trend?period=2026`)).json());
    expect(months.series.map((s) => s.period.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    );
    expect(months.series.map((s) => s.respondents)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 2, 1, 0, 0]);
    expect(months.series[0]!.ikm).toBeNull();
    const quarters = trendResponse.parse(
      await (await api(orgToken, `/units/${root.unitId}/trend?period=2026&granularity=quarter`)).json(),
    );
    expect(quarters.series.map((s) => [s.period.label, s.respondents])).toEqual([
      ["2026-Q1", 0],
      ["2026-Q2", 0],
      ["2026-Q3", 4],
      ["2026-Q4", 1],
    ]);
    expect(quarters.series[2]!.ikm!.converted).toBeCloseTo(79.1667, 4);
  });

  it("clips the first and last bucket to a date range", async () => {
    const body = trendResponse.parse(
      await (await api(orgToken, `/units/${root.unitId}/trend?from=2026-08-15&to=2026-09-15`)).json(),
    );
    expect(body.series.map((s) => s.period)).toEqual([
      { from: "2026-08-15", to: "2026-08-31", label: "2026-08" },
      { from: "2026-09-01", to: "2026-09-15", label: "2026-09" },
    ]);
  });

  it("pages anonymised rows without comments, and refuses a forged cursor", async () => {
    const page = await json<{ data: Record<string, unknown>[]; nextCursor: string | null }>(
      await api(orgToken, `/units/${root.unitId}/responses?period=2026&limit=3`),
    );
    expect(page.data).toHaveLength(3);
    expect(page.nextCursor).toBeTruthy();
    expect(JSON.stringify(page)).not.toContain("rahasia");
    expect(Object.keys(page.data[0]!).sort()).toEqual([
      "answers",
      "channel",
      "id",
      "lang",
      "localDate",
      "profile",
      "serviceId",
      "steered",
      "unitId",
    ]);
    expect((await api(orgToken, `/units/${root.unitId}/responses?period=2026&cursor=%%%`)).status).toBe(400);
  });
});
