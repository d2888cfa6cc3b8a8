import type { Db } from "../db";
import { outboxEvents } from "../schema";

export type OutboxEvent = {
  /** The Standard Webhooks message id ("msg_…"), the same on every retry. */
  id: string;
  orgId: string;
  unitId: string | null;
  type: "response.flagged" | "period.published" | "followup.overdue";
  data: Record<string, unknown>;
  createdAt: number;
};

/** The outbox row of one event, for the batch that writes what caused it: both commit or neither. */
export function outboxEventInsert(db: Db, e: OutboxEvent) {
  return db.insert(outboxEvents).values(outboxEventRow(e));
}

export const outboxEventRow = (e: OutboxEvent) => ({ ...e, data: JSON.stringify(e.data) });
