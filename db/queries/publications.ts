import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db";
import { organizations, publishedSnapshots, units } from "../schema";

/** A snapshot as a given version; the unique (unit, period, version) index refuses a version taken meanwhile. */
export function insertSnapshot(db: Db, s: typeof publishedSnapshots.$inferInsert) {
  return db.insert(publishedSnapshots).values(s);
}

export async function latestSnapshotVersion(db: Db, unitId: string, period: string): Promise<number> {
  const p = publishedSnapshots;
  const [row] = await db
    .select({ v: sql<number | null>`max(${p.version})` })
    .from(p)
    .where(and(eq(p.unitId, unitId), eq(p.period, period)));
  return row?.v ?? 0;
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

/** Units that have published at least once, with their organization, for the public index (and the first `limit` for `/`). */
export async function listPublishedUnits(db: Db, orgSlug?: string, limit?: number, offset = 0) {
  const query = db
    .selectDistinct({ code: units.code, name: units.name, orgName: organizations.name, orgSlug: organizations.slug })
    .from(publishedSnapshots)
    .innerJoin(units, eq(units.id, publishedSnapshots.unitId))
    .innerJoin(organizations, eq(organizations.id, units.orgId))
    .where(orgSlug ? eq(organizations.slug, orgSlug) : undefined)
    .orderBy(asc(organizations.name), asc(organizations.slug), asc(units.name));
  return limit === undefined ? query : query.limit(limit).offset(offset);
}
