import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnNodeEntry } from "../test/helpers/node-process";
import { freePort } from "../test/helpers/ports";

/** The real Node entry (`npm start`'s worker/node.ts) on a temp database, in its own process group. */
export async function startNodeServer(env: Record<string, string>, cwd = ".") {
  const dir = mkdtempSync(join(tmpdir(), "zi-bench-"));
  const server = await spawnNodeEntry(`file:${join(dir, "bench.db")}`, env, { cwd });
  return {
    ...server,
    async stop() {
      await server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** bench/floor-app.ts on a temp database, started the way the Node entry is (node with tsx's loader). */
export async function startFloorServer() {
  const dir = mkdtempSync(join(tmpdir(), "zi-floor-"));
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "bench/floor-app.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${join(dir, "floor.db")}`, PORT: String(port) },
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      if (i > 400) throw new Error("the floor app did not start");
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    async stop() {
      process.kill(-child.pid!, "SIGKILL");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
