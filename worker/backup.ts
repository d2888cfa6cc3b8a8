import { createClient } from "@libsql/client";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { startThread } from "./node-threads";

/** What a backup wrote: the snapshot's absolute path, its size and how many responses it holds. */
export type Snapshot = { file: string; bytes: number; responses: number; seconds: number };

/** A backup that must not be taken as asked (an existing file, a remote database); nothing was written. */
export class BackupRefused extends Error {}

/**
 * A consistent copy of a file database while the server keeps writing: `VACUUM INTO` reads one WAL
 * snapshot, so citizens' writes go on and the copy holds exactly the commits before it started. The
 * copy is written under a temporary name, synced, and only then linked to `out`: a half-written file is
 * never taken for a backup, and an existing file (evidence) is never overwritten.
 */
export async function snapshotDatabase(databaseUrl: string, out: string): Promise<Snapshot> {
  if (!databaseUrl.startsWith("file:")) {
    throw new BackupRefused(
      "backup copies an embedded database file (DATABASE_URL=file:…). A libSQL server or Turso is backed up by its own means: Turso's point-in-time recovery (turso db create <new> --from-db <db> --timestamp <ts>).",
    );
  }
  const started = performance.now();
  const file = resolve(out);
  if (existsSync(file))
    throw new BackupRefused(`${file} already exists; a backup never overwrites a file. Choose a new name.`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.partial`);
  try {
    const client = createClient({ url: databaseUrl });
    try {
      await client.execute("PRAGMA busy_timeout = 5000");
      await client.execute({ sql: "VACUUM INTO ?", args: [partial] });
    } finally {
      client.close();
    }
    syncPath(partial);
    const responses = await countResponses(partial);
    try {
      linkSync(partial, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST")
        throw new BackupRefused(`${file} appeared while the backup ran; it was left as it is.`);
      throw err;
    }
    syncPath(dirname(file));
    return { file, bytes: statSync(file).size, responses, seconds: Math.round(performance.now() - started) / 1000 };
  } finally {
    rmSync(partial, { force: true });
  }
}

async function countResponses(path: string): Promise<number> {
  const client = createClient({ url: `file:${path}` });
  try {
    return Number((await client.execute("select count(*) as n from responses")).rows[0]!.n);
  } finally {
    client.close();
  }
}

// VACUUM INTO does not promise the copy reached the disk; a backup that a power cut can lose is none.
function syncPath(path: string) {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The same snapshot in a worker thread with its own connection. libSQL's embedded driver is synchronous:
 * a VACUUM INTO of a large file on the server's event loop would make every citizen wait for it.
 */
export function snapshotInThread(databaseUrl: string, out: string): Promise<Snapshot> {
  const worker = startThread(new URL("./backup-thread.ts", import.meta.url), { databaseUrl, out });
  return new Promise((ok, fail) => {
    worker.once("message", (m: { snapshot?: Snapshot; error?: string }) =>
      m.snapshot ? ok(m.snapshot) : fail(new Error(m.error)),
    );
    worker.once("error", fail);
    worker.once("exit", (code) => fail(new Error(`the backup thread stopped (exit ${code}) before it answered`)));
  });
}
