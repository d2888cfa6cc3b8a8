import { and, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../db";
import { answers, organizations, responses, units } from "../schema";

export async function listOrganizationsForRetention(db: Db) {
  return db.select({ id: organizations.id, timeZone: organizations.timeZone, settings: organizations.settings }).from(organizations);
}

/**
 * Deletes an organization's raw responses (answers, comments, profile bands) dated before `cutoff`, in
 * one batch. The daily rollups stay: they hold counts, nothing about a person, and keep the indices of
 * past periods intact.
 */
export async function deleteResponsesBefore(db: Db, orgId: string, cutoff: string): Promise<number> {
  const old = db
    .select({ id: responses.id })
    .from(responses)
    .where(and(inArray(responses.unitId, db.select({ id: units.id }).from(units).where(sql`${units.orgId} = ${orgId}`)), lt(responses.localDate, cutoff)));
  const [, deleted] = await db.batch([
    db.delete(answers).where(inArray(answers.responseId, old)),
    db.delete(responses).where(inArray(responses.id, old)).returning({ id: responses.id }),
  ]);
  return deleted.length;
}
