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
  const client = createClient({ url, authToken });
  if (url.startsWith("file:")) {
    // WAL lets the dashboard read while citizens write; the timeout rides out a concurrent writer.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA busy_timeout = 5000");
  }
  const db: Db = drizzle(client);
  return { client, db };
}

export async function migrateDb(db: Db) {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
