import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../db";
import { outboxEvents, webhookDeliveries, webhooks } from "../schema";
import { GAVE_UP } from "./webhooks";

/** Events no delivery rows were made for yet, oldest first. */
export async function listUndispatchedEvents(db: Db, limit: number) {
  return db
    .select({ id: outboxEvents.id, orgId: outboxEvents.orgId, unitId: outboxEvents.unitId, type: outboxEvents.type })
    .from(outboxEvents)
    .where(isNull(outboxEvents.dispatchedAt))
    .orderBy(asc(outboxEvents.createdAt), asc(outboxEvents.id))
    .limit(limit);
}

/** The active webhooks of these organizations, with their event types and unit scope. */
export async function listActiveWebhooks(db: Db, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({ id: webhooks.id, orgId: webhooks.orgId, unitId: webhooks.unitId, events: webhooks.events })
    .from(webhooks)
    .where(and(inArray(webhooks.orgId, orgIds), isNull(webhooks.disabledAt)));
}

/** A unit and every unit above it: the scopes of the webhooks that hear about it. */
export async function unitAndAncestors(db: Db, unitId: string): Promise<string[]> {
  const rows = await db.all<{ id: string }>(sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from units where id = ${unitId}
      union
      select u.id, u.parent_id from units u join up on u.id = up.parent_id
    )
    select id from up`);
  return rows.map((r) => r.id);
}

/** A delivery row; a second fan-out of the same event (another sender, a retry) adds nothing. */
export function insertDelivery(db: Db, eventId: string, webhookId: string, now: number) {
  return db
    .insert(webhookDeliveries)
    .values({ eventId, webhookId, nextAttemptAt: now, createdAt: now })
    .onConflictDoNothing();
}

export function markEventsDispatched(db: Db, ids: string[], now: number) {
  return db
    .update(outboxEvents)
    .set({ dispatchedAt: now })
    .where(and(inArray(outboxEvents.id, ids), isNull(outboxEvents.dispatchedAt)));
}

/** Deliveries whose time has come, to active webhooks, with what a send needs (the event row as stored). */
export async function listDueDeliveries(db: Db, now: number, limit: number) {
  const d = webhookDeliveries;
  return db
    .select({
      eventId: d.eventId,
      webhookId: d.webhookId,
      attempts: d.attempts,
      nextAttemptAt: d.nextAttemptAt,
      createdAt: d.createdAt,
      orgId: webhooks.orgId,
      url: webhooks.url,
      secret: webhooks.secret,
      type: outboxEvents.type,
      data: outboxEvents.data,
      eventCreatedAt: outboxEvents.createdAt,
    })
    .from(d)
    .innerJoin(webhooks, eq(webhooks.id, d.webhookId))
    .innerJoin(outboxEvents, eq(outboxEvents.id, d.eventId))
    .where(and(isNull(d.deliveredAt), lte(d.nextAttemptAt, now), isNull(webhooks.disabledAt)))
    .orderBy(asc(d.nextAttemptAt))
    .limit(limit);
}

type DeliveryKey = { eventId: string; webhookId: string };
const keyIs = (k: DeliveryKey) =>
  and(eq(webhookDeliveries.eventId, k.eventId), eq(webhookDeliveries.webhookId, k.webhookId));

/**
 * Takes a due delivery for one sender: moves next_attempt_at to `leaseUntil` only if it still holds the
 * value this sender read. Whoever moves it first sends; everyone else sees 0 rows changed.
 */
export async function claimDelivery(db: Db, k: DeliveryKey, seenNextAttemptAt: number, leaseUntil: number) {
  const d = webhookDeliveries;
  const result = await db
    .update(d)
    .set({ nextAttemptAt: leaseUntil })
    .where(and(keyIs(k), eq(d.nextAttemptAt, seenNextAttemptAt), isNull(d.deliveredAt)));
  return result.rowsAffected === 1;
}

/** The outcome of one attempt (the row stays claimed until this lands). */
export function recordAttempt(
  db: Db,
  k: DeliveryKey,
  o: {
    attempts: number;
    deliveredAt: number | null;
    nextAttemptAt: number;
    status: number | null;
    error: string | null;
  },
) {
  return db
    .update(webhookDeliveries)
    .set({
      attempts: o.attempts,
      deliveredAt: o.deliveredAt,
      nextAttemptAt: o.nextAttemptAt,
      lastStatus: o.status,
      lastError: o.error,
    })
    .where(keyIs(k));
}

/**
 * A disabled webhook's deliveries still waiting are given up (the due query skips them already): the
 * listing then says they will not be sent, instead of "waiting" forever. Their last answer is kept.
 */
export function giveUpPendingDeliveries(db: Db, webhookId: string) {
  const d = webhookDeliveries;
  return db
    .update(d)
    .set({ nextAttemptAt: GAVE_UP })
    .where(and(eq(d.webhookId, webhookId), isNull(d.deliveredAt), sql`${d.nextAttemptAt} < ${GAVE_UP}`));
}
