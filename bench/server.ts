import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnNodeEntry } from "../test/helpers/node-process";

/** The real Node entry (`npm start`'s worker/node.ts) on a temp database, in its own process group. */
export async function startNodeServer(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "zi-bench-"));
  const server = await spawnNodeEntry(`file:${join(dir, "bench.db")}`, env);
  return {
    ...server,
    async stop() {
      await server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
