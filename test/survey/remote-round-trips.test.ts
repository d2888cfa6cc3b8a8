// The Worker's survey path over HTTP to a real sqld, every request the libSQL client makes counted by a
// proxy: a visit is one read, a submit one read and one batch, a replay one read.
import { count, eq, sum } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/db";
import { answers, outboxEvents, responseFlags, responses, rollupUnitDaily } from "../../db/schema";
import { migrateDb, openNodeDb } from "../../worker/node-db";
import { startCountingProxy, type SeenRequest } from "../helpers/counting-proxy";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { createRemoteApp } from "../helpers/remote-app";
import { startSqld, type Sqld } from "../helpers/sqld";
import { postJson } from "../helpers/survey";

let sqld: Sqld;
let proxy: Awaited<ReturnType<typeof startCountingProxy>>;
let direct: Awaited<ReturnType<typeof openNodeDb>>;
let db: Db;

beforeAll(async () => {
  sqld = await startSqld();
  direct = await openNodeDb(sqld.url);
  db = direct.db;
  await migrateDb(db);
  proxy = await startCountingProxy(sqld.url);
});

afterAll(async () => {
  direct?.client.close();
  await proxy?.close();
  await sqld?.stop();
});

type App = ReturnType<typeof createRemoteApp>;

/** What `step` sent to sqld, and its result. */
async function counted<T>(step: () => Promise<T>): Promise<{ result: T; seen: SeenRequest[] }> {
  proxy.take();
  const result = await step();
  return { result, seen: proxy.take() };
}

const isRead = (s: string) => /^select\b/i.test(s);

/** One pipeline that runs exactly one statement, a read. */
function expectOneRead(seen: SeenRequest) {
  expect(seen.path).toBe("/v2/pipeline");
  expect(seen.kinds.filter((k) => k !== "close")).toEqual(["execute"]);
  expect(seen.sql).toHaveLength(1);
  expect(isRead(seen.sql[0]!)).toBe(true);
}

/** One pipeline that runs one batch, inside its own transaction, and nothing outside it. */
function expectOneBatch(seen: SeenRequest) {
  expect(seen.path).toBe("/v2/pipeline");
  expect(seen.kinds.filter((k) => k !== "close" && k !== "store_sql")).toEqual(["batch"]);
  expect(seen.sql[0]).toMatch(/^begin\b/i);
  expect(seen.sql).toContainEqual(expect.stringMatching(/^commit\b/i));
  expect(seen.sql.some((s) => /^insert into "responses"/i.test(s))).toBe(true);
}

async function visit(app: App, code: string) {
  const res = await app.request(`/api/v1/touchpoints/${code}/visit`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function submit(app: App, token: string, answerSet = fullAnswers(), status = 201) {
  const res = await postJson(app, { token, answers: answerSet, steered: false, profile: { age: "30-39" } });
  expect(res.status).toBe(status);
  return ((await res.json()) as { id: string }).id;
}

async function stored(touchpointId: string, unitId: string) {
  const [r] = await db.select({ n: count() }).from(responses).where(eq(responses.touchpointId, touchpointId));
  const [u] = await db
    .select({ n: sum(rollupUnitDaily.respondents) })
    .from(rollupUnitDaily)
    .where(eq(rollupUnitDaily.unitId, unitId));
  return { responses: r!.n, respondents: Number(u!.n ?? 0) };
}

describe.each(["off", "20/600"])("the Worker's survey path with RATE_LIMIT=%s", (rateLimit) => {
  it("visits with one read, submits with one read and one batch, answers a replay with one read", async () => {
    const app = createRemoteApp(proxy.url, { RATE_LIMIT: rateLimit });
    const { code, touchpointId, unitId } = await seedTouchpoint(db);

    const visited = await counted(() => visit(app, code));
    expect(visited.seen).toHaveLength(1);
    expectOneRead(visited.seen[0]!);

    const submitted = await counted(() => submit(app, visited.result));
    expect(submitted.seen).toHaveLength(2);
    expectOneRead(submitted.seen[0]!);
    expectOneBatch(submitted.seen[1]!);
    // With a limit, the counter's increment rides in the same batch.
    const charged = submitted.seen[1]!.sql.some((s) => /^insert into "rate_buckets"/i.test(s));
    expect(charged).toBe(rateLimit !== "off");
    expect(await stored(touchpointId, unitId)).toEqual({ responses: 1, respondents: 1 });
    const [a] = await db.select({ n: count() }).from(answers).where(eq(answers.responseId, submitted.result));
    expect(a!.n).toBe(22);

    const replayed = await counted(() => submit(app, visited.result, fullAnswers(), 200));
    expect(replayed.result).toBe(submitted.result);
    expect(replayed.seen).toHaveLength(1);
    expectOneRead(replayed.seen[0]!);
    expect(await stored(touchpointId, unitId)).toEqual({ responses: 1, respondents: 1 });
  });
});

it("writes a flagged submission, its flag row and its outbox event in the same one batch", async () => {
  const app = createRemoteApp(proxy.url);
  const { code, touchpointId, unitId } = await seedTouchpoint(db);
  const token = await visit(app, code);

  const submitted = await counted(() => submit(app, token, { ...fullAnswers(), U1: 1 }));
  expect(submitted.seen).toHaveLength(2);
  expectOneRead(submitted.seen[0]!);
  expectOneBatch(submitted.seen[1]!);
  const batch = submitted.seen[1]!.sql;
  expect(batch.some((s) => /^insert into "response_flags"/i.test(s))).toBe(true);
  expect(batch.some((s) => /^insert into "outbox_events"/i.test(s))).toBe(true);

  expect(await stored(touchpointId, unitId)).toEqual({ responses: 1, respondents: 1 });
  const flags = await db.select().from(responseFlags).where(eq(responseFlags.responseId, submitted.result));
  expect(flags.map((f) => JSON.parse(f.reasons) as string[])).toEqual([["skm_1"]]);
  const events = await db
    .select()
    .from(outboxEvents)
    .where(eq(outboxEvents.id, `msg_${submitted.result}`));
  expect(events.map((e) => e.type)).toEqual(["response.flagged"]);
});
