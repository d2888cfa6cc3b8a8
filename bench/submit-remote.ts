/**
 * The Worker's survey path against a real libSQL server: sqld on loopback, a counting proxy in front of it,
 * and the app built in-process as worker/index.ts builds it (a `@libsql/client/web` client per request).
 * Each simulated citizen repeats a pair through `app.request`: GET the visit token, then POST the answers as
 * JSON. Prints pairs/s, visit and submit latencies, and the HTTP requests the app sent sqld per visit and
 * per submit (each route's client gets its own path on the proxy, so concurrent requests are told apart).
 * The floor, on the same sqld through the same proxy: the thinnest Hono app (a random token; one execute
 * inserting one row per POST, with a new client per request as on the Worker). Last line:
 * `submit-remote: <pairs/s> pairs/s p99=<ms> ms round_trips_per_submit=<x> round_trips_per_visit=<x> errors=<n> [ratio=<x>]`
 * Usage: npx tsx bench/submit-remote.ts [--requests 1000 --concurrency 16 --warmup 100 --rate-limit off --skip-floor]
 */
import { createClient } from "@libsql/client/web";
import { count } from "drizzle-orm";
import { Hono } from "hono";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { responses } from "../db/schema";
import { startCountingProxy, type SeenRequest } from "../test/helpers/counting-proxy";
import { seedTouchpoint } from "../test/helpers/factories";
import { createRemoteApp } from "../test/helpers/remote-app";
import { startSqld } from "../test/helpers/sqld";
import { migrateDb, openNodeDb } from "../worker/node-db";
import { percentile } from "./crash-harness";
import { pairAnswers, pool } from "./pairs-load";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "16" },
    warmup: { type: "string", default: "100" },
    "rate-limit": { type: "string", default: "off" },
    "skip-floor": { type: "boolean", default: false },
  },
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const warmup = Number(values.warmup);

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };
type Run = {
  pairsPerSecond: number;
  visit: number[];
  submit: number[];
  pair: number[];
  errors: number;
  /** "visit 500", "submit 503", "thrown": how many of each. */
  failures: Map<string, number>;
};

const fail = (run: Run, what: string) => {
  run.errors++;
  run.failures.set(what, (run.failures.get(what) ?? 0) + 1);
};

// Every pair from its own address, so a rate limit (when asked for) counts and charges but never refuses.
const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** `n` visit+submit pairs at `concurrency`; anything but 200 then 201 is an error. */
async function pairs(app: App, code: string, n: number, offset: number): Promise<Run> {
  const run: Run = { pairsPerSecond: 0, visit: [], submit: [], pair: [], errors: 0, failures: new Map() };
  const started = performance.now();
  await pool(concurrency, n, async (j) => {
    const i = offset + j;
    const headers = { "x-test-client": address(i) };
    try {
      const t0 = performance.now();
      const v = await app.request(`/api/v1/touchpoints/${code}/visit`, { headers });
      const { token } = (await v.json()) as { token: string };
      const t1 = performance.now();
      const res = await app.request("/api/v1/responses", {
        method: "POST",
        body: JSON.stringify({ token, answers: pairAnswers(i), steered: i % 3 === 0, profile: { age: "30-39" } }),
        headers: { ...headers, "Content-Type": "application/json" },
      });
      await res.arrayBuffer();
      const t2 = performance.now();
      run.visit.push(t1 - t0);
      run.submit.push(t2 - t1);
      run.pair.push(t2 - t0);
      if (v.status !== 200) fail(run, `visit ${v.status}`);
      else if (res.status !== 201) fail(run, `submit ${res.status}`);
    } catch {
      fail(run, "thrown");
    }
  });
  run.pairsPerSecond = n / ((performance.now() - started) / 1000);
  return run;
}

const ms = (list: number[]) => `p50=${percentile(list, 50).toFixed(1)} p99=${percentile(list, 99).toFixed(1)} ms`;

/** Requests per pair under `tag`, and what they were: "2.00 (execute: 1000, batch: 1000)". */
function perPair(seen: SeenRequest[], tag: string, n: number) {
  const mine = seen.filter((s) => s.tag === tag);
  const kinds = new Map<string, number>();
  for (const s of mine) {
    const key = s.kinds.filter((k) => k !== "close" && k !== "store_sql").join("+") || `${s.method} ${s.path}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  const what = [...kinds].map(([k, v]) => `${k}: ${v}`).join(", ");
  return { perPair: mine.length / n, text: `${(mine.length / n).toFixed(2)} (${what})` };
}

/** The thinnest app on the same client and server: a token, one insert, a new client per request. */
async function floorApp(url: string) {
  const setup = createClient({ url });
  await setup.execute("CREATE TABLE floor_responses (token TEXT PRIMARY KEY, body TEXT NOT NULL)");
  setup.close();
  const app = new Hono();
  app.get("/api/v1/touchpoints/:code/visit", (c) => c.json({ token: randomUUID() }));
  app.post("/api/v1/responses", async (c) => {
    const body = await c.req.json<{ token: string }>();
    await createClient({ url }).execute({
      sql: "INSERT INTO floor_responses (token, body) VALUES (?, ?)",
      args: [body.token, JSON.stringify(body)],
    });
    return c.json({ id: body.token }, 201);
  });
  return app;
}

const sqld = await startSqld();
const proxy = await startCountingProxy(sqld.url);
try {
  const { client, db } = await openNodeDb(sqld.url);
  await migrateDb(db);
  const { code } = await seedTouchpoint(db);

  let floor: Run | null = null;
  if (!values["skip-floor"]) {
    const thin = await floorApp(`${proxy.url}/floor/`);
    await pairs(thin, "floor", warmup, 0);
    floor = await pairs(thin, "floor", total, warmup);
    console.log(
      `floor-remote: ${floor.pairsPerSecond.toFixed(0)} pairs/s pair ${ms(floor.pair)} errors=${floor.errors}`,
    );
  }

  // Each route's client under its own path on the proxy: the per-route counts hold under concurrency.
  const route = (path: string) => (path.endsWith("/visit") ? "visit" : "submit");
  const app = createRemoteApp((c) => `${proxy.url}/${route(c.req.path)}/`, { RATE_LIMIT: values["rate-limit"] });
  await pairs(app, code, warmup, 0);
  proxy.take();
  const ours = await pairs(app, code, total, warmup);
  const seen = proxy.take();
  const visit = perPair(seen, "visit", total);
  const submit = perPair(seen, "submit", total);
  console.log(`zi-survei (Worker path, RATE_LIMIT=${values["rate-limit"]}): ${ours.pairsPerSecond.toFixed(0)} pairs/s`);
  console.log(`  visit  ${ms(ours.visit)}  sqld requests per visit:  ${visit.text}`);
  console.log(`  submit ${ms(ours.submit)}  sqld requests per submit: ${submit.text}`);
  const failures = [...ours.failures].map(([k, v]) => `${k}: ${v}`).join(", ");
  console.log(`  pair   ${ms(ours.pair)}  errors=${ours.errors}${failures ? ` (${failures})` : ""}`);

  const stored = (await db.select({ n: count() }).from(responses))[0]!.n;
  client.close();
  const accepted = warmup + total - ours.errors;
  if (stored !== accepted) console.log(`MISMATCH: ${accepted} acknowledged but ${stored} stored`);
  const ratio = floor ? ` ratio=${(ours.pairsPerSecond / floor.pairsPerSecond).toFixed(2)}` : "";
  console.log(
    `submit-remote: ${ours.pairsPerSecond.toFixed(0)} pairs/s p99=${percentile(ours.pair, 99).toFixed(1)} ms ` +
      `round_trips_per_submit=${submit.perPair.toFixed(2)} round_trips_per_visit=${visit.perPair.toFixed(2)} ` +
      `errors=${ours.errors}${ratio}`,
  );
} finally {
  await proxy.close();
  await sqld.stop();
}
