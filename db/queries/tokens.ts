import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../db";
import { apiTokens } from "../schema";

export function insertApiToken(db: Db, row: typeof apiTokens.$inferInsert) {
  return db.insert(apiTokens).values(row);
}

export async function findActiveToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ id: apiTokens.id, orgId: apiTokens.orgId, unitId: apiTokens.unitId, role: apiTokens.role })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row ?? null;
}

/**
 * Records a token's last use, at most once a minute so a busy script does not rewrite the row on every
 * call. Returns the statement, to go into a batch.
 */
export function markTokenUsed(db: Db, id: string, now: number) {
  return db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, now - 60))));
}

export function revokeToken(db: Db, id: string, now: number) {
  return db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
}

/** A token with its organization and whether it still works, for a change to it. */
export async function getToken(db: Db, id: string) {
  const [row] = await db
    .select({ id: apiTokens.id, orgId: apiTokens.orgId, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.id, id))
    .limit(1);
  return row ?? null;
}

export async function listTokens(db: Db, orgId: string) {
  return db
    .select({
      id: apiTokens.id,
      unitId: apiTokens.unitId,
      role: apiTokens.role,
      label: apiTokens.label,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.orgId, orgId));
}
