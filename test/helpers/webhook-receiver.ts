import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export type Received = { method: string; url: string; headers: Record<string, string>; body: string };

/** The receiver script as its own process on 127.0.0.1:port; `kill` stops it by its PID. */
export async function startReceiver(port: number, log: string) {
  const child = spawn(process.execPath, ["test/helpers/receiver-main.mjs", String(port), log], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  await new Promise<void>((ok, fail) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("listening") && ok());
    void exited.then(() => fail(new Error("the webhook receiver exited before listening")));
  });
  return {
    pid: child.pid!,
    kill: async () => {
      process.kill(child.pid!, "SIGKILL");
      await exited;
    },
  };
}

export function receivedRequests(log: string): Received[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Received);
}

/** Polls `check` until it returns a value (not undefined); fails with `what` after about two minutes. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let i = 0; i < 1200; i++) {
    const v = await check();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
