/** The queue is full: the caller answers 503 with Retry-After, and the citizen's page or app sends again. */
export class QueueFull extends Error {
  constructor(readonly retryAfter: number) {
    super("Too many submissions are waiting to be written");
  }
}

export type GroupCommitOptions = {
  /** Submissions waiting at most; one more is refused at once rather than held in memory. */
  maxQueue: number;
  /** Submissions in one transaction at most, so one commit never takes long. */
  maxGroup: number;
};

type Waiting<T> = { item: T; done: (err: unknown) => void };

/**
 * Group commit: one group is being written at a time; what arrives meanwhile waits and becomes the next
 * group (one transaction, one sync). Each caller's promise settles only after the commit that holds its
 * item, with its own error if its item alone failed, or the group's error if the transaction failed.
 */
export function groupCommit<T>(writeGroup: (items: T[]) => Promise<(unknown | null)[]>, o: GroupCommitOptions) {
  const queue: Waiting<T>[] = [];
  let writing = false;
  let scheduled = false;

  async function pump() {
    scheduled = false;
    if (writing || queue.length === 0) return;
    writing = true;
    const group = queue.splice(0, o.maxGroup);
    try {
      const errors = await writeGroup(group.map((w) => w.item));
      group.forEach((w, i) => w.done(errors[i] ?? null));
    } catch (err) {
      for (const w of group) w.done(err);
    } finally {
      writing = false;
      schedule();
    }
  }
  // After this turn's other requests, so those that arrived together are written together.
  function schedule() {
    if (scheduled || writing || queue.length === 0) return;
    scheduled = true;
    setImmediate(() => void pump());
  }

  return {
    write(item: T): Promise<void> {
      if (queue.length >= o.maxQueue) return Promise.reject(new QueueFull(1));
      return new Promise<void>((resolve, reject) => {
        queue.push({ item, done: (err) => (err === null ? resolve() : reject(err)) });
        schedule();
      });
    },
  };
}
