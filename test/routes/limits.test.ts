import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, followUps, responses } from "../../db/schema";
import { createTestApp, frozenNow } from "../helpers/app";
import { writtenRows } from "../helpers/counts";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import { PASSWORD, csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
});
afterAll(() => t.close());

const signIn = (
  app: ReturnType<typeof createTestApp>["app"],
  email: string,
  password: string,
  client = "198.51.100.7",
) =>
  app.request("/login", {
    method: "POST",
    body: new URLSearchParams({ email, password }),
    headers: { "x-test-client": client },
  });

describe("limits hold under concurrent bursts", () => {
  it("a burst of 40 sign-ins gets exactly the account's 10 password checks; the right password in the burst does not slip through", async () => {
    const { app } = createTestApp(t.db, {}, frozenNow());
    const email = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(app, email, i === 39 ? PASSWORD : `salah-${i}`)),
    );
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    expect(statuses.filter((s) => s === 401 || s === 303)).toHaveLength(10);
    expect((await signIn(app, email, PASSWORD)).status).toBe(429);
  });

  it("a successful sign-in clears the account's count and gives the network its attempt back", async () => {
    const { app } = createTestApp(t.db, {}, frozenNow());
    const email = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    for (let i = 0; i < 9; i++) expect((await signIn(app, email, "salah", "192.0.2.50")).status).toBe(401);
    expect((await signIn(app, email, PASSWORD, "192.0.2.50")).status).toBe(303);
    // Ten fresh attempts again: the earlier failures no longer count against the account.
    for (let i = 0; i < 10; i++) expect((await signIn(app, email, "salah", "192.0.2.50")).status).toBe(401);
    expect((await signIn(app, email, "salah", "192.0.2.50")).status).toBe(429);
  });

  it("a network gets 30 attempts across accounts, concurrent or not", async () => {
    const { app } = createTestApp(t.db, {}, frozenNow());
    const emails = await Promise.all(Array.from({ length: 8 }, () => seedUser(t.db, tp.orgId, "viewer", tp.unitId)));
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(app, emails[i % 8]!, "salah", "203.0.113.77")),
    );
    expect(burst.filter((r) => r.status === 401)).toHaveLength(30);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(10);
  });

  it("the survey's rate limit stores exactly its maximum from a concurrent burst of one address", async () => {
    const tp2 = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db, { RATE_LIMIT: "5/600" }, frozenNow());
    const tokens = await Promise.all(Array.from({ length: 20 }, () => visitToken(app, tp2.code)));
    const burst = await Promise.all(
      tokens.map((token) => postJson(app, { token, answers: fullAnswers() }, { "x-test-client": "203.0.113.5" })),
    );
    expect(burst.filter((r) => r.status === 201)).toHaveLength(5);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(15);
    const [stored] = await t.db
      .select({ n: count() })
      .from(responses)
      .where(eq(responses.touchpointId, tp2.touchpointId));
    expect(stored!.n).toBe(5);
    // A replay of an accepted token is still answered as a replay, not as "limited".
    const accepted = burst.findIndex((r) => r.status === 201);
    expect(
      (await postJson(app, { token: tokens[accepted]!, answers: fullAnswers() }, { "x-test-client": "203.0.113.5" }))
        .status,
    ).toBe(200);
  });

  it("the evaluator API's rate limit answers exactly its maximum from a burst", async () => {
    const { app } = createTestApp(t.db, { API_RATE_LIMIT: "5/60" }, frozenNow());
    const { token } = await seedEvaluatorToken(t.db, tp.orgId);
    const burst = await Promise.all(
      Array.from({ length: 20 }, () => app.request("/api/v1/units", { headers: { Authorization: `Bearer ${token}` } })),
    );
    expect(burst.filter((r) => r.status === 200)).toHaveLength(5);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(15);
  });
});

describe("body limits", () => {
  it("refuses a sign-in form over 8 KB with 413, and a password over 1,024 characters before hashing it", async () => {
    const { app } = createTestApp(t.db);
    const email = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const before = await t.db.select({ n: count() }).from(auditLog);
    expect((await signIn(app, email, "x".repeat(9 * 1024))).status).toBe(413);
    const long = await signIn(app, email, "x".repeat(1025));
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("1.024");
    expect(await t.db.select({ n: count() }).from(auditLog)).toEqual(before);
    // Neither refusal used up an attempt: ten wrong passwords still get their 401.
    for (let i = 0; i < 10; i++) expect((await signIn(app, email, "salah")).status).toBe(401);
  });

  it("refuses a dashboard form over 64 KB with 413 and stores nothing", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const _csrf = await csrfOf(app, cookie);
    const before = await t.db.select({ n: count() }).from(followUps);
    const fields = {
      _csrf,
      period: "2026",
      item: "U3",
      problem: "p".repeat(70 * 1024),
      action: "a",
      owner: "o",
      status: "direncanakan",
    };
    const res = await postAs(app, cookie, `/admin/units/${tp.unitId}/follow-ups`, fields);
    expect(res.status).toBe(413);
    expect(await t.db.select({ n: count() }).from(followUps)).toEqual(before);
    expect((await app.request("/healthz")).status).toBe(200);
  });

  it("a refused survey body changes nothing", async () => {
    const { app } = createTestApp(t.db);
    const before = await writtenRows(t.db);
    const res = await postJson(app, {
      token: await visitToken(app, tp.code),
      answers: fullAnswers(),
      comment: "k".repeat(70 * 1024),
    });
    expect(res.status).toBe(413);
    expect(await writtenRows(t.db)).toEqual(before);
  });
});
