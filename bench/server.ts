import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../test/helpers/ports";

/** The real Node entry (`npm start`'s worker/node.ts) on a temp database, in its own process group. */
export async function startNodeServer(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "zi-bench-"));
  const port = await freePort();
  const databaseUrl = `file:${join(dir, "bench.db")}`;
  const child: ChildProcess = spawn("node_modules/.bin/tsx", ["worker/node.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, HOST: "127.0.0.1", PORT: String(port), ...env },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      if (i > 200) throw new Error("server did not start");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    databaseUrl,
    stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
