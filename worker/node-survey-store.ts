import { openHotSubmit } from "../db/queries/hot-submit";
import type { Db } from "../db/db";
import { batchedStore, type SurveyStore } from "./survey/store";
import { TouchpointCache } from "./survey/touchpoint-cache";
import { startWriter } from "./node-writer";

// A group of 128 takes some 20 ms to write on a small server: large enough to spread one sync over every
// citizen who arrived meanwhile, small enough that a commit never takes long.
const MAX_GROUP = 128;
// How long a group waits for another connection's write (an operator thread, the CLI, a backup) before its
// submissions are answered 503 with Retry-After, nothing stored.
const BUSY_TIMEOUT_MS = 5000;

/**
 * The survey's store on Node. On an embedded file: the reads on this thread's own connection (prepared
 * statements), the writes by group commit on the writer thread. On a libSQL server: the batched path.
 * Either way visits read touchpoints through the cache, which `changed()` empties, and a submission tries
 * its rules on the cached row before it reads.
 */
export async function nodeSurveyStore(
  databaseUrl: string,
  db: Db,
  o: { cacheSeconds: number; maxQueue: number; busyTimeoutMs?: number },
): Promise<SurveyStore & { changed(): void; close(): Promise<void> }> {
  const cache = new TouchpointCache(o.cacheSeconds * 1000);
  const changed = () => cache.clear();
  if (!databaseUrl.startsWith("file:")) {
    const batched = batchedStore(db);
    return {
      ...batched,
      touchpoint: (code) => cache.get(code, batched.touchpoint),
      cachedTouchpoint: (id) => cache.peekById(id),
      changed,
      close: async () => {},
    };
  }
  const path = databaseUrl.slice("file:".length);
  const reads = openHotSubmit(path);
  const writer = await startWriter(path, {
    maxQueue: o.maxQueue,
    maxGroup: MAX_GROUP,
    busyTimeoutMs: o.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
  });
  return {
    touchpoint: (code) => cache.get(code, reads.touchpointByCode),
    cachedTouchpoint: (id) => cache.peekById(id),
    context: reads.submitContext,
    write: (r, rate) => writer.write(rate ? { r, rate } : { r }),
    changed,
    close: () => writer.close(),
  };
}
