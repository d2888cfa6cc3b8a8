import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { freePort } from "../test/helpers/ports";

export type NodeProcess = {
  base: string;
  databaseUrl: string;
  /** What the server printed on stdout so far. */
  output: () => string;
  /** `kill -9` of the whole process group (tsx and the node it runs): no shutdown code runs. */
  kill: () => Promise<void>;
  /** SIGTERM to the group: the server's own graceful stop. */
  stop: () => Promise<void>;
};

/**
 * The real Node entry (`npm start` runs worker/node.ts with tsx) on the given database, in its own
 * process group on 127.0.0.1, so that killing the group leaves nothing holding the file or the port.
 */
export async function spawnNodeEntry(databaseUrl: string, env: Record<string, string> = {}): Promise<NodeProcess> {
  const port = await freePort();
  const child = spawn("node_modules/.bin/tsx", ["worker/node.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, HOST: "127.0.0.1", PORT: String(port), ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  let gone = false;
  void exited.then(() => (gone = true));
  const base = `http://127.0.0.1:${port}`;

  const signal = async (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // the group is already gone
    }
    await exited;
    await groupGone(child.pid!);
  };
  for (let i = 0; ; i++) {
    if (gone) throw new Error(`the server exited before answering /healthz:\n${stderr}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      if (i > 300) {
        await signal("SIGKILL");
        throw new Error(`the server did not answer /healthz:\n${stderr}`);
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { base, databaseUrl, output: () => stdout, kill: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}

/** Waits until no live (non-zombie) process is left in the group; gives up after two seconds. */
async function groupGone(pgid: number) {
  for (let i = 0; i < 40 && liveInGroup(pgid); i++) await new Promise((r) => setTimeout(r, 50));
}

function liveInGroup(pgid: number): boolean {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return false;
  }
  return pids.some((pid) => {
    try {
      // Fields after the command name: state, ppid, pgrp.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return Number(pgrp) === pgid && state !== "Z";
    } catch {
      return false;
    }
  });
}
