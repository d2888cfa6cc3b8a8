import { and, count, eq, sql } from "drizzle-orm";
import type { Db } from "../db";
import { organizations, services, units } from "../schema";

export async function countOrganizations(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organizations);
  return row?.n ?? 0;
}

export function insertOrganization(db: Db, row: typeof organizations.$inferInsert) {
  return db.insert(organizations).values(row);
}

export async function getOrganizationBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1);
  return row ?? null;
}

export function insertUnit(db: Db, row: typeof units.$inferInsert) {
  return db.insert(units).values(row);
}

export async function getUnit(db: Db, id: string) {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return row ?? null;
}

export async function getUnitByCode(db: Db, code: string) {
  const [row] = await db.select().from(units).where(eq(units.code, code)).limit(1);
  return row ?? null;
}

/** A unit's service by name, created on first use (an insert that does nothing when it exists). */
export function ensureService(db: Db, unitId: string, name: string, newId: string) {
  return db.insert(services).values({ id: newId, unitId, name }).onConflictDoNothing();
}

/** A unit's service id by name, creating the service on first use (seeding: tests, benchmarks). */
export async function ensureServiceId(db: Db, unitId: string, name: string, newId: string): Promise<string> {
  await ensureService(db, unitId, name, newId);
  const [row] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.unitId, unitId), eq(services.name, name)))
    .limit(1);
  return row!.id;
}

/** Settings JSON as given, unchecked: for tests and seeding only; every real write goes through an action. */
export function updateOrganizationSettings(db: Db, id: string, settings: string) {
  return db.update(organizations).set({ settings }).where(eq(organizations.id, id));
}

/** The id of a unit's service by name, as a value inside another statement of the same batch. */
export function serviceIdByName(unitId: string, name: string) {
  return sql`(select ${services.id} from ${services} where ${services.unitId} = ${unitId} and ${services.name} = ${name})`;
}

export async function getOrganizationById(db: Db, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return row ?? null;
}

export function updateUnitSettings(
  db: Db,
  id: string,
  changes: { settings: string; population: number | null; timeZone: string | null },
) {
  return db.update(units).set(changes).where(eq(units.id, id));
}

export function updateOrganization(db: Db, id: string, changes: { settings: string; timeZone: string }) {
  return db.update(organizations).set(changes).where(eq(organizations.id, id));
}
