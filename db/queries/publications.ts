import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db";
import { organizations, publishedSnapshots, units } from "../schema";

/**
 * Stores a snapshot as the next version of its unit and period. The version is computed inside the
 * insert, so two publications at the same moment cannot both become version 2 (the unique index holds).
 */
export async function insertSnapshot(db: Db, s: { id: string; unitId: string; period: string; publishedAt: number; publishedBy: string; data: string }) {
  const p = publishedSnapshots;
  const rows = await db.all<{ version: number }>(sql`
    insert into ${p} (id, unit_id, period, version, published_at, published_by, data)
    select ${s.id}, ${s.unitId}, ${s.period}, coalesce(max(${p.version}), 0) + 1, ${s.publishedAt}, ${s.publishedBy}, ${s.data}
    from ${p} where ${p.unitId} = ${s.unitId} and ${p.period} = ${s.period}
    returning version`);
  return rows[0]!.version;
}

/** Every snapshot of a unit, newest version first within a period (the caller orders periods by date). */
export async function listSnapshots(db: Db, unitId: string) {
  const p = publishedSnapshots;
  return db
    .select({ period: p.period, version: p.version, publishedAt: p.publishedAt, data: p.data })
    .from(p)
    .where(eq(p.unitId, unitId))
    .orderBy(asc(p.period), desc(p.version));
}

/** Units that have published at least once, with their organization, for the public index. */
export async function listPublishedUnits(db: Db, orgSlug?: string) {
  return db
    .selectDistinct({ code: units.code, name: units.name, orgName: organizations.name, orgSlug: organizations.slug })
    .from(publishedSnapshots)
    .innerJoin(units, eq(units.id, publishedSnapshots.unitId))
    .innerJoin(organizations, eq(organizations.id, units.orgId))
    .where(orgSlug ? eq(organizations.slug, orgSlug) : undefined)
    .orderBy(asc(organizations.name), asc(units.name));
}
