import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../db/db";

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), "../db/migrations");
export const DEFAULT_DATABASE_URL = "file:./data/zi-survei.db";

/** A Node database: an embedded file (the default), or a libsql:// / http:// server such as Turso or sqld. */
export async function openNodeDb(url = DEFAULT_DATABASE_URL, authToken?: string) {
  if (url.startsWith("file:")) mkdirSync(dirname(resolve(url.slice("file:".length))), { recursive: true });
  const file = url.startsWith("file:");
  // One connection per thread: the embedded driver is synchronous, so more would only contend with each
  // other. The busy timeout (set for every connection the client opens) rides out another thread's or
  // process's write; a PRAGMA would reach one connection only.
  const client = createClient({ url, authToken, ...(file ? { concurrency: 1, timeout: 5000 } : {}) });
  // WAL lets operators read while citizens write.
  if (file) await client.execute("PRAGMA journal_mode = WAL");
  const db: Db = drizzle(client);
  return { client, db };
}

export async function migrateDb(db: Db) {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
