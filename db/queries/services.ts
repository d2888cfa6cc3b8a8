import { asc, eq } from "drizzle-orm";
import type { Db } from "../db";
import { services, units } from "../schema";

/** A service with the organization of its unit, or null. */
export async function getService(db: Db, id: string) {
  const [row] = await db
    .select({
      id: services.id,
      unitId: services.unitId,
      name: services.name,
      population: services.population,
      orgId: units.orgId,
    })
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .where(eq(services.id, id));
  return row ?? null;
}

/** The services of a unit by name, with their yearly populations. */
export function listUnitServices(db: Db, unitId: string) {
  return db
    .select({ id: services.id, name: services.name, population: services.population })
    .from(services)
    .where(eq(services.unitId, unitId))
    .orderBy(asc(services.name));
}

export function updateServicePopulation(db: Db, id: string, population: number | null) {
  return db.update(services).set({ population }).where(eq(services.id, id));
}
