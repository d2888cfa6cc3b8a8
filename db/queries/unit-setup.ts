import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../db";
import { services, units } from "../schema";

/** Every unit of an organization, deactivated ones too: the setup tree and the import's code check. */
export function listOrgUnitsForSetup(db: Db, orgId: string) {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      parentId: units.parentId,
      population: units.population,
      deactivatedAt: units.deactivatedAt,
    })
    .from(units)
    .where(eq(units.orgId, orgId))
    .orderBy(asc(units.code));
}

/** Which of `codes` units of other organizations use (a code is a public address: unique everywhere). */
export async function codesUsedElsewhere(db: Db, orgId: string, codes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  // One read per 2,000 codes keeps each statement far under SQLite's bound-parameter limit.
  for (let i = 0; i < codes.length; i += 2000) {
    const rows = await db
      .select({ code: units.code })
      .from(units)
      .where(and(ne(units.orgId, orgId), inArray(units.code, codes.slice(i, i + 2000))));
    for (const r of rows) found.add(r.code);
  }
  return found;
}

/** The service names of every unit of an organization, by unit id. */
export async function serviceNamesByUnit(db: Db, orgId: string): Promise<Map<string, Set<string>>> {
  const rows = await db
    .select({ unitId: services.unitId, name: services.name })
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .where(eq(units.orgId, orgId));
  const out = new Map<string, Set<string>>();
  for (const r of rows) out.set(r.unitId, (out.get(r.unitId) ?? new Set()).add(r.name));
  return out;
}

/** Many units in a few statements (chunks under the parameter limit), for one batch. */
export function insertUnitRows(db: Db, rows: (typeof units.$inferInsert)[]) {
  const out = [];
  for (let i = 0; i < rows.length; i += 500) out.push(db.insert(units).values(rows.slice(i, i + 500)));
  return out;
}

/** Many services in a few statements; a name a unit has already is left as it is. */
export function insertServiceRows(db: Db, rows: { id: string; unitId: string; name: string }[]) {
  const out = [];
  for (let i = 0; i < rows.length; i += 1000)
    out.push(
      db
        .insert(services)
        .values(rows.slice(i, i + 1000))
        .onConflictDoNothing(),
    );
  return out;
}

export function updateUnitPlace(
  db: Db,
  id: string,
  changes: { name: string; parentId: string | null; population: number | null },
) {
  return db.update(units).set(changes).where(eq(units.id, id));
}

export function setUnitDeactivatedAt(db: Db, id: string, at: number | null) {
  return db.update(units).set({ deactivatedAt: at }).where(eq(units.id, id));
}

/** How many active units sit directly under a unit. */
export async function countActiveChildren(db: Db, unitId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(units)
    .where(and(eq(units.parentId, unitId), isNull(units.deactivatedAt)));
  return row?.n ?? 0;
}

/** A unit's services, deactivated ones too, for its setup page. */
export function listUnitServicesForSetup(db: Db, unitId: string) {
  return db
    .select({
      id: services.id,
      name: services.name,
      population: services.population,
      deactivatedAt: services.deactivatedAt,
    })
    .from(services)
    .where(eq(services.unitId, unitId))
    .orderBy(asc(services.name));
}

export function insertServiceRow(db: Db, row: { id: string; unitId: string; name: string; population: number | null }) {
  return db.insert(services).values(row);
}

export function renameServiceRow(db: Db, id: string, name: string) {
  return db.update(services).set({ name }).where(eq(services.id, id));
}

export function setServiceDeactivatedAt(db: Db, id: string, at: number | null) {
  return db.update(services).set({ deactivatedAt: at }).where(eq(services.id, id));
}
