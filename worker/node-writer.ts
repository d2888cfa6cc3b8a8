import type { Worker } from "node:worker_threads";
import type { GroupItem } from "../db/queries/hot-submit";
import { startThread } from "./node-threads";
import type { SentError, WriteReply } from "./node-writer-thread";

const received = (e: SentError) => Object.assign(new Error(e.message), e.code ? { code: e.code } : {});

/**
 * The citizens' side of the writer thread: `writeGroup` resolves with each item's error (null when it
 * was written) once the group's transaction has committed. A thread that dies fails what it held, which
 * was never acknowledged (it may or may not have committed: a resend of the same token then stores it or
 * is answered as a replay), and a new one takes its place.
 */
export async function startWriter(path: string) {
  const pending = new Map<number, { resolve: (e: (Error | null)[]) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let closing = false;
  let thread: Worker;

  const spawn = () =>
    new Promise<void>((ready, failed) => {
      const w = startThread(new URL("./node-writer-thread.ts", import.meta.url), { path });
      thread = w;
      w.on("message", (m: WriteReply | { ready: true }) => {
        if ("ready" in m) return ready();
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if ("failed" in m) p.reject(received(m.failed));
        else p.resolve(m.errors.map((e) => (e === null ? null : received(e))));
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
    writeGroup(items: GroupItem[]): Promise<(Error | null)[]> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread.postMessage({ id, items });
      });
    },
    async close() {
      closing = true;
      await thread.terminate();
    },
  };
}
