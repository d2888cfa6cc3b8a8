import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * A worker thread running a TypeScript module of ours (tsx loads it there, as it does for the server),
 * with `data` as its workerData.
 */
export function startThread(entry: URL, data: Record<string, unknown>): Worker {
  return new Worker(new URL("./node-thread-boot.mjs", import.meta.url), { workerData: { ...data, entry: entry.href } });
}

/**
 * Called on a thread that does long work beside the citizens' (operators' requests, backups): Linux
 * schedules threads one by one, and a lower priority lets the kernel run the citizens' thread first when
 * both want the CPU. Elsewhere, or where it is not allowed, nothing changes.
 */
export function yieldToCitizens() {
  try {
    setPriority(Number(readlinkSync("/proc/thread-self").split("/").at(-1)), 10);
  } catch {
    // not Linux, or not allowed: the thread works the same, only without the hint
  }
}
