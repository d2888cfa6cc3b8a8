import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db";
import { languagePacks, organizations } from "../schema";

/** An organization's own survey languages (code, name), for the language links and the dashboard list. */
export async function listLanguagePacks(db: Db, orgId: string) {
  return db
    .select({ code: languagePacks.code, name: languagePacks.name, updatedAt: languagePacks.updatedAt })
    .from(languagePacks)
    .where(eq(languagePacks.orgId, orgId))
    .orderBy(asc(languagePacks.code));
}

/** A pack's stored texts (JSON), read only when a citizen asks for that language. */
export async function getLanguagePackBody(db: Db, orgId: string, code: string) {
  const [row] = await db
    .select({ body: languagePacks.body })
    .from(languagePacks)
    .where(and(eq(languagePacks.orgId, orgId), eq(languagePacks.code, code)))
    .limit(1);
  return row?.body ?? null;
}

/**
 * The organization's packs as a column of the survey's one touchpoint read: `[{"code","name"}…]`, `[]`
 * when it has none. A correlated subquery on the (org_id, code) index, so the form lists them for free.
 */
export const languagesColumn = () =>
  sql<string>`(select json_group_array(json_object('code', ${languagePacks.code}, 'name', ${languagePacks.name})) from ${languagePacks} where ${languagePacks.orgId} = ${organizations.id})`;

/** Adds a pack, or replaces the texts and name of the one with the same code. */
export function upsertLanguagePack(db: Db, row: typeof languagePacks.$inferInsert) {
  return db
    .insert(languagePacks)
    .values(row)
    .onConflictDoUpdate({
      target: [languagePacks.orgId, languagePacks.code],
      set: { name: row.name, body: row.body, updatedAt: row.updatedAt },
    });
}

export function deleteLanguagePack(db: Db, orgId: string, code: string) {
  return db.delete(languagePacks).where(and(eq(languagePacks.orgId, orgId), eq(languagePacks.code, code)));
}
