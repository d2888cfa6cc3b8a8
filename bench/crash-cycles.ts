import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedTouchpoint } from "../test/helpers/factories";
import { verifyRollups } from "../worker/indices/verify";
import { migrateDb, openNodeDb } from "../worker/node-db";
import { countResponses, findMissing, send, startLoad, type Submission } from "./crash-harness";
import { spawnNodeEntry, type NodeProcess } from "../test/helpers/node-process";

export type CrashOptions = {
  cycles: number;
  concurrency: number;
  minDelayMs: number;
  maxDelayMs: number;
  resubmit: number;
  log?: (line: string) => void;
};
export type CrashReport = {
  cycles: number;
  acknowledged: number;
  lost: number;
  doubled: number;
  rollups: "ok" | "differ";
  errors: string[];
};

/** Load tests switch the rate limit and the fastest-fill check off: every citizen here is a script. */
export const LOAD_ENV = { RATE_LIMIT: "off", SURVEY_MIN_SECONDS: "0" };

/** Opens its own connection for `fn` and closes it: nothing of ours holds the file while the server restarts. */
export async function withDb<T>(
  databaseUrl: string,
  fn: (db: Awaited<ReturnType<typeof openNodeDb>>["db"]) => Promise<T>,
): Promise<T> {
  const { client, db } = await openNodeDb(databaseUrl);
  try {
    return await fn(db);
  } finally {
    client.close();
  }
}

/** A fresh database file with the migrations and one touchpoint of the three instruments. */
export async function seedCrashDb(dir: string) {
  const databaseUrl = `file:${join(dir, "crash.db")}`;
  const { code } = await withDb(databaseUrl, async (db) => {
    await migrateDb(db);
    return seedTouchpoint(db);
  });
  return { databaseUrl, code };
}

type Run = {
  databaseUrl: string;
  code: string;
  server: NodeProcess;
  all: Submission[];
  lost: Set<string>;
  report: CrashReport;
};

/**
 * Per cycle: citizens submit by JSON and by form, the server's process group gets `kill -9` after a random
 * delay, and the server restarts on the same file. Then every response acknowledged so far must be there
 * with all its answers; every token sent is sent again (unacknowledged ones as a phone retries, a sample
 * of acknowledged ones as a replay), and each must count exactly once; and the rollups must match a recount.
 */
export async function runCrashCycles(o: CrashOptions): Promise<CrashReport> {
  const dir = mkdtempSync(join(tmpdir(), "zi-crash-"));
  const { databaseUrl, code } = await seedCrashDb(dir);
  const report: CrashReport = { cycles: o.cycles, acknowledged: 0, lost: 0, doubled: 0, rollups: "ok", errors: [] };
  const run: Run = {
    databaseUrl,
    code,
    server: await spawnNodeEntry(databaseUrl, LOAD_ENV),
    all: [],
    lost: new Set(),
    report,
  };
  try {
    for (let cycle = 1; cycle <= o.cycles; cycle++) o.log?.(`cycle ${cycle}: ${await crashCycle(run, o)}`);
  } finally {
    await run.server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  report.lost = run.lost.size;
  return report;
}

async function crashCycle(run: Run, o: CrashOptions): Promise<string> {
  const { databaseUrl, code, all, report } = run;
  const load = startLoad(run.server.base, code, o.concurrency);
  await new Promise((r) => setTimeout(r, o.minDelayMs + Math.random() * (o.maxDelayMs - o.minDelayMs)));
  await run.server.kill();
  await load.stop();
  run.server = await spawnNodeEntry(databaseUrl, LOAD_ENV);

  const acked = load.submissions.filter((s) => s.acknowledged);
  const inFlight = load.submissions.filter((s) => !s.acknowledged);
  all.push(...load.submissions);
  report.acknowledged += acked.length;
  report.errors.push(...load.errors);
  for (const s of await withDb(databaseUrl, (db) =>
    findMissing(
      db,
      all.filter((x) => x.acknowledged),
    ),
  ))
    run.lost.add(s.nonce);

  const replays = [...inFlight, ...acked.sort(() => Math.random() - 0.5).slice(0, o.resubmit)];
  for (const s of replays) {
    const status = await send(run.server.base, code, s).catch((err: Error) => err.message);
    if (!s.acknowledged) report.errors.push(`resent ${s.via} answered ${status}`);
  }
  const stored = await withDb(databaseUrl, countResponses);
  const differences = await withDb(databaseUrl, (db) => verifyRollups(db, Math.floor(Date.now() / 1000)));
  // Every token sent is acknowledged by now, each once: more rows than tokens is a double count.
  report.doubled = Math.max(report.doubled, stored - all.length);
  if (differences.length > 0) report.rollups = "differ";
  const via = (v: Submission["via"]) => acked.filter((s) => s.via === v).length;
  return `acknowledged=${acked.length} (json=${via("json")} form=${via("form")}) in-flight=${inFlight.length} resent=${replays.length} stored=${stored}/${all.length} lost=${run.lost.size} rollup-differences=${differences.length}`;
}
