import { createClient } from "@libsql/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../worker/app";
import { parseConfig } from "../../worker/env";
import { nodeSurveyStore } from "../../worker/node-survey-store";
import type { SurveyStore } from "../../worker/survey/store";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { TEST_SECRET } from "../helpers/app";

/**
 * On Node a submission first tries its rules on the touchpoint its visit cached, and reads only when a rule
 * says no or the write is refused. The real store (writer thread, cache) behind the real app; the store's
 * fresh reads are counted, nothing else is replaced.
 */
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function setup(env: Record<string, string> = {}, cacheSeconds = 10) {
  const t = await createTestDb();
  cleanup.push(() => t.close());
  const tp = await seedTouchpoint(t.db);
  const survey = await nodeSurveyStore(t.url, t.db, { cacheSeconds, maxQueue: 1024 });
  cleanup.push(() => survey.close());
  const reads = { n: 0 };
  const counted: SurveyStore = { ...survey, context: (q) => (reads.n++, survey.context(q)) };
  const config = parseConfig({ SECRET_KEY: TEST_SECRET, SURVEY_MIN_SECONDS: "0", RATE_LIMIT: "off", ...env });
  const app = createApp({ getDb: () => t.db, surveyStore: () => counted, config, clientAddress: () => "198.51.100.7" });
  const visit = async () =>
    ((await (await app.request(`/api/v1/touchpoints/${tp.code}/visit`)).json()) as { token: string }).token;
  const post = (token: string, answers: Record<string, unknown> = fullAnswers(undefined, () => 3)) =>
    app.request("/api/v1/responses", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token, answers, steered: false }),
    });
  const stored = async () =>
    Number(
      (await t.client.execute({ sql: "select count(*) as n from responses where unit_id = ?", args: [tp.unitId] }))
        .rows[0]!.n,
    );
  /** Closes the touchpoint from another connection, as the CLI would: nobody tells the cache. */
  const closeElsewhere = async () => {
    const other = createClient({ url: t.url });
    await other.execute({ sql: "update touchpoints set active = 0 where id = ?", args: [tp.touchpointId] });
    other.close();
  };
  return { survey, reads, visit, post, stored, closeElsewhere };
}

const idOf = async (res: Response) => ((await res.json()) as { id: string }).id;

describe("a submission on the visit's cached touchpoint", () => {
  it("is written with no read; the same token again is a replay, found by one read after the refused write", async () => {
    const s = await setup();
    const token = await s.visit();
    const first = await s.post(token);
    expect(first.status).toBe(201);
    expect(s.reads.n).toBe(0);
    const again = await s.post(token);
    expect(again.status).toBe(200);
    expect(await idOf(again)).toBe(await idOf(first));
    expect(s.reads.n).toBe(1);
    expect(await s.stored()).toBe(1);
  });

  it("is decided on a fresh read when a rule says no on the cached row, so a replay still wins", async () => {
    const s = await setup();
    const token = await s.visit();
    const first = await s.post(token);
    // The same token with answers the rules refuse: the stored copy's id, not 400.
    const again = await s.post(token, { U1: 99 });
    expect(again.status).toBe(200);
    expect(await idOf(again)).toBe(await idOf(first));
    // A fresh token with those answers: refused, nothing stored.
    expect((await s.post(await s.visit(), { U1: 99 })).status).toBe(400);
    expect(await s.stored()).toBe(1);
  });

  it("refuses past a full rate bucket, as the read before the write did", async () => {
    const s = await setup({ RATE_LIMIT: "2/600" });
    const tokens = [await s.visit(), await s.visit(), await s.visit()];
    expect((await s.post(tokens[0]!)).status).toBe(201);
    expect((await s.post(tokens[1]!)).status).toBe(201);
    const refused = await s.post(tokens[2]!);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await s.stored()).toBe(2);
  });

  it("sees a touchpoint closed from the dashboard at once, and one closed by another process after the TTL", async () => {
    const s = await setup({}, 1);
    // The clock stands still until the test moves it, so a slow machine cannot outrun the 1 s TTL.
    vi.useFakeTimers({ toFake: ["Date"] });
    const a = await s.visit();
    const b = await s.visit();
    await s.closeElsewhere();
    // Within the cache's TTL a page opened before the CLI closed the touchpoint still counts...
    expect((await s.post(a)).status).toBe(201);
    vi.setSystemTime(Date.now() + 1100);
    // ...after it, the fresh read says closed.
    expect((await s.post(b)).status).toBe(410);
    // A dashboard change empties the cache before the operator sees it saved (worker/node-operators.ts).
    const s2 = await setup();
    const d = await s2.visit();
    await s2.closeElsewhere();
    s2.survey.changed();
    expect((await s2.post(d)).status).toBe(410);
    expect(await s2.stored()).toBe(0);
  });
});
