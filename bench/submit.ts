/**
 * Survey submissions per second through the real Node entry, side by side with the floor: the thinnest
 * Hono + libSQL app on the same libraries (bench/floor-app.ts), same machine, same run. Each simulated
 * citizen repeats a pair: GET the visit token, then POST the answers as JSON (as the offline-safe page and
 * the API do). Both apps get a warm-up first; the figures are the timed run's. Prints each app's pairs/s
 * and latencies, then last:
 * `submit: <pairs/s> req/s p99=<ms> ms errors=<n> floor=<pairs/s> ratio=<ours/floor>` (medians of the rounds;
 * p99 of the submission, the POST). Runs alternate between the two apps.
 * Usage: npm run bench:submit [-- --requests 4000 --concurrency 16 --warmup 800 --rounds 5
 *        --server-dir <another checkout, e.g. a baseline> --skip-floor]
 */
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { parseArgs } from "node:util";
import { count } from "drizzle-orm";
import { responses } from "../db/schema";
import { seedTouchpoint } from "../test/helpers/factories";
import { startFloorServer, startNodeServer } from "./server";
import { migrateDb } from "../worker/node-db";
import { percentile } from "./crash-harness";
import { pairAnswers, pool } from "./pairs-load";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "4000" },
    concurrency: { type: "string", default: "16" },
    warmup: { type: "string", default: "800" },
    "server-dir": { type: "string", default: "." },
    "skip-floor": { type: "boolean", default: false },
    // Five short rounds each: the machine's pace drifts from one to the next, and a median of five holds
    // still where one of three follows a single fast or slow round.
    rounds: { type: "string", default: "5" },
  },
});
const rounds = Number(values.rounds);
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const warmup = Number(values.warmup);

type Run = { pairsPerSecond: number; p50: number; p99: number; visitP99: number; postP99: number; errors: number };

/** `count` visit+submit pairs with `concurrency` citizens against `base`; only non-2xx answers are errors. */
async function pairs(base: string, code: string, n: number, offset: number): Promise<Run> {
  const pair: number[] = [];
  const visit: number[] = [];
  const post: number[] = [];
  let errors = 0;
  const started = performance.now();
  await pool(concurrency, n, async (j) => {
    const i = offset + j;
    try {
      const t0 = performance.now();
      const v = await fetch(`${base}/api/v1/touchpoints/${code}/visit`, { headers: { "Accept-Encoding": "gzip" } });
      const { token } = (await v.json()) as { token: string };
      const t1 = performance.now();
      const res = await fetch(`${base}/api/v1/responses`, {
        method: "POST",
        body: JSON.stringify({ token, answers: pairAnswers(i), steered: i % 3 === 0, profile: { age: "30-39" } }),
        headers: { "Content-Type": "application/json", "Accept-Encoding": "gzip" },
      });
      await res.arrayBuffer();
      const t2 = performance.now();
      visit.push(t1 - t0);
      post.push(t2 - t1);
      pair.push(t2 - t0);
      if (!v.ok || res.status !== 201) errors++;
    } catch {
      errors++;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    pairsPerSecond: n / seconds,
    p50: percentile(pair, 50),
    p99: percentile(pair, 99),
    visitP99: percentile(visit, 99),
    postP99: percentile(post, 99),
    errors,
  };
}

const show = (name: string, r: Run) =>
  console.log(
    `${name}: ${r.pairsPerSecond.toFixed(0)} pairs/s pair p50=${r.p50.toFixed(1)} p99=${r.p99.toFixed(1)} ms ` +
      `(visit p99=${r.visitP99.toFixed(1)}, post p99=${r.postP99.toFixed(1)}) errors=${r.errors}`,
  );

/** Runs of each app alternate (floor, ours, floor, ours…) so a busy moment of the machine hits both alike. */
const median = (runs: Run[]) => [...runs].sort((a, b) => a.pairsPerSecond - b.pairsPerSecond)[runs.length >> 1]!;
const floorServer = values["skip-floor"] ? null : await startFloorServer();
const server = await startNodeServer({ RATE_LIMIT: "off", SURVEY_MIN_SECONDS: "0" }, values["server-dir"]);
try {
  const client = createClient({ url: server.databaseUrl });
  const db = drizzle(client);
  await migrateDb(db);
  const { code } = await seedTouchpoint(db);
  if (floorServer) await pairs(floorServer.base, "floor", warmup, 0);
  await pairs(server.base, code, warmup, 0);
  const floorRuns: Run[] = [];
  const ourRuns: Run[] = [];
  for (let r = 0; r < rounds; r++) {
    if (floorServer) floorRuns.push(await pairs(floorServer.base, "floor", total, warmup + r * total));
    ourRuns.push(await pairs(server.base, code, total, warmup + r * total));
  }
  floorRuns.forEach((run, r) => show(`floor (round ${r + 1})`, run));
  ourRuns.forEach((run, r) => show(`zi-survei (round ${r + 1})`, run));
  const ours = median(ourRuns);
  const floor = floorServer ? median(floorRuns) : null;
  const errors = ourRuns.reduce((n, run) => n + run.errors, 0);
  const stored = (await db.select({ n: count() }).from(responses))[0]!.n;
  client.close();
  const accepted = warmup + rounds * total - errors;
  if (stored !== accepted) console.log(`MISMATCH: ${accepted} acknowledged but ${stored} stored`);
  console.log(
    `median of ${rounds} rounds: ours ${ours.pairsPerSecond.toFixed(0)} pairs/s, pair p99=${ours.p99.toFixed(1)} ms` +
      (floor ? `; floor ${floor.pairsPerSecond.toFixed(0)} pairs/s` : ""),
  );
  const ratio = floor
    ? ` floor=${floor.pairsPerSecond.toFixed(0)} ratio=${(ours.pairsPerSecond / floor.pairsPerSecond).toFixed(2)}`
    : "";
  // p99 of the submission itself (the POST), as the contract's line has always reported.
  console.log(
    `submit: ${ours.pairsPerSecond.toFixed(0)} req/s p99=${ours.postP99.toFixed(1)} ms errors=${errors}${ratio}`,
  );
} finally {
  await server.stop();
  await floorServer?.stop();
}
