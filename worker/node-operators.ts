import type { Worker } from "node:worker_threads";
import { startThread } from "./node-threads";

export type OperatorRequest = {
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
  body: ReadableStream<Uint8Array> | null;
  clientAddress: string | undefined;
};
export type OperatorReply = {
  id: number;
  status: number;
  headers: [string, string][];
  body: ReadableStream<Uint8Array> | null;
};

// What citizens use stays on the main thread, next to nothing heavy: the survey, its JSON twin and
// the visit token, the health check, stylesheets and the home page.
const CITIZEN_PATH = /^\/(?:$|healthz$|assets\/|s\/|k\/|api\/v1\/(?:touchpoints|responses)(?:\/|$))/;

// A flagged answer's webhook leaves within a quarter of a second.
const NUDGE_MS = 250;

export const isCitizenPath = (path: string) => CITIZEN_PATH.test(path);

/**
 * Threads that serve everything else (dashboard, evaluator API, public pages) with the same app, each on
 * its own connection. A request and its response bodies cross as transferred streams, so an export
 * streams with back-pressure and is never held whole on either side.
 */
export async function startOperatorThreads(
  env: Record<string, string | undefined>,
  count: number,
  /** An operator's request that may have written something (any method but GET and HEAD) was answered. */
  onChange: () => void = () => undefined,
) {
  const pending = new Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void; thread: number }>();
  const load = Array.from({ length: count }, () => 0);
  let nextId = 1;
  let closing = false;
  let nudgeTimer: ReturnType<typeof setTimeout> | undefined;
  const threads: Worker[] = [];

  const spawn = (i: number) =>
    new Promise<void>((ready, failed) => {
      const w = startThread(new URL("./node-operator-thread.ts", import.meta.url), { env, housekeeping: i === 0 });
      threads[i] = w;
      w.on("message", (m: OperatorReply | { ready: true } | { changed: true }) => {
        if ("ready" in m) return ready();
        if ("changed" in m) return onChange();
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        load[i]! -= 1;
        p.resolve(new Response(m.body, { status: m.status, headers: m.headers }));
      });
      w.on("error", (err) => {
        console.error(`operator thread ${i} failed:`, err);
        failed(err);
      });
      w.on("exit", () => {
        // Whatever it was serving is answered with a 500; a fresh thread takes its place.
        for (const [id, p] of pending) {
          if (p.thread !== i) continue;
          pending.delete(id);
          p.reject(new Error("operator thread exited"));
        }
        load[i] = 0;
        if (!closing) void spawn(i).catch(() => undefined);
      });
    });
  await Promise.all(Array.from({ length: count }, (_, i) => spawn(i)));

  return {
    fetch(req: Request, clientAddress: string | undefined): Promise<Response> {
      const i = load.indexOf(Math.min(...load));
      const id = nextId++;
      load[i]! += 1;
      const msg: OperatorRequest = {
        id,
        url: req.url,
        method: req.method,
        headers: [...req.headers],
        body: req.body,
        clientAddress,
      };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, thread: i });
        threads[i]!.postMessage(msg, msg.body ? [msg.body as never] : []);
      });
    },
    /**
     * A citizen's submission wrote a webhook event: the housekeeping thread's dispatcher sends it. Nudges
     * within NUDGE_MS become one round: a busy hour of flagged answers must not become a dispatch round
     * (and a write transaction beside the citizens') per answer.
     */
    nudgeOutbox() {
      if (nudgeTimer) return;
      nudgeTimer = setTimeout(() => {
        nudgeTimer = undefined;
        threads[0]?.postMessage({ nudgeOutbox: true });
      }, NUDGE_MS);
    },
    async close() {
      closing = true;
      clearTimeout(nudgeTimer);
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
