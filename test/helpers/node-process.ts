import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { freePort } from "./ports";

export type NodeProcess = {
  base: string;
  databaseUrl: string;
  /** The server's own process (its memory can be read, see rssOf). */
  pid: number;
  /** What the server printed on stdout so far. */
  output: () => string;
  /** `kill -9` of the whole process group (the server and its threads): no shutdown code runs. */
  kill: () => Promise<void>;
  /** SIGTERM to the group: the server's own graceful stop. */
  stop: () => Promise<void>;
};

/**
 * The real Node entry (`npm start` runs worker/node.ts with tsx) on the given database, in its own
 * process group on 127.0.0.1, so that killing the group leaves nothing holding the file or the port.
 * `cwd` runs another checkout's server (a baseline) on the same data.
 */
export async function spawnNodeEntry(
  databaseUrl: string,
  env: Record<string, string> = {},
  o: { cwd?: string } = {},
): Promise<NodeProcess> {
  const port = await freePort();
  // One process (node with tsx's loader), so its pid is the server's.
  const child = spawn(process.execPath, ["--import", "tsx", "worker/node.ts"], {
    cwd: resolve(o.cwd ?? "."),
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
      if (i > 600) {
        await signal("SIGKILL");
        throw new Error(`the server did not answer /healthz:\n${stderr}`);
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    databaseUrl,
    pid: child.pid!,
    output: () => stdout,
    kill: () => signal("SIGKILL"),
    stop: () => signal("SIGTERM"),
  };
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

/** Resident memory of a process in bytes (Linux), 0 where /proc is not there. */
export function rssOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}
