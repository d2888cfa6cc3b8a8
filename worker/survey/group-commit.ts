/** The queue is full: the caller answers 503 with Retry-After, and the citizen's page or app sends again. */
export class QueueFull extends Error {
  constructor(readonly retryAfter: number) {
    super("Too many submissions are waiting to be written");
  }
}

/**
 * Group commit, on the writer's side: items that arrive while a group is being written wait, and together
 * become the next group (one transaction, one sync), at most `maxGroup` of them. `writeGroup` is
 * synchronous (the writer thread's own connection), so every message delivered during one write is there
 * when the next begins, and no round trip to the citizens' thread sits between two groups.
 */
export function groupCommit<T>(writeGroup: (items: T[]) => void, maxGroup: number) {
  const waiting: T[] = [];
  let scheduled = false;

  function flush() {
    scheduled = false;
    writeGroup(waiting.splice(0, maxGroup));
    schedule();
  }
  // After the messages already delivered, so those that arrived together are written together.
  function schedule() {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  }

  return {
    add(item: T) {
      waiting.push(item);
      schedule();
    },
  };
}
