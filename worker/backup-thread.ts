import { parentPort, workerData } from "node:worker_threads";
import { snapshotDatabase } from "./backup";
import { yieldToCitizens } from "./node-threads";

/** The worker thread of `snapshotInThread`: one snapshot on its own connection, then one message. */
const { databaseUrl, out } = workerData as { databaseUrl: string; out: string };
yieldToCitizens();
try {
  parentPort!.postMessage({ snapshot: await snapshotDatabase(databaseUrl, out) });
} catch (err) {
  parentPort!.postMessage({ error: (err as Error).message });
}
