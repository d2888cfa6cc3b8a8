import { parentPort, workerData } from "node:worker_threads";
import { openHotSubmit, type GroupItem } from "../db/queries/hot-submit";
import { groupCommit } from "./survey/group-commit";

/**
 * The survey's writer (Node, embedded file): each submission arrives as its own message, as soon as the
 * citizens' thread has checked it; those that arrive while a group is being written become the next group,
 * one transaction on this thread's own connection. The commit's sync and any wait for another writer's
 * lock happen here, while the citizens' thread goes on serving. One reply per group, after its commit.
 */
const hot = openHotSubmit(workerData.path as string, { busyTimeoutMs: workerData.busyTimeoutMs as number });

export type WriteRequest = { id: number; item: GroupItem };
export type SentError = { message: string; code?: string };
/** Each item of a committed (or failed) group: its request id and its error, null when it was stored. */
export type WriteReply = { results: [number, SentError | null][] };

const sent = (err: unknown): SentError => ({
  message: String((err as Error)?.message ?? err),
  ...(typeof (err as { code?: unknown })?.code === "string" ? { code: (err as { code: string }).code } : {}),
});

const groups = groupCommit<WriteRequest>((group) => {
  let results: WriteReply["results"];
  try {
    const errors = hot.writeGroup(group.map((m) => m.item));
    results = group.map((m, i) => [m.id, errors[i] == null ? null : sent(errors[i])]);
  } catch (err) {
    // The transaction itself failed (e.g. SQLITE_BUSY past the busy timeout): none of the group was stored.
    const failed = sent(err);
    results = group.map((m) => [m.id, failed]);
  }
  const reply: WriteReply = { results };
  parentPort!.postMessage(reply);
}, workerData.maxGroup as number);

parentPort!.on("message", (m: WriteRequest) => groups.add(m));
parentPort!.postMessage({ ready: true });
