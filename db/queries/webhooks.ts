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
