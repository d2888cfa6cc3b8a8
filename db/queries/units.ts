import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db";
import { units } from "../schema";

export type UnitSummary = {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  population: number | null;
};

/** A unit and every unit below it, however deep the tree (eselon I → satker → UPT …). */
export async function unitSubtree(db: Db, rootId: string): Promise<{ id: string; population: number | null }[]> {
  return db.all(sql`
    with recursive subtree(id, population) as (
      select id, population from units where id = ${rootId}
      union
      select u.id, u.population from units u join subtree s on u.parent_id = s.id
    )
    select id, population from subtree`);
}

const summary = {
  id: units.id,
  code: units.code,
  name: units.name,
  parentId: units.parentId,
  population: units.population,
};

/** An organization's active units: a deactivated one keeps its history but leaves the lists and overviews. */
export async function listOrgUnits(db: Db, orgId: string): Promise<UnitSummary[]> {
  return db
    .select(summary)
    .from(units)
    .where(and(eq(units.orgId, orgId), isNull(units.deactivatedAt)))
    .orderBy(asc(units.code));
}

export async function listUnitsById(db: Db, orgId: string, ids: string[]): Promise<UnitSummary[]> {
  if (ids.length === 0) return [];
  return db
    .select(summary)
    .from(units)
    .where(and(eq(units.orgId, orgId), inArray(units.id, ids), isNull(units.deactivatedAt)))
    .orderBy(asc(units.code));
}

/** Whether `unitId` is `rootId` or lies anywhere below it: one walk up the tree from the unit. */
export async function isInSubtree(db: Db, rootId: string, unitId: string): Promise<boolean> {
  const rows = await db.all(sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from units where id = ${unitId}
      union
      select u.id, u.parent_id from units u join up on u.id = up.parent_id
    )
    select 1 from up where id = ${rootId} limit 1`);
  return rows.length > 0;
}

/** A unit with what its indices need: its organization's settings and zone. */
export async function getUnitWithOrg(db: Db, id: string) {
  const [row] = await db.all<{
    id: string;
    orgId: string;
    parentId: string | null;
    code: string;
    name: string;
    population: number | null;
    timeZone: string;
    orgSettings: string;
  }>(sql`
    select u.id, u.org_id as orgId, u.parent_id as parentId, u.code, u.name, u.population,
           coalesce(u.time_zone, o.time_zone) as timeZone, o.settings as orgSettings
    from units u join organizations o on o.id = u.org_id
    where u.id = ${id}`);
  return row ?? null;
}

export type UnitWithOrg = NonNullable<Awaited<ReturnType<typeof getUnitWithOrg>>>;

/** An organization's units with their own settings and zone, for the settings page in one read. */
export async function listOrgUnitSettings(db: Db, orgId: string) {
  return db
    .select({
      id: units.id,
      name: units.name,
      population: units.population,
      timeZone: units.timeZone,
      settings: units.settings,
    })
    .from(units)
    .where(and(eq(units.orgId, orgId), isNull(units.deactivatedAt)))
    .orderBy(asc(units.code));
}

/** Every unit with its organization's zone and settings (for retention cut-offs). */
export async function listUnitsWithOrgSettings(db: Db) {
  return db.all<{ unitId: string; orgId: string; timeZone: string; orgSettings: string }>(sql`
    select u.id as unitId, o.id as orgId, o.time_zone as timeZone, o.settings as orgSettings
    from units u join organizations o on o.id = u.org_id`);
}
