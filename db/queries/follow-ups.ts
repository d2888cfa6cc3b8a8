import { and, asc, eq, like } from "drizzle-orm";
import type { Db } from "../db";
import { followUps, forums } from "../schema";

/** rencana (planned) → berjalan (under way) → selesai (done). */
export const FOLLOW_UP_STATUSES = ["rencana", "berjalan", "selesai"] as const;

/** A unit's follow-up records of a year (every period label that starts with it: 2026, 2026-Q3, 2026-07 …). */
export async function listFollowUps(db: Db, unitId: string, year: string) {
  return db
    .select()
    .from(followUps)
    .where(and(eq(followUps.unitId, unitId), like(followUps.period, `${year}%`)))
    .orderBy(asc(followUps.period), asc(followUps.createdAt));
}

export function insertFollowUp(db: Db, row: typeof followUps.$inferInsert) {
  return db.insert(followUps).values(row);
}

export function updateFollowUp(db: Db, id: string, unitId: string, changes: Partial<typeof followUps.$inferInsert>) {
  return db
    .update(followUps)
    .set(changes)
    .where(and(eq(followUps.id, id), eq(followUps.unitId, unitId)));
}

/** What a change of a follow-up is checked against: its unit, status, dates and evidence so far. */
export async function getFollowUp(db: Db, id: string) {
  const f = followUps;
  const [row] = await db
    .select({
      id: f.id,
      unitId: f.unitId,
      status: f.status,
      startedOn: f.startedOn,
      doneOn: f.doneOn,
      quarter: f.quarter,
      evidence: f.evidence,
    })
    .from(f)
    .where(eq(followUps.id, id))
    .limit(1);
  return row ?? null;
}

export function insertForum(db: Db, row: typeof forums.$inferInsert) {
  return db.insert(forums).values(row);
}

export async function getForum(db: Db, id: string) {
  const [row] = await db.select().from(forums).where(eq(forums.id, id)).limit(1);
  return row ?? null;
}

/** A unit's Forum Konsultasi Publik records of a year (period labels starting with it), oldest first. */
export async function listForums(db: Db, unitId: string, year: string) {
  return db
    .select()
    .from(forums)
    .where(and(eq(forums.unitId, unitId), like(forums.period, `${year}%`)))
    .orderBy(asc(forums.heldOn), asc(forums.createdAt));
}
