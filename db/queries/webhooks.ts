import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db";
import { webhookDeliveries, webhooks } from "../schema";

export function insertWebhook(db: Db, row: typeof webhooks.$inferInsert) {
  return db.insert(webhooks).values(row);
}

export async function getWebhook(db: Db, id: string) {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id)).limit(1);
  return row ?? null;
}

export function markWebhookDisabled(db: Db, id: string, now: number) {
  return db
    .update(webhooks)
    .set({ disabledAt: now })
    .where(and(eq(webhooks.id, id), isNull(webhooks.disabledAt)));
}

/** An organization's webhooks (never their secrets) with how their deliveries stand. */
export async function listWebhooks(db: Db, orgId: string) {
  const d = webhookDeliveries;
  const count = (cond: ReturnType<typeof sql>) => sql<number>`coalesce(sum(case when ${cond} then 1 else 0 end), 0)`;
  return db
    .select({
      id: webhooks.id,
      unitId: webhooks.unitId,
      url: webhooks.url,
      events: webhooks.events,
      createdAt: webhooks.createdAt,
      disabledAt: webhooks.disabledAt,
      delivered: count(sql`${d.deliveredAt} is not null`),
      pending: count(sql`${d.deliveredAt} is null and ${d.nextAttemptAt} < ${GAVE_UP}`),
      gaveUp: count(sql`${d.deliveredAt} is null and ${d.nextAttemptAt} >= ${GAVE_UP}`),
      lastAttemptStatus: sql<number | null>`(select last_status from webhook_deliveries x
        where x.webhook_id = ${webhooks.id} and x.attempts > 0 order by x.created_at desc limit 1)`,
      lastError: sql<string | null>`(select last_error from webhook_deliveries x
        where x.webhook_id = ${webhooks.id} and x.attempts > 0 order by x.created_at desc limit 1)`,
    })
    .from(webhooks)
    .leftJoin(d, eq(d.webhookId, webhooks.id))
    .where(eq(webhooks.orgId, orgId))
    .groupBy(webhooks.id)
    .orderBy(desc(webhooks.createdAt), webhooks.id);
}

/**
 * next_attempt_at of a delivery that was given up: the last second of 9999, so it is never due again while
 * its row keeps the attempts and the last answer for the operator.
 */
export const GAVE_UP = 253402300799;

/**
 * The newest deliveries of each of an organization's webhooks (at most `perWebhook` each), newest first,
 * with the event's type: what the operator reads to see whether a receiver answers.
 */
export async function listRecentDeliveries(db: Db, orgId: string, perWebhook: number) {
  return db.all<{
    webhookId: string;
    eventType: string;
    createdAt: number;
    attempts: number;
    nextAttemptAt: number;
    deliveredAt: number | null;
    lastStatus: number | null;
    lastError: string | null;
  }>(sql`
    select webhook_id as webhookId, event_type as eventType, created_at as createdAt, attempts,
      next_attempt_at as nextAttemptAt, delivered_at as deliveredAt, last_status as lastStatus, last_error as lastError
    from (
      select d.*, e.type as event_type,
        row_number() over (partition by d.webhook_id order by d.created_at desc, d.event_id desc) as n
      from webhook_deliveries d
      join webhooks w on w.id = d.webhook_id
      join outbox_events e on e.id = d.event_id
      where w.org_id = ${orgId}
    )
    where n <= ${perWebhook}
    order by webhook_id, createdAt desc`);
}
