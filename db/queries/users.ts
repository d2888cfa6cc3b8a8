import { and, asc, desc, eq, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "../db";
import { auditLog, sessions, users } from "../schema";

export function insertUser(db: Db, row: typeof users.$inferInsert) {
  return db.insert(users).values(row);
}

export async function getUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row ?? null;
}

export async function listOrgUsers(db: Db, orgId: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      unitId: users.unitId,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.orgId, orgId))
    .orderBy(asc(users.email));
}

export function insertSession(db: Db, row: typeof sessions.$inferInsert) {
  return db.insert(sessions).values(row);
}

/** The signed-in user of a live session, or null (expired, unknown, or the account was disabled). */
export async function getSessionUser(db: Db, idHash: string, now: number) {
  const [row] = await db
    .select({
      id: users.id,
      orgId: users.orgId,
      email: users.email,
      role: users.role,
      unitId: users.unitId,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

export function deleteSession(db: Db, idHash: string) {
  return db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Every session of a user, as a statement for a batch: a disabled account keeps none to come back to. */
export function deleteUserSessions(db: Db, userId: string) {
  return db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: Db, now: number) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export type AuditEntry = Omit<typeof auditLog.$inferInsert, "id">;

export function auditStatement(db: Db, entry: AuditEntry) {
  return db.insert(auditLog).values(entry);
}

export async function listAudit(db: Db, orgId: string, limit = 200) {
  return db.select().from(auditLog).where(eq(auditLog.orgId, orgId)).orderBy(desc(auditLog.id)).limit(limit);
}

export async function getOrgUser(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.id, id), eq(users.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export function setUserDisabled(db: Db, orgId: string, id: string, disabledAt: number | null) {
  return db
    .update(users)
    .set({ disabledAt })
    .where(and(eq(users.id, id), eq(users.orgId, orgId)))
    .returning({ email: users.email });
}
