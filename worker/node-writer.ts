import type { Worker } from "node:worker_threads";
import type { GroupItem } from "../db/queries/hot-submit";
import { startThread } from "./node-threads";
import type { SentError, WriteReply } from "./node-writer-thread";
import { QueueFull } from "./survey/group-commit";

const received = (e: SentError) => Object.assign(new Error(e.message), e.code ? { code: e.code } : {});

/**
 * The citizens' side of the writer thread (worker/node-writer-thread.ts): `write` hands one submission over
 * at once and resolves once the group that holds it has committed, or fails with its own error (a replay,
 * a full rate bucket) or its group's. At most `maxQueue` submissions are handed over and not yet answered;
 * one more fails at once with QueueFull rather than waiting in memory. A thread that dies fails what it
 * held, which was never acknowledged (it may or may not have committed: a resend of the same token then
 * stores it or is answered as a replay), and a new one takes its place.
 */
export async function startWriter(path: string, o: { maxQueue: number; maxGroup: number; busyTimeoutMs: number }) {
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let closing = false;
  let thread: Worker;

  const spawn = () =>
    new Promise<void>((ready, failed) => {
      const w = startThread(new URL("./node-writer-thread.ts", import.meta.url), {
        path,
        maxGroup: o.maxGroup,
        busyTimeoutMs: o.busyTimeoutMs,
      });
      thread = w;
      w.on("message", (m: WriteReply | { ready: true }) => {
        if ("ready" in m) return ready();
        for (const [id, error] of m.results) {
          const p = pending.get(id);
          if (!p) continue;
          pending.delete(id);
          if (error === null) p.resolve();
          else p.reject(received(error));
        }
      });
      w.on("error", (err) => {
        console.error("survey writer thread failed:", err);
        failed(err);
      });
      w.on("exit", () => {
        for (const [id, p] of pending) {
          pending.delete(id);
          p.reject(new Error("survey writer thread exited"));
        }
        if (!closing) void spawn().catch(() => undefined);
      });
    });
  await spawn();

  return {
    write(item: GroupItem): Promise<void> {
      if (pending.size >= o.maxQueue) return Promise.reject(new QueueFull(1));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread.postMessage({ id, item });
      });
    },
    async close() {
      closing = true;
      await thread.terminate();
    },
  };
}
