import { parentPort, workerData } from "node:worker_threads";
import { openHotSubmit, type GroupItem } from "../db/queries/hot-submit";

/**
 * The survey's writer (Node, embedded file): groups of submissions from the citizens' thread, each written
 * in one transaction on this thread's own connection. The commit's sync and any wait for another writer's
 * lock happen here, while the citizens' thread goes on serving.
 */
const hot = openHotSubmit(workerData.path as string);

export type WriteRequest = { id: number; items: GroupItem[] };
export type SentError = { message: string; code?: string };
export type WriteReply = { id: number; errors: (SentError | null)[] } | { id: number; failed: SentError };

const sent = (err: unknown): SentError => ({
  message: String((err as Error)?.message ?? err),
  ...(typeof (err as { code?: unknown })?.code === "string" ? { code: (err as { code: string }).code } : {}),
});

parentPort!.on("message", (m: WriteRequest) => {
  let reply: WriteReply;
  try {
    reply = { id: m.id, errors: hot.writeGroup(m.items).map((e) => (e === null ? null : sent(e))) };
  } catch (err) {
    reply = { id: m.id, failed: sent(err) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
