import { eq } from "drizzle-orm";
import type { Db } from "../db";
import { organizations, rateBuckets, responses, services, touchpoints, units } from "../schema";

function selectTouchpoint(db: Db) {
  return db
    .select({
      id: touchpoints.id,
      code: touchpoints.code,
      label: touchpoints.label,
      active: touchpoints.active,
      serviceId: touchpoints.serviceId,
      serviceName: services.name,
      unitId: units.id,
      unitName: units.name,
      unitSettings: units.settings,
      unitTimeZone: units.timeZone,
      orgName: organizations.name,
      orgTimeZone: organizations.timeZone,
      orgSettings: organizations.settings,
    })
    .from(touchpoints)
    .innerJoin(units, eq(units.id, touchpoints.unitId))
    .innerJoin(organizations, eq(organizations.id, units.orgId))
    .leftJoin(services, eq(services.id, touchpoints.serviceId));
}

/** Everything the survey page and its POST need about a QR code, in one read. */
export async function getTouchpointByCode(db: Db, code: string) {
  const [row] = await selectTouchpoint(db).where(eq(touchpoints.code, code)).limit(1);
  return row ?? null;
}

export type TouchpointRow = NonNullable<Awaited<ReturnType<typeof getTouchpointByCode>>>;

/**
 * The reads a submission needs (its touchpoint, an earlier use of its nonce, its rate counter) in one
 * batch: one round trip to Turso before the one write.
 */
export async function loadSubmitContext(db: Db, q: { touchpointId: string; nonce: string; rateKey: string }) {
  const [tp, existing, rate] = await db.batch([
    selectTouchpoint(db).where(eq(touchpoints.id, q.touchpointId)).limit(1),
    db.select({ id: responses.id }).from(responses).where(eq(responses.nonce, q.nonce)).limit(1),
    db.select({ count: rateBuckets.count }).from(rateBuckets).where(eq(rateBuckets.key, q.rateKey)).limit(1),
  ]);
  return { touchpoint: tp[0] ?? null, existingId: existing[0]?.id ?? null, rateCount: rate[0]?.count ?? 0 };
}

export async function getTouchpointById(db: Db, id: string) {
  const [row] = await db.select().from(touchpoints).where(eq(touchpoints.id, id)).limit(1);
  return row ?? null;
}

export async function insertTouchpoint(db: Db, row: typeof touchpoints.$inferInsert) {
  await db.insert(touchpoints).values(row);
}

export async function setTouchpointActive(db: Db, id: string, active: boolean) {
  await db.update(touchpoints).set({ active }).where(eq(touchpoints.id, id));
}
