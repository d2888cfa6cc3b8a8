import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../db";
import { organizations, responseFlags, responses, services, touchpoints, unitDigests, units, users } from "../schema";

/** Every working unit with the zone its days are counted in (its own, else its organization's). */
export async function listDigestUnits(db: Db) {
  const rows = await db
    .select({ id: units.id, name: units.name, unitZone: units.timeZone, orgZone: organizations.timeZone })
    .from(units)
    .innerJoin(organizations, eq(organizations.id, units.orgId))
    .where(isNull(units.deactivatedAt))
    .orderBy(asc(units.id));
  return rows.map(({ unitZone, orgZone, ...u }) => ({ ...u, timeZone: unitZone ?? orgZone }));
}

/**
 * Takes a unit's day for its digest; false when it was taken already (sent, or nothing to send). Taken
 * before sending, so two runs never mail twice; released again when sending fails.
 */
export async function claimDigest(db: Db, row: typeof unitDigests.$inferInsert) {
  const taken = await db.insert(unitDigests).values(row).onConflictDoNothing().returning({ day: unitDigests.day });
  return taken.length === 1;
}

export async function releaseDigest(db: Db, unitId: string, day: string) {
  await db.delete(unitDigests).where(and(eq(unitDigests.unitId, unitId), eq(unitDigests.day, day)));
}

/** The warning signs of a unit's local day, oldest first, with what the dashboard shows of each. */
export async function listDayFlags(db: Db, unitId: string, day: string) {
  return db
    .select({
      responseId: responseFlags.responseId,
      reasons: responseFlags.reasons,
      submittedAt: responses.submittedAt,
      comment: responses.comment,
      improvement: responses.improvement,
      service: services.name,
      touchpoint: touchpoints.label,
    })
    .from(responseFlags)
    .innerJoin(responses, eq(responses.id, responseFlags.responseId))
    .leftJoin(services, eq(services.id, responses.serviceId))
    .leftJoin(touchpoints, eq(touchpoints.id, responses.touchpointId))
    .where(and(eq(responseFlags.unitId, unitId), eq(responseFlags.localDate, day)))
    .orderBy(asc(responses.submittedAt), asc(responseFlags.responseId));
}

/** Who hears about a unit: the enabled accounts of that unit itself (its managers and viewers). */
export async function listUnitRecipients(db: Db, unitId: string) {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.unitId, unitId), isNull(users.disabledAt)))
    .orderBy(asc(users.email));
  return rows.map((r) => r.email);
}
