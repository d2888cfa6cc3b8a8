import type { Db } from "../../db/db";
import {
  claimDelivery,
  insertDelivery,
  listActiveWebhooks,
  listDueDeliveries,
  listUndispatchedEvents,
  markEventsDispatched,
  recordAttempt,
  unitAndAncestors,
} from "../../db/queries/webhook-deliveries";
import { GAVE_UP } from "../../db/queries/webhooks";
import { audit, commit, SYSTEM_ACTOR } from "../actions/action";
import { nextAttemptAfterFailure } from "./backoff";
import { signedHeaders, webhookBody } from "./message";

export type DispatchOptions = {
  /** Seconds since the epoch, read at each step (sends take time). */
  now: () => number;
  fetch?: typeof fetch;
  /** Per request: a receiver that hangs costs one lease, never the whole round. */
  timeoutMs?: number;
  /** Deliveries sent per round; the rest wait for the next one. */
  limit?: number;
};

const FAN_OUT_PAGE = 100;
const SENDERS = 4;
// Longer than a request may take: a sender that died mid-send frees its row when the lease runs out.
const LEASE_SECONDS = 60;
const DEFAULT_TIMEOUT_MS = 10_000;

/** One round: delivery rows for new events, then every due delivery sent once. Safe to run in several places at once. */
export async function dispatchOutbox(db: Db, o: DispatchOptions) {
  await fanOutEvents(db, o.now());
  return sendDueDeliveries(db, o);
}

/** A delivery row per event and active webhook of its organization subscribed to its type and scoped above its unit. */
export async function fanOutEvents(db: Db, now: number): Promise<number> {
  let total = 0;
  for (;;) {
    const events = await listUndispatchedEvents(db, FAN_OUT_PAGE);
    if (events.length === 0) return total;
    const hooks = await listActiveWebhooks(db, [...new Set(events.map((e) => e.orgId))]);
    const scopes = new Map<string, Set<string>>();
    for (const unitId of new Set(events.map((e) => e.unitId).filter((u): u is string => u !== null)))
      scopes.set(unitId, new Set(await unitAndAncestors(db, unitId)));
    const rows = events.flatMap((e) =>
      hooks
        .filter((h) => h.orgId === e.orgId && subscribed(h.events, e.type))
        .filter((h) => h.unitId === null || (e.unitId !== null && scopes.get(e.unitId)!.has(h.unitId)))
        .map((h) => insertDelivery(db, e.id, h.id, now)),
    );
    // The rows and the mark commit together: an event is never marked without its deliveries.
    await commit(db, [
      ...rows,
      markEventsDispatched(
        db,
        events.map((e) => e.id),
        now,
      ),
    ]);
    total += rows.length;
    if (events.length < FAN_OUT_PAGE) return total;
  }
}

function subscribed(events: string, type: string): boolean {
  try {
    const list: unknown = JSON.parse(events);
    return Array.isArray(list) && list.includes(type);
  } catch {
    return false;
  }
}

type Due = Awaited<ReturnType<typeof listDueDeliveries>>[number];
type Outcome = "delivered" | "failed" | "gave_up" | "skipped";

/** Sends what is due, a few at a time; returns how each went. */
export async function sendDueDeliveries(db: Db, o: DispatchOptions) {
  const due = await listDueDeliveries(db, o.now(), o.limit ?? 50);
  const counts: Record<Outcome, number> = { delivered: 0, failed: 0, gave_up: 0, skipped: 0 };
  let next = 0;
  const sender = async () => {
    while (next < due.length) counts[await sendOne(db, due[next++]!, o)] += 1;
  };
  await Promise.all(Array.from({ length: Math.min(SENDERS, due.length) }, sender));
  return counts;
}

async function sendOne(db: Db, d: Due, o: DispatchOptions): Promise<Outcome> {
  const key = { eventId: d.eventId, webhookId: d.webhookId };
  const start = o.now();
  if (!(await claimDelivery(db, key, d.nextAttemptAt, start + LEASE_SECONDS))) return "skipped";
  const body = webhookBody({ type: d.type, data: d.data, createdAt: d.eventCreatedAt });
  const answer = await post(o, d.url, { headers: signedHeaders(d.secret, d.eventId, body, start), body });
  const now = o.now();
  const attempts = d.attempts + 1;
  if (answer.ok) {
    await recordAttempt(db, key, {
      attempts,
      deliveredAt: now,
      nextAttemptAt: now,
      status: answer.status,
      error: null,
    });
    return "delivered";
  }
  const retryAt = nextAttemptAfterFailure({ attempts, createdAt: d.createdAt }, now);
  const error = retryAt === null ? `gave up after ${attempts} attempts: ${answer.error}` : answer.error;
  const attempt = recordAttempt(db, key, {
    attempts,
    deliveredAt: null,
    nextAttemptAt: retryAt ?? GAVE_UP,
    status: answer.status,
    error,
  });
  if (retryAt !== null) {
    await attempt;
    return "failed";
  }
  const detail = `${d.eventId} after ${attempts} attempts`;
  await commit(db, [
    attempt,
    audit(db, SYSTEM_ACTOR, d.orgId, now, { action: "webhook.gave_up", target: d.webhookId, detail }),
  ]);
  return "gave_up";
}

async function post(o: DispatchOptions, url: string, req: { headers: Record<string, string>; body: string }) {
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: "POST",
      headers: req.headers,
      body: req.body,
      // A redirect is an answer to fix, not to follow: the signature was made for this receiver.
      redirect: "manual",
      signal: AbortSignal.timeout(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
    await res.body?.cancel().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    return { ok, status: res.status, error: ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    const e = err as { name?: string; message?: string; cause?: { code?: string } };
    const why = e.name === "TimeoutError" ? "timeout" : (e.cause?.code ?? e.message ?? String(err));
    return { ok: false, status: null, error: String(why).slice(0, 200) };
  }
}
