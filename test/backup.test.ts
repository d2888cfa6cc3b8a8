import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countResponses, findMissing, send, startLoad } from "../bench/crash-harness";
import { LOAD_ENV, seedCrashDb, withDb } from "../bench/crash-cycles";
import { runCli } from "./helpers/cli";
import { spawnNodeEntry, type NodeProcess } from "./helpers/node-process";
import { answers, responses } from "../db/schema";

const dir = mkdtempSync(join(tmpdir(), "zi-backup-"));
const SECRET_KEY = "backup-test-secret-backup-test-secret";
const servers: NodeProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const admin = (databaseUrl: string, ...args: string[]) => runCli(args, { ...process.env, DATABASE_URL: databaseUrl });

async function until(what: string, ok: () => boolean) {
  for (let i = 0; !ok(); i++) {
    if (i > 600) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A fresh database in its own folder, served, with citizens submitting while `admin backup` copies it;
 * the load and the server are stopped after. `before` holds every response acknowledged before the backup.
 */
async function backupUnderLoad(name: string) {
  const home = join(dir, name);
  mkdirSync(home);
  const seeded = await seedCrashDb(home);
  const server = await spawnNodeEntry(seeded.databaseUrl, { ...LOAD_ENV, SECRET_KEY });
  servers.push(server);
  const load = startLoad(server.base, seeded.code, 4);
  await until("ten acknowledged responses", () => load.submissions.filter((s) => s.acknowledged).length >= 10);
  const before = load.submissions.filter((s) => s.acknowledged);
  const snapshot = join(home, "snapshots", "under-load.db");
  const out = await admin(seeded.databaseUrl, "backup", "--out", snapshot, "--json");
  await load.stop();
  await server.stop();
  return { ...seeded, home, snapshot, before, out, errors: load.errors, serverOutput: server.output() };
}

// One snapshot taken under load, shared: no test opens it, each works on its own copy.
let shared: Awaited<ReturnType<typeof backupUnderLoad>>;
let taken: { file: string; bytes: number; responses: number };
beforeAll(async () => {
  shared = await backupUnderLoad("shared");
  expect(shared.out.code, shared.out.stderr).toBe(0);
  taken = JSON.parse(shared.out.stdout);
}, 60_000);

function copyOfSnapshot(name: string) {
  const file = join(dir, `${name}.db`);
  copyFileSync(shared.snapshot, file);
  return file;
}

describe("backups of the embedded database", () => {
  it("takes a consistent snapshot with `admin backup` while citizens keep submitting", async () => {
    const run = shared;
    const { out, snapshot, before } = run;

    expect(out.code).toBe(0);
    expect(taken).toMatchObject({ file: snapshot, bytes: statSync(snapshot).size });
    expect(taken.responses).toBeGreaterThanOrEqual(before.length);
    expect(run.errors).toEqual([]);
    expect(readdirSync(join(run.home, "snapshots"))).toEqual(["under-load.db"]);
    // Without BACKUP_DIR the server says nothing about backups.
    expect(run.serverOutput).not.toMatch(/^Backup/m);
  }, 60_000);

  it("serves exactly that state when started on it: every response acknowledged before the backup, rollups verified", async () => {
    const url = `file:${copyOfSnapshot("served")}`;
    const { before, code } = shared;
    const restored = await spawnNodeEntry(url, { ...LOAD_ENV, SECRET_KEY });
    servers.push(restored);
    expect(await withDb(url, (db) => findMissing(db, before))).toEqual([]);
    expect(await withDb(url, countResponses)).toBe(taken.responses);
    expect(JSON.parse((await admin(url, "rollups:verify", "--json")).stdout)).toEqual({ ok: true, differences: [] });

    // A phone that resends after the restore is answered as a replay, never counted again.
    for (const s of before.slice(0, 6)) expect([200, 303]).toContain(await send(restored.base, code, s));
    expect(await withDb(url, countResponses)).toBe(taken.responses);
    await restored.stop();
  }, 60_000);

  it("keeps daily snapshots in BACKUP_DIR: one at start, the newest BACKUP_KEEP kept, other files left alone", async () => {
    const backupDir = join(dir, "daily");
    mkdirSync(backupDir);
    for (const name of [
      "zi-survei-2020-01-01T0300Z.db",
      "zi-survei-2020-01-02T0300Z.db",
      "notes.txt",
      ".zi-survei-x.db.0a1b.partial",
    ])
      writeFileSync(join(backupDir, name), "old");
    const restored = await spawnNodeEntry(`file:${copyOfSnapshot("daily-source")}`, {
      ...LOAD_ENV,
      SECRET_KEY,
      BACKUP_DIR: backupDir,
      BACKUP_KEEP: "2",
    });
    servers.push(restored);
    await until("the daily snapshot", () => /Backup written/.test(restored.output()));
    expect(restored.output()).toContain(
      `Backups: a daily snapshot of the database in ${backupDir}, keeping the newest 2.`,
    );
    const files = readdirSync(backupDir).sort();
    expect(files).toEqual([
      "notes.txt",
      "zi-survei-2020-01-02T0300Z.db",
      expect.stringMatching(/^zi-survei-\d{4}-\d{2}-\d{2}T\d{4}Z\.db$/),
    ]);
    expect(readFileSync(join(backupDir, "notes.txt"), "utf8")).toBe("old");
    const daily = `file:${join(backupDir, files[2]!)}`;
    expect(await withDb(daily, countResponses)).toBe(taken.responses);
    await restored.stop();
  }, 60_000);

  it("refuses to overwrite a file or to copy a database that is not a local file, and writes nothing", async () => {
    const existing = copyOfSnapshot("existing");
    const bytes = readFileSync(existing);
    const again = await admin(shared.databaseUrl, "backup", "--out", existing, "--json");
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).error.message).toMatch(/already exists.*never overwrites/);
    expect(readFileSync(existing).equals(bytes)).toBe(true);

    const remote = await admin("libsql://example.invalid", "backup", "--out", join(dir, "remote.db"));
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/embedded database file.*Turso's point-in-time recovery/);
    expect(existsSync(join(dir, "remote.db"))).toBe(false);
  }, 60_000);

  it("the check finds a response whose answers differ from what was acknowledged", async () => {
    const url = `file:${copyOfSnapshot("tampered")}`;
    const { before } = shared;
    const victim = before[0]!;
    await withDb(url, async (db) => {
      const [row] = await db.select({ id: responses.id }).from(responses).where(eq(responses.nonce, victim.nonce));
      await db
        .update(answers)
        .set({ value: (victim.answers.U1! % 4) + 1 })
        .where(and(eq(answers.responseId, row!.id), eq(answers.item, "U1")));
    });
    const ghost = { ...before[1]!, nonce: "never-sent", id: undefined };
    expect(await withDb(url, (db) => findMissing(db, [...before, ghost]))).toEqual([victim, ghost]);
  });
});
