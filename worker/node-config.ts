import * as z from "zod";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
});

/** Settings only the Node entry has; a bad value stops the server with a message naming it. */
export function nodeSettings(env: Record<string, string | undefined>) {
  const result = nodeSettingsSchema.safeParse(env);
  if (!result.success) throw new Error(`Invalid configuration:\n${result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  return result.data;
}
