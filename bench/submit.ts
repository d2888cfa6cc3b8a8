/**
 * Survey submissions per second through the real Node entry: HTTP → Hono → validation → one batched
 * libSQL write. Tokens are fetched first (as phones would, one per visit); only the POSTs are timed.
 * Usage: npm run bench:submit [-- --requests 4000 --concurrency 16]
 */
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { parseArgs } from "node:util";
import { count } from "drizzle-orm";
import { responses } from "../db/schema";
import { seedTouchpoint } from "../test/helpers/factories";
import { startNodeServer } from "./server";
import { migrateDb } from "../worker/node-db";

const { values } = parseArgs({
  options: { requests: { type: "string", default: "4000" }, concurrency: { type: "string", default: "16" } },
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);

/** Runs `job(0..count-1)` with at most `size` in flight: a closed-loop load, bounded in count. */
async function pool(size: number, count: number, job: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < count) await job(next++);
    }),
  );
}

const server = await startNodeServer({ RATE_LIMIT: "off", SURVEY_MIN_SECONDS: "0" });
try {
  const client = createClient({ url: server.databaseUrl });
  const db = drizzle(client);
  await migrateDb(db);
  const { code } = await seedTouchpoint(db);

  const tokens: string[] = [];
  await pool(concurrency, total, async () => {
    const res = await fetch(`${server.base}/api/v1/touchpoints/${code}/visit`);
    tokens.push(((await res.json()) as { token: string }).token);
  });
  const body = (token: string, i: number) => {
    const f = new URLSearchParams({ token, lang: "id", steered: "tidak", age: "30-39" });
    for (let k = 1; k <= 9; k++) f.set(`U${k}`, String(1 + ((i + k) % 4)));
    for (let k = 1; k <= 8; k++) f.set(`P${k}`, String(1 + ((i + k) % 6)));
    for (let k = 1; k <= 5; k++) f.set(`A${k}`, String(1 + ((i * k) % 6)));
    return f.toString();
  };

  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await pool(concurrency, total, async (i) => {
    const t0 = performance.now();
    const res = await fetch(`${server.base}/s/${code}`, {
      method: "POST",
      body: body(tokens[i]!, i),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (res.status !== 303) errors++;
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  const stored = (await db.select({ n: count() }).from(responses))[0]!.n;
  client.close();
  console.log(`requests=${total} concurrency=${concurrency} seconds=${seconds.toFixed(2)} stored=${stored}`);
  console.log(
    `latency ms: p50=${pct(50).toFixed(1)} p90=${pct(90).toFixed(1)} p99=${pct(99).toFixed(1)} max=${latencies.at(-1)!.toFixed(1)}`,
  );
  if (stored !== total - errors) console.log(`MISMATCH: ${total - errors} accepted but ${stored} stored`);
  console.log(`submit: ${Math.round(total / seconds)} req/s p99=${pct(99).toFixed(1)} ms errors=${errors}`);
} finally {
  await server.stop();
}
