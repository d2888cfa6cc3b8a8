import { createClient } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../worker/app";
import { parseConfig } from "../../worker/env";
import { nodeSurveyStore } from "../../worker/node-survey-store";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { TEST_SECRET } from "../helpers/app";
import { BUSY_TEXT } from "../../web/text-offline";

/**
 * Node's embedded write path: the real writer thread and its group commit, behind the real app. Another
 * connection holding the write lock stands in for an operator's long write or the CLI.
 */
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function setup(maxQueue = 1024, busyTimeoutMs = 60_000) {
  const t = await createTestDb();
  cleanup.push(() => t.close());
  const tp = await seedTouchpoint(t.db);
  const survey = await nodeSurveyStore(t.url, t.db, { cacheSeconds: 10, maxQueue, busyTimeoutMs });
  cleanup.push(() => survey.close());
  // The writes handed to the writer so far. Token checks finish in any order (WebCrypto runs on the thread
  // pool), so a test that needs an order waits for each hand-over before it sends the next.
  let handed = 0;
  const counted: typeof survey = { ...survey, write: (r, rate) => (handed++, survey.write(r, rate)) };
  const handedOver = async (n: number) => {
    while (handed < n) await new Promise((r) => setTimeout(r, 5));
  };
  const config = parseConfig({ SECRET_KEY: TEST_SECRET, SURVEY_MIN_SECONDS: "0", RATE_LIMIT: "off" });
  const app = createApp({ getDb: () => t.db, surveyStore: () => counted, config, clientAddress: () => "198.51.100.7" });
  const visit = async () =>
    ((await (await app.request(`/api/v1/touchpoints/${tp.code}/visit`)).json()) as { token: string }).token;
  const post = (token: string) =>
    app.request("/api/v1/responses", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token, answers: fullAnswers(undefined, () => 3), steered: false }),
    });
  /** Another connection takes the write lock, as a long import would; `release` commits it. */
  const holdWriteLock = async () => {
    const other = createClient({ url: t.url });
    const tx = await other.transaction("write");
    return async () => {
      await tx.commit();
      other.close();
    };
  };
  const stored = async () =>
    Number(
      (await t.client.execute({ sql: "select count(*) as n from responses where unit_id = ?", args: [tp.unitId] }))
        .rows[0]!.n,
    );
  return { t, tp, app, visit, post, holdWriteLock, stored, handedOver };
}

const settled = async (p: Response | Promise<Response>) =>
  Promise.race([Promise.resolve(p).then(() => true), new Promise((r) => setTimeout(() => r(false), 300))]);

describe("group commit on the embedded database", () => {
  it("writes concurrent submissions together; a replayed token among them fails alone", async () => {
    const s = await setup();
    const tokens = await Promise.all(Array.from({ length: 12 }, () => s.visit()));
    // The fourth token twice in the same burst: one copy is stored, the other is told it is a replay.
    const burst = await Promise.all([...tokens, tokens[3]!].map((token) => s.post(token)));
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(12).fill(201), 200].sort());
    const ids = await Promise.all(burst.map(async (r) => ((await r.json()) as { id: string }).id));
    expect(new Set(ids).size).toBe(12);
    expect(await s.stored()).toBe(12);
  });

  it("acknowledges a submission only after the commit that holds it", async () => {
    const s = await setup();
    const token = await s.visit();
    const release = await s.holdWriteLock();
    const answer = s.post(token);
    expect(await settled(answer)).toBe(false);
    expect(await s.stored()).toBe(0);
    await release();
    expect((await answer).status).toBe(201);
    expect(await s.stored()).toBe(1);
  });

  it("answers 503 with Retry-After once the queue is full, stores nothing of it, and takes the same token later", async () => {
    const s = await setup(3);
    const tokens = await Promise.all(Array.from({ length: 5 }, () => s.visit()));
    const release = await s.holdWriteLock();
    // Three unanswered at most: the first is being written (waiting for the lock), the next two wait behind
    // it, the rest are refused.
    const first = s.post(tokens[0]!);
    await s.handedOver(1);
    const queued = [s.post(tokens[1]!)];
    await s.handedOver(2);
    queued.push(s.post(tokens[2]!));
    await s.handedOver(3);
    const refused = await Promise.all([s.post(tokens[3]!), s.post(tokens[4]!)]);
    for (const res of refused) {
      expect(res.status).toBe(503);
      expect(res.headers.get("Retry-After")).toBe("1");
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("BUSY");
    }
    await release();
    expect([(await first).status, ...(await Promise.all(queued)).map((r) => r.status)]).toEqual([201, 201, 201]);
    expect(await s.stored()).toBe(3);
    // Nothing of a refused submission was kept: its token is still good for exactly one response.
    expect((await s.post(tokens[3]!)).status).toBe(201);
    expect(await s.stored()).toBe(4);
  });

  it("answers 503 with Retry-After when another writer holds the lock past the busy timeout, storing nothing", async () => {
    const s = await setup(1024, 200);
    const token = await s.visit();
    const release = await s.holdWriteLock();
    const res = await s.post(token);
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toBe("1");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("BUSY");
    await release();
    expect(await s.stored()).toBe(0);
    // Nothing of it was kept: the same token is stored once when sent again.
    expect((await s.post(token)).status).toBe(201);
    expect(await s.stored()).toBe(1);
  });

  it("gives a citizen's form back with their answers and a busy message (503), not an error page", async () => {
    const s = await setup(2);
    const tokens = await Promise.all(Array.from({ length: 3 }, () => s.visit()));
    const release = await s.holdWriteLock();
    const first = s.post(tokens[0]!);
    await s.handedOver(1);
    const queued = s.post(tokens[1]!);
    await s.handedOver(2);
    const form = new URLSearchParams({ token: tokens[2]!, lang: "id", steered: "tidak" });
    for (const [item, value] of Object.entries(fullAnswers(undefined, () => 2))) form.set(item, String(value));
    const page = await s.app.request(`/s/${s.tp.code}`, { method: "POST", body: form });
    expect(page.status).toBe(503);
    expect(page.headers.get("Retry-After")).toBe("1");
    const html = await page.text();
    expect(html).toContain(BUSY_TEXT.id);
    expect(html).toContain(`value="${tokens[2]}"`);
    expect(html).toMatch(/name="U1" value="2"[^>]*checked/);
    await release();
    expect([(await first).status, (await queued).status]).toEqual([201, 201]);
  });
});
