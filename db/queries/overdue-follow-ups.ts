import { and, eq, isNotNull, isNull, lte, ne, sql } from "drizzle-orm";
import type { Db } from "../db";
import { followUps, organizations, units } from "../schema";

/**
 * Follow-ups of active units that may be past their due date and were not announced yet: due on or before
 * `latestDue` (the furthest-ahead zone's today; the caller checks each unit's own day).
 */
export async function listOverdueCandidates(db: Db, latestDue: string) {
  const f = followUps;
  return db
    .select({
      id: f.id,
      unitId: f.unitId,
      orgId: units.orgId,
      period: f.period,
      item: f.item,
      dueDate: f.dueDate,
      timeZone: sql<string>`coalesce(${units.timeZone}, ${organizations.timeZone})`,
    })
    .from(f)
    .innerJoin(units, eq(units.id, f.unitId))
    .innerJoin(organizations, eq(organizations.id, units.orgId))
    .where(
      and(
        isNotNull(f.dueDate),
        lte(f.dueDate, latestDue),
        ne(f.status, "selesai"),
        isNull(f.overdueNotifiedAt),
        isNull(units.deactivatedAt),
      ),
    )
    .limit(500);
}

/** Announced once: only a follow-up not marked yet is marked (a second chore run changes nothing). */
export function markOverdueNotified(db: Db, id: string, now: number) {
  return db
    .update(followUps)
    .set({ overdueNotifiedAt: now })
    .where(and(eq(followUps.id, id), isNull(followUps.overdueNotifiedAt)));
}
