import { and, count, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../db";
import { answers, organizations, responseFlags, responses, units } from "../schema";

export async function listOrganizationsForRetention(db: Db) {
  return db
    .select({ id: organizations.id, timeZone: organizations.timeZone, settings: organizations.settings })
    .from(organizations);
}

const before = (db: Db, orgId: string, cutoff: string) =>
  db
    .select({ id: responses.id })
    .from(responses)
    .where(
      and(
        inArray(
          responses.unitId,
          db
            .select({ id: units.id })
            .from(units)
            .where(sql`${units.orgId} = ${orgId}`),
        ),
        lt(responses.localDate, cutoff),
      ),
    );

export async function countResponsesBefore(db: Db, orgId: string, cutoff: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(before(db, orgId, cutoff).as("old"));
  return row?.n ?? 0;
}

/**
 * The statements that delete an organization's raw responses (answers, comments, profile bands) dated
 * before `cutoff`. The rollups stay: they hold counts, nothing about a person, and keep the indices of
 * past periods intact.
 */
export function deleteResponsesBefore(db: Db, orgId: string, cutoff: string) {
  return [
    db.delete(answers).where(inArray(answers.responseId, before(db, orgId, cutoff))),
    db.delete(responseFlags).where(inArray(responseFlags.responseId, before(db, orgId, cutoff))),
    db.delete(responses).where(inArray(responses.id, before(db, orgId, cutoff))),
  ] as const;
}
