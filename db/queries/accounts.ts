import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../db";
import { sessions, users, userTokens } from "../schema";

export type LinkPurpose = "invite" | "reset";

/** What a password change needs of an account: its hash, and whether it may still sign in. */
export async function getAccount(db: Db, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      orgId: users.orgId,
      email: users.email,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export function insertUserToken(db: Db, row: typeof userTokens.$inferInsert) {
  return db.insert(userTokens).values(row);
}

/** Spends every open link of a user: only the newest one issued (or none, after a change) works. */
export function spendUserTokens(db: Db, userId: string, now: number) {
  return db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt)));
}

/** A link that can still be used (unspent, unexpired, its account enabled), with its account; else null. */
export async function getLiveUserToken(db: Db, tokenHash: string, now: number) {
  const [row] = await db
    .select({
      purpose: userTokens.purpose,
      userId: users.id,
      orgId: users.orgId,
      email: users.email,
    })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(
      and(
        eq(userTokens.tokenHash, tokenHash),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * A new password. With `viaToken`, only while that link is still unspent: of two requests racing with one
 * link, the second's batch changes nothing here.
 */
export function setUserPassword(db: Db, userId: string, passwordHash: string, viaToken?: string) {
  const unspent = viaToken
    ? sql`exists (select 1 from ${userTokens} where ${userTokens.tokenHash} = ${viaToken} and ${userTokens.usedAt} is null)`
    : sql`1`;
  return db
    .update(users)
    .set({ passwordHash, mustChangePassword: false })
    .where(and(eq(users.id, userId), unspent));
}

/** Every session of a user but one (the one that just proved the password keeps working). */
export function deleteOtherSessions(db: Db, userId: string, keepHash: string) {
  return db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.idHash, keepHash)));
}
