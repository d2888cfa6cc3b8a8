/**
 * The leaders' overview of a large instansi: seeds 400 units (a root, 20 regions, offices; every unit
 * with its responses over one year) with the bulk seeder, then times, through app.request (median of
 * repeats, after a warm-up), the tree, the ranking and the CSV of all units for the year and for a
 * quarter, against one unit's own page as the yardstick. The overview reads rollups in four grouped
 * statements whatever the number of units, so its time should stay within a small multiple of one page.
 * Usage: npx tsx bench/overview.ts [-- --units 400 --per-unit 100 --repeats 15 --db <file>]
 * (`--db` keeps the seeded database in that file and reuses it on the next run.)
 */
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../worker/app";
import { parseConfig } from "../worker/env";
import { migrateDb } from "../worker/node-db";
import { login, seedUser } from "../test/helpers/session";
import { seedInstansi } from "./instansi";

const { values } = parseArgs({
  options: {
    units: { type: "string", default: "400" },
    "per-unit": { type: "string", default: "100" },
    repeats: { type: "string", default: "15" },
    db: { type: "string" },
  },
});
const units = Number(values.units);
const repeats = Number(values.repeats);

async function seed(client: Client) {
  const t0 = performance.now();
  const s = await seedInstansi(client, {
    units,
    regions: Math.max(1, Math.round(units / 20)),
    bigUnitResponses: 0,
    perUnitResponses: Number(values["per-unit"]),
    years: [2025],
  });
  console.log(`seeded ${units} units, ${s.responses} responses in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { orgId: s.orgId, bigUnitId: s.bigUnitId };
}

/** A database seeded by an earlier run: its organization and its last office. */
async function seeded(client: Client) {
  const org = await client.execute("select id from organizations limit 1");
  const unit = await client.execute("select id from units order by code desc limit 1");
  console.log(`reusing ${values.db}`);
  return { orgId: String(org.rows[0]!.id), bigUnitId: String(unit.rows[0]!.id) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), "zi-bench-overview-"));
const file = values.db ?? join(dir, "bench.db");
const reuse = values.db !== undefined && existsSync(values.db);
const client = createClient({ url: `file:${file}` });
try {
  await client.execute("PRAGMA journal_mode = WAL");
  const db = drizzle(client);
  await migrateDb(db);
  const s = reuse ? await seeded(client) : await seed(client);
  const config = parseConfig({ SECRET_KEY: "bench-secret-bench-secret-bench-secret", RATE_LIMIT: "off" });
  const app = createApp({ getDb: () => db, config, clientAddress: () => "127.0.0.1" });
  const cookie = await login(app, await seedUser(db, s.orgId, "admin"));
  const time = async (path: string) => {
    const get = async () => {
      const res = await app.request(path, { headers: { Cookie: cookie } });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      return res.text();
    };
    for (let i = 0; i < 3; i++) await get();
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      await get();
      times.push(performance.now() - start);
    }
    return { ms: median(times), bytes: (await get()).length };
  };
  const figures: Record<string, { ms: number; bytes: number }> = {
    unit_page: await time(`/admin/units/${s.bigUnitId}?period=2025`),
    tree_year: await time("/admin?period=2025"),
    tree_quarter: await time("/admin?period=2025-Q3"),
    ranking_year: await time("/admin?period=2025&view=ranking"),
    flagged_year: await time("/admin?period=2025&flag=any"),
    csv_year: await time("/admin/overview.csv?period=2025"),
  };
  for (const [name, f] of Object.entries(figures))
    console.log(`${name.padEnd(14)} ${f.ms.toFixed(1).padStart(8)} ms  ${(f.bytes / 1024).toFixed(0).padStart(6)} KiB`);
  const ratio = figures.tree_year!.ms / figures.unit_page!.ms;
  console.log(
    `overview: units=${units} tree=${figures.tree_year!.ms.toFixed(1)}ms ranking=${figures.ranking_year!.ms.toFixed(1)}ms csv=${figures.csv_year!.ms.toFixed(1)}ms unit_page=${figures.unit_page!.ms.toFixed(1)}ms ratio=${ratio.toFixed(1)}`,
  );
} finally {
  client.close();
  rmSync(dir, { recursive: true, force: true });
}
