import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { migrateDb, openNodeDb } from "../../worker/node-db";
import { seedTouchpoint } from "./factories";

const run = promisify(execFile);

/**
 * worker/cli.ts exactly as an operator runs it (`npm run admin -- …` runs this same file with tsx);
 * rejects on a non-zero exit.
 */
export const tsxCli = (args: string[], env: NodeJS.ProcessEnv) =>
  run("node_modules/.bin/tsx", ["worker/cli.ts", ...args], { env });

type CliRun = { code: number; stdout: string; stderr: string };

/** The same, answering the exit code, stdout and stderr also on a non-zero exit. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  try {
    const { stdout, stderr } = await tsxCli(args, env);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as CliRun;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * A temp folder with a database file for one CLI test file. `run` answers the raw process output, `admin`
 * its stdout parsed as JSON (also on a non-zero exit); `json` appends `--json` to every call.
 */
export function cliDatabase(prefix: string, options: { json?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const url = `file:${join(dir, "cli.db")}`;
  const env = { ...process.env, DATABASE_URL: url, ...options.env };
  const tail = options.json ? ["--json"] : [];
  const cliRun = (...args: string[]) => runCli([...args, ...tail], env);
  const withDb = async <T>(use: (opened: Awaited<ReturnType<typeof openNodeDb>>) => Promise<T>) => {
    const opened = await openNodeDb(url);
    try {
      return await use(opened);
    } finally {
      opened.client.close();
    }
  };
  return {
    dir,
    url,
    run: cliRun,
    async admin(...args: string[]): Promise<{ code: number; out: Record<string, unknown> }> {
      const { code, stdout } = await cliRun(...args);
      return { code, out: JSON.parse(stdout) as Record<string, unknown> };
    },
    /** The database opened in this process for `use`, closed after. */
    withDb,
    /** Migrates the database and seeds one organization, unit, service and touchpoint in it. */
    seed: () =>
      withDb(async ({ db }) => {
        await migrateDb(db);
        return seedTouchpoint(db);
      }),
    /** A file of this text in the temp folder; answers its path. */
    file(name: string, text: string) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
