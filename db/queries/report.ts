import { and, asc, eq, like } from "drizzle-orm";
import type { Db } from "../db";
import { followUps, forums } from "../schema";

/**
 * The RTL rows of a unit's year for the laporan SKM, each with the Forum Konsultasi Publik that agreed it
 * (null when none is recorded). Read only: the follow-up forms and actions own the writes.
 */
export async function listReportFollowUps(db: Db, unitId: string, year: string) {
  return db
    .select({
      id: followUps.id,
      item: followUps.item,
      problem: followUps.problem,
      action: followUps.action,
      owner: followUps.owner,
      dueDate: followUps.dueDate,
      status: followUps.status,
      quarter: followUps.quarter,
      doneOn: followUps.doneOn,
      forumId: forums.id,
      forumHeldOn: forums.heldOn,
      forumNotes: forums.notes,
    })
    .from(followUps)
    .leftJoin(forums, and(eq(forums.id, followUps.forumId), eq(forums.unitId, followUps.unitId)))
    .where(and(eq(followUps.unitId, unitId), like(followUps.period, `${year}%`)))
    .orderBy(asc(followUps.period), asc(followUps.createdAt));
}
