/**
 * Index query latency as responses grow: 10k, 100k and 1M responses in one unit over one year, the
 * evaluator API's indices call timed at each size (median of repeats), against a naive GROUP BY over
 * the raw answers at 1M. Ends by recounting every rollup from the raw answers.
 * Usage: npm run bench:indices [-- --max 1000000]
 */
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../worker/app";
import { parseConfig } from "../worker/env";
import { verifyRollups } from "../worker/indices/verify";
import { migrateDb } from "../worker/node-db";
import { INSTRUMENTS, INSTRUMENT_KEYS, PROFILE_BANDS } from "../worker/survey/instruments";
import { seedEvaluatorToken, seedTouchpoint } from "../test/helpers/factories";
import { BulkSeeder } from "./bulk-seed";

const { values } = parseArgs({ options: { max: { type: "string", default: "1000000" } } });
const SIZES = [10_000, 100_000, 1_000_000].filter((n) => n <= Number(values.max));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timeIt(repeats: number, run: () => Promise<unknown>) {
  // Warm the JIT and the page cache: we measure a steady server, not its first requests.
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

// A small deterministic generator: the same database every run.
let seed = 20170;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

const dir = mkdtempSync(join(tmpdir(), "zi-bench-indices-"));
const client = createClient({ url: `file:${join(dir, "bench.db")}` });
try {
  await client.execute("PRAGMA journal_mode = WAL");
  const db = drizzle(client);
  await migrateDb(db);
  const tp = await seedTouchpoint(db);
  const { token } = await seedEvaluatorToken(db, tp.orgId);
  const config = parseConfig({ SECRET_KEY: "bench-secret-bench-secret-bench-secret", API_RATE_LIMIT: "off" });
  const app = createApp({ getDb: () => db, config, clientAddress: () => "127.0.0.1" });
  const indicesCall = async () => {
    const res = await app.request(`/api/v1/units/${tp.unitId}/indices?period=2025`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`indices answered ${res.status}`);
    return res.json();
  };

  const seeder = new BulkSeeder(client);
  const start = Date.UTC(2025, 0, 1) / 1000;
  const results: Record<string, number> = {};
  let seeded = 0;
  for (const size of SIZES) {
    const t0 = performance.now();
    for (; seeded < size; seeded++) {
      const at = start + Math.floor(rand() * 365) * 86400 + 3600;
      const answers = INSTRUMENT_KEYS.flatMap((ins) =>
        INSTRUMENTS[ins].items.map((item) => ({
          item,
          instrument: ins,
          value: 1 + Math.min(INSTRUMENTS[ins].max - 1, Math.floor(rand() * rand() * 2 * INSTRUMENTS[ins].max)),
        })),
      );
      const id = `r${String(seeded).padStart(8, "0")}`;
      await seeder.add({
        id,
        unitId: tp.unitId,
        serviceId: tp.serviceId,
        touchpointId: tp.touchpointId,
        localDate: new Date(at * 1000).toISOString().slice(0, 10),
        submittedAt: at,
        lang: "id",
        nonce: `n${id}`,
        steered: rand() < 0.9 ? rand() < 0.03 : null,
        comment: null,
        profile: { gender: PROFILE_BANDS.gender[Math.floor(rand() * 2)] },
        answers,
      });
    }
    await seeder.flush();
    console.log(`seeded ${size.toLocaleString("en")} responses (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    results[size] = await timeIt(25, indicesCall);
    console.log(`  indices query: median ${results[size]!.toFixed(2)} ms`);
  }

  const naive = await timeIt(3, () =>
    client.execute({
      sql: `select a.item, sum(a.value) as sum, count(*) as n from answers a join responses r on r.id = a.response_id
            where r.unit_id = ? and r.local_date between '2025-01-01' and '2025-12-31' group by a.item`,
      args: [tp.unitId],
    }),
  );
  const last = results[SIZES.at(-1)!]!;
  console.log(
    `naive GROUP BY over raw answers at ${SIZES.at(-1)!.toLocaleString("en")}: median ${naive.toFixed(1)} ms`,
  );
  console.log(`flatness: largest/smallest = ${(last / results[SIZES[0]!]!).toFixed(2)} (target ≤ 2)`);

  const t0 = performance.now();
  const differences = await verifyRollups(db, Math.floor(Date.now() / 1000));
  console.log(
    `rollups vs raw answers: ${differences.length === 0 ? "identical" : `${differences.length} DIFFERENCES`} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  if (differences.length > 0) process.exitCode = 1;

  const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
  console.log(
    `indices: ${SIZES.map((n) => `${label(n)}=${results[n]!.toFixed(2)}`).join(" ")} naive${label(SIZES.at(-1)!)}=${naive.toFixed(1)} speedup=${(naive / last).toFixed(0)}`,
  );
} finally {
  client.close();
  rmSync(dir, { recursive: true, force: true });
}
