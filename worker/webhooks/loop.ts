import type { Db } from "../../db/db";
import { dispatchOutbox, type DispatchOptions } from "./dispatch";

/**
 * A long-running server's dispatcher (Node): a round every `everyMs` (when given), and one soon after a
 * nudge (an event was just written). Rounds never overlap here; a nudge during a round asks for one more
 * round after it. Loops in other threads or processes may run beside it: the lease keeps them apart.
 */
export function startOutboxLoop(db: Db, o: DispatchOptions & { everyMs?: number }) {
  let running = false;
  let again = false;
  let stopped = false;
  const round = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await dispatchOutbox(db, o);
      } while (again && !stopped);
    } catch (err) {
      console.error("webhook dispatch failed:", err);
    } finally {
      running = false;
    }
  };
  const timer = o.everyMs ? setInterval(() => void round(), o.everyMs) : undefined;
  (timer as { unref?: () => void } | undefined)?.unref?.();
  // At start too: what a stopped or crashed server left in the outbox goes out now, not one interval later.
  if (timer) void round();
  return {
    nudge: () => void round(),
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
