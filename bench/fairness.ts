/**
 * Citizens submitting while the heaviest operator and evaluator requests run, on the real Node entry:
 * a large instansi (≥ 400 units, ≥ 150k responses) seeded with the bulk seeder; citizens (GET the form,
 * POST it) alone, then the same while five operators each repeat one heavy request (a year's CSV export,
 * two years' XLSX export, the 400-unit overview, a five-year subtree trend, subtree indices). Prints each
 * heavy request's time, the XLSX export's RSS growth, and last:
 * `fairness: submit_p99_alone=<ms> submit_p99_under_load=<ms> ratio=<x>`, a submission being the
 * citizen's whole visit: GET the form (and its token), then POST the answers.
 * Usage: npm run bench:fairness [-- --units 402 --big 150000 --per-unit 250 --seconds 20 --citizens 4
 *        --db /tmp/fair.db (kept and reused) --server-dir <another checkout, e.g. a baseline>]
 */
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { seedEvaluatorToken } from "../test/helpers/factories";
import { seedUser } from "../test/helpers/session";
import { migrateDb } from "../worker/node-db";
import { seedInstansi } from "./instansi";
import { rssOf, spawnNodeEntry } from "../test/helpers/node-process";
import { percentile } from "./crash-harness";

const execFileAsync = promisify(execFile);

const { values: o } = parseArgs({
  options: {
    units: { type: "string", default: "402" },
    big: { type: "string", default: "150000" },
    "per-unit": { type: "string", default: "250" },
    seconds: { type: "string", default: "20" },
    citizens: { type: "string", default: "4" },
    db: { type: "string" },
    "server-dir": { type: "string", default: "." },
  },
});

const dir = mkdtempSync(join(tmpdir(), "zi-fair-"));
const file = o.db ?? join(dir, "fair.db");
const client = createClient({ url: `file:${file}` });
await client.execute("PRAGMA journal_mode = WAL");
const db = drizzle(client);
await migrateDb(db);
type Info = { orgId: string; rootId: string; bigUnitId: string; codes: string[] };
let info: Info;
const stored =
  existsSync(file) &&
  (await client.execute("select name from sqlite_master where name = 'bench_info'")).rows.length > 0;
if (stored) {
  info = JSON.parse((await client.execute("select info from bench_info")).rows[0]![0] as string);
  console.log(`reusing ${file}`);
} else {
  const t0 = performance.now();
  const s = await seedInstansi(client, {
    units: +o.units,
    regions: 33,
    bigUnitResponses: +o.big,
    perUnitResponses: +o["per-unit"],
    years: [2025, 2026],
  });
  info = { orgId: s.orgId, rootId: s.rootId, bigUnitId: s.bigUnitId, codes: s.units.map((u) => u.code) };
  await client.batch(
    [
      { sql: "create table bench_info (info text)", args: [] },
      { sql: "insert into bench_info values (?)", args: [JSON.stringify(info)] },
    ],
    "write",
  );
  console.log(
    `seeded ${s.units.length} units, ${s.responses.toLocaleString("en")} responses (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
}
const email = await seedUser(db, info.orgId, "admin");
const { token } = await seedEvaluatorToken(db, info.orgId);
client.close();

const server = await spawnNodeEntry(
  `file:${file}`,
  { RATE_LIMIT: "off", SURVEY_MIN_SECONDS: "0", API_RATE_LIMIT: "off" },
  { cwd: o["server-dir"] },
);
try {
  const login = await fetch(`${server.base}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password: "kata-sandi-uji-123" }),
    redirect: "manual",
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`sign-in failed: ${login.status}`);
  const heavy: [string, string, Record<string, string>][] = [
    ["csv export (unit, 1 year)", `/admin/units/${info.bigUnitId}/export.csv?period=2025`, { Cookie: cookie }],
    [
      "xlsx export (unit, 2 years)",
      `/admin/units/${info.bigUnitId}/export.xlsx?from=2025-01-01&to=2026-12-31`,
      { Cookie: cookie },
    ],
    ["overview (all units, 1 year)", `/admin?period=2025`, { Cookie: cookie }],
    [
      "trend (subtree, 5 years)",
      `/api/v1/units/${info.rootId}/trend?from=2022-01-01&to=2026-12-31&scope=subtree`,
      { Authorization: `Bearer ${token}` },
    ],
    [
      "indices (subtree, 1 year)",
      `/api/v1/units/${info.rootId}/indices?period=2025&scope=subtree`,
      { Authorization: `Bearer ${token}` },
    ],
  ];
  const run = async (path: string, headers: Record<string, string>) => {
    const t0 = performance.now();
    const res = await fetch(server.base + path, { headers });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    return { ms: performance.now() - t0, bytes };
  };

  // Each heavy request alone once (warm), with the server's RSS sampled during it.
  for (const [name, path, headers] of heavy) {
    await run(path, headers);
    const base = rssOf(server.pid);
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.pid))), 20);
    const r = await run(path, headers);
    clearInterval(sampler);
    console.log(
      `${name.padEnd(30)} ${r.ms.toFixed(0).padStart(6)} ms ${(r.bytes / 1e6).toFixed(1).padStart(6)} MB  rss +${((peak - base) / 1e6).toFixed(0)} MB`,
    );
  }

  /** One citizen: GET the form, POST it; false when the POST was not accepted. */
  const citizen = async (i: number, { posts, gets, pairs }: Record<"posts" | "gets" | "pairs", number[]>) => {
    const code = info.codes[(i * 7919) % info.codes.length]!;
    let t0 = performance.now();
    const page = await fetch(`${server.base}/s/${code}`);
    const form = (await page.text()).match(/name="token" value="([^"]+)"/)?.[1];
    const visit = performance.now() - t0;
    gets.push(visit);
    const body = new URLSearchParams({ token: form ?? "", lang: "id", steered: "tidak" });
    for (let k = 1; k <= 9; k++) body.set(`U${k}`, String(1 + ((i + k) % 4)));
    for (let k = 1; k <= 8; k++) body.set(`P${k}`, String(1 + ((i + k) % 6)));
    for (let k = 1; k <= 5; k++) body.set(`A${k}`, String(1 + ((i * k) % 6)));
    t0 = performance.now();
    const res = await fetch(`${server.base}/s/${code}`, { method: "POST", body, redirect: "manual" });
    await res.arrayBuffer();
    posts.push(performance.now() - t0);
    pairs.push(visit + posts.at(-1)!);
    return res.status === 303;
  };

  const citizens = async (seconds: number) => {
    const posts: number[] = [];
    const gets: number[] = [];
    // A citizen's submission is both requests: the form (with its visit token), then the answers.
    const pairs: number[] = [];
    let errors = 0;
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: +o.citizens }, async (_, c) => {
        for (let i = c; performance.now() < until; i += +o.citizens) {
          try {
            await citizen(i, { posts, gets, pairs }).then((ok) => ok || errors++);
          } catch {
            // A dropped connection or a dead server is an error, not the end of the measurement.
            errors++;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      }),
    );
    return { posts, gets, pairs, errors };
  };

  const alone = await citizens(+o.seconds);
  // One operator per heavy request, each repeating it, in a process of their own: all in flight throughout.
  const operators = execFileAsync(
    process.execPath,
    [
      "--import",
      "tsx",
      "bench/fairness-operators.ts",
      JSON.stringify({ base: server.base, seconds: +o.seconds, heavy }),
    ],
    {
      maxBuffer: 1 << 20,
    },
  );
  const loaded = await citizens(+o.seconds);
  const done = JSON.parse((await operators).stdout) as Record<string, number[]>;

  for (const [name, times] of Object.entries(done)) {
    const ok = times.filter((t) => t >= 0);
    console.log(
      `under load: ${name.padEnd(30)} x${ok.length} median ${percentile(ok, 50).toFixed(0)} ms${ok.length < times.length ? ` failed=${times.length - ok.length}` : ""}`,
    );
  }
  const line = (label: string, r: typeof alone) =>
    console.log(
      `${label}: ${r.posts.length} submissions, errors=${r.errors}, GET p50=${percentile(r.gets, 50).toFixed(1)} p99=${percentile(r.gets, 99).toFixed(1)} ms, ` +
        `POST p50=${percentile(r.posts, 50).toFixed(1)} p99=${percentile(r.posts, 99).toFixed(1)} ms, GET+POST p99=${percentile(r.pairs, 99).toFixed(1)} ms`,
    );
  line("citizens alone", alone);
  line("citizens with operators", loaded);
  const [a, b] = [percentile(alone.pairs, 99), percentile(loaded.pairs, 99)];
  console.log(
    `fairness: submit_p99_alone=${a.toFixed(1)} submit_p99_under_load=${b.toFixed(1)} ratio=${(b / a).toFixed(2)}`,
  );
} finally {
  await server.kill();
  if (!o.db) rmSync(dir, { recursive: true, force: true });
}
