/**
 * Backups under load, then a restore. Seeds a large database, measures citizens' submissions alone, then
 * during `admin backup` (its own process), then during the server's own daily snapshot (its worker thread),
 * and finally starts the server on the snapshot and checks it.
 * Usage: npm run bench:backup [-- --responses 150000 --concurrency 8 --seconds 5]
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { verifyRollups } from "../worker/indices/verify";
import { INSTRUMENT_KEYS, INSTRUMENTS } from "../worker/survey/instruments";
import { BulkSeeder } from "./bulk-seed";
import { LOAD_ENV, withDb } from "./crash-cycles";
import { findMissing, percentile, startLoad, type Load } from "./crash-harness";
import { spawnNodeEntry, type NodeProcess } from "../test/helpers/node-process";
import { seedTouchpoint } from "../test/helpers/factories";
import { migrateDb, openNodeDb } from "../worker/node-db";

const { values } = parseArgs({
  options: {
    responses: { type: "string", default: "150000" },
    concurrency: { type: "string", default: "8" },
    seconds: { type: "string", default: "5" },
  },
});
const concurrency = Number(values.concurrency);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SECRET_KEY = "bench-backup-secret-bench-backup-secret";
const dir = mkdtempSync(join(tmpdir(), "zi-bench-backup-"));
const databaseUrl = `file:${join(dir, "live.db")}`;

async function seed(size: number) {
  const { client, db } = await openNodeDb(databaseUrl);
  try {
    await migrateDb(db);
    const tp = await seedTouchpoint(db);
    const seeder = new BulkSeeder(client);
    for (let i = 0; i < size; i++) {
      const at = Date.UTC(2025, 0, 1) / 1000 + (i % 365) * 86400 + 3600;
      const answers = INSTRUMENT_KEYS.flatMap((ins) =>
        INSTRUMENTS[ins].items.map((item, k) => ({
          item,
          instrument: ins,
          value: 1 + ((i + k) % INSTRUMENTS[ins].max),
        })),
      );
      const id = `r${String(i).padStart(8, "0")}`;
      await seeder.add({
        id,
        unitId: tp.unitId,
        serviceId: tp.serviceId,
        touchpointId: tp.touchpointId,
        localDate: new Date(at * 1000).toISOString().slice(0, 10),
        submittedAt: at,
        lang: "id",
        nonce: `n${id}`,
        steered: false,
        comment: null,
        profile: {},
        answers,
      });
    }
    await seeder.flush();
    return tp.code;
  } finally {
    client.close();
  }
}

/** Submissions completed inside [from, to] and their p99. */
function window(load: Load, from: number, to: number) {
  const inside = load.timings.filter((t) => t.end >= from && t.end <= to);
  return {
    n: inside.length,
    p99: percentile(
      inside.map((t) => t.ms),
      99,
    ),
  };
}

let server: NodeProcess | undefined;
try {
  const t0 = performance.now();
  const code = await seed(Number(values.responses));
  console.log(`seeded ${values.responses} responses (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  server = await spawnNodeEntry(databaseUrl, { ...LOAD_ENV, SECRET_KEY });

  const alone = startLoad(server.base, code, concurrency);
  await sleep(1000);
  const aloneFrom = performance.now();
  await sleep(Number(values.seconds) * 1000);
  const base = window(alone, aloneFrom, performance.now());
  await alone.stop();
  console.log(`alone: ${base.n} submissions in ${values.seconds} s, p99=${base.p99.toFixed(1)} ms`);

  const load = startLoad(server.base, code, concurrency);
  await sleep(1000);
  const acknowledgedBefore = load.submissions.filter((s) => s.acknowledged);
  const out = join(dir, "snapshot.db");
  const from = performance.now();
  const { stdout } = await promisify(execFile)(
    "node_modules/.bin/tsx",
    ["worker/cli.ts", "backup", "--out", out, "--json"],
    { env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  const during = window(load, from, performance.now());
  await load.stop();
  const snap = JSON.parse(stdout) as { bytes: number; seconds: number; responses: number };
  console.log(
    `admin backup: ${snap.bytes} bytes in ${snap.seconds} s (process ${((performance.now() - from) / 1000).toFixed(1)} s); ${during.n} submissions meanwhile, p99=${during.p99.toFixed(1)} ms`,
  );
  await server.stop();

  // The daily snapshot starts as the server starts: citizens submit from its first answer until it is written.
  server = await spawnNodeEntry(databaseUrl, { ...LOAD_ENV, SECRET_KEY, BACKUP_DIR: join(dir, "daily") });
  const threaded = startLoad(server.base, code, concurrency);
  const threadFrom = performance.now();
  while (!/Backup written/.test(server.output())) await sleep(20);
  const written = performance.now();
  const inThread = window(threaded, threadFrom, written);
  await sleep(Number(values.seconds) * 1000);
  const afterThread = window(threaded, written, performance.now());
  await threaded.stop();
  console.log(`${server.output().match(/Backup written: .*/)![0]}`);
  console.log(
    `daily snapshot (worker thread): ${inThread.n} submissions while it ran, p99=${inThread.p99.toFixed(1)} ms; afterwards p99=${afterThread.p99.toFixed(1)} ms`,
  );
  await server.stop();

  server = await spawnNodeEntry(`file:${out}`, { ...LOAD_ENV, SECRET_KEY });
  const missing = await withDb(`file:${out}`, (db) => findMissing(db, acknowledgedBefore));
  const differences = await withDb(`file:${out}`, (db) => verifyRollups(db, Math.floor(Date.now() / 1000)));
  console.log(
    `restore: ${acknowledgedBefore.length - missing.length}/${acknowledgedBefore.length} acknowledged before the backup present, ${snap.responses} responses, rollups ${differences.length === 0 ? "ok" : "differ"}`,
  );
  console.log(
    `backup: bytes=${snap.bytes} seconds=${snap.seconds} during=${during.n} p99_during=${during.p99.toFixed(1)} p99_alone=${base.p99.toFixed(1)} restored=${missing.length === 0 && differences.length === 0 ? "ok" : "failed"}`,
  );
} finally {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
