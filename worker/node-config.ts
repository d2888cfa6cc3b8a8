import * as z from "zod";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { randomId } from "./crypto";
import { DEFAULT_DATABASE_URL } from "./node-db";

/**
 * On Node a missing SECRET_KEY is generated once and kept beside the database, so visit tokens stay
 * valid across restarts without anyone having to invent a secret.
 */
export function nodeEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const databaseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (env.SECRET_KEY) return { ...env, DATABASE_URL: databaseUrl };
  const folder = databaseUrl.startsWith("file:") ? dirname(resolve(databaseUrl.slice(5))) : resolve("data");
  const file = resolve(folder, "secret-key");
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, `${randomId(36)}\n`, { mode: 0o600 });
  }
  return { ...env, DATABASE_URL: databaseUrl, SECRET_KEY: readFileSync(file, "utf8").trim() };
}

const nodeSettingsSchema = z.object({
  // Threads for the dashboard, evaluator API and public pages. Citizens never wait for them.
  OPERATOR_THREADS: z.coerce.number().int().min(1).max(16).default(2),
  // How long a visit may use a touchpoint read earlier. Dashboard changes empty the cache at once; this
  // bounds how long a change made from another process (the CLI) takes to reach visits. 0 turns it off.
  TOUCHPOINT_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  // Submissions waiting for the group commit at most; past it a submission gets 503 with Retry-After.
  SUBMIT_QUEUE_MAX: z.coerce.number().int().min(1).max(100_000).default(1024),
});

/** Settings only the Node entry has; a bad value stops the server with a message naming it. */
export function nodeSettings(env: Record<string, string | undefined>) {
  const result = nodeSettingsSchema.safeParse(env);
  if (!result.success)
    throw new Error(
      `Invalid configuration:\n${result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
  return result.data;
}

export type BackupSettings = { databaseUrl: string; dir: string; keep: number };

// Two weeks of dailies: long enough to notice a bad import or a deleted unit and go back before it.
const DEFAULT_BACKUP_KEEP = 14;

/**
 * Daily snapshots are on when BACKUP_DIR names a folder; BACKUP_KEEP is how many of the newest stay.
 * Null when BACKUP_DIR is unset. A bad value stops the start with the setting's name, like parseConfig.
 */
export function backupSettings(env: Record<string, string | undefined>): BackupSettings | null {
  const dir = env.BACKUP_DIR?.trim();
  const keepText = env.BACKUP_KEEP?.trim() || undefined;
  const refuse = (name: string, message: string) => new Error(`Invalid configuration:\n  ${name}: ${message}`);
  if (!dir) {
    if (keepText) throw refuse("BACKUP_KEEP", "set BACKUP_DIR too (the folder for the daily snapshots)");
    return null;
  }
  const databaseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (!databaseUrl.startsWith("file:")) {
    throw refuse(
      "BACKUP_DIR",
      "daily snapshots are for an embedded file database (DATABASE_URL=file:…); a libSQL server or Turso keeps its own backups",
    );
  }
  if (keepText !== undefined && !/^\d{1,4}$/.test(keepText))
    throw refuse("BACKUP_KEEP", "must be a whole number of snapshots from 1 to 3650");
  const keep = keepText === undefined ? DEFAULT_BACKUP_KEEP : Number(keepText);
  if (keep < 1 || keep > 3650) throw refuse("BACKUP_KEEP", "must be a whole number of snapshots from 1 to 3650");
  const folder = resolve(dir);
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw refuse("BACKUP_DIR", `${folder} exists and is not a folder`);
  return { databaseUrl, dir: folder, keep };
}

export type MailSettings = { url: string; from: string };

/**
 * The daily digest's mail server: on when SMTP_URL is set (smtp://user:pass@host:587, or smtps:// for
 * TLS from the start), sent from MAIL_FROM. Null when SMTP_URL is unset. A bad value stops the start.
 */
export function mailSettings(env: Record<string, string | undefined>): MailSettings | null {
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  const refuse = (name: string, message: string) => new Error(`Invalid configuration:\n  ${name}: ${message}`);
  if (!url) {
    if (from) throw refuse("MAIL_FROM", "set SMTP_URL too (the mail server for the daily digest)");
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse("SMTP_URL", "must be a URL such as smtp://user:password@mail.example.go.id:587");
  }
  if (!["smtp:", "smtps:"].includes(parsed.protocol) || !parsed.hostname)
    throw refuse("SMTP_URL", "must start with smtp:// or smtps:// and name a host");
  if (!from || !/^[^\s@<>]+@[^\s@<>]+$|^[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>$/.test(from))
    throw refuse("MAIL_FROM", 'the sender address, e.g. "ZI Survei <survei@dinas.go.id>"');
  return { url, from };
}
