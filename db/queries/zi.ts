import { and, asc, eq, like } from "drizzle-orm";
import type { Db } from "../db";
import { publicationChannels, publishedSnapshots, ziCapaian } from "../schema";

/** The capaian kinerja grade a unit entered for a year, or null. */
export async function getCapaianGrade(db: Db, unitId: string, year: number): Promise<string | null> {
  const [row] = await db
    .select({ grade: ziCapaian.grade })
    .from(ziCapaian)
    .where(and(eq(ziCapaian.unitId, unitId), eq(ziCapaian.year, year)))
    .limit(1);
  return row?.grade ?? null;
}

/** One grade per unit and year: entering it again replaces it. */
export function setCapaianGrade(db: Db, row: { unitId: string; year: number; grade: string; updatedAt: number }) {
  return db
    .insert(ziCapaian)
    .values(row)
    .onConflictDoUpdate({
      target: [ziCapaian.unitId, ziCapaian.year],
      set: { grade: row.grade, updatedAt: row.updatedAt },
    });
}

/** The channels a unit logged for the results of a year's periods (2026, 2026-Q3, 2026-07 …), oldest first. */
export async function listPublicationChannels(db: Db, unitId: string, year: number) {
  const p = publicationChannels;
  return db
    .select({
      id: p.id,
      period: p.period,
      channel: p.channel,
      online: p.online,
      publishedOn: p.publishedOn,
      reference: p.reference,
    })
    .from(p)
    .where(and(eq(p.unitId, unitId), like(p.period, `${year}%`)))
    .orderBy(asc(p.publishedOn), asc(p.createdAt));
}

export function insertPublicationChannel(db: Db, row: typeof publicationChannels.$inferInsert) {
  return db.insert(publicationChannels).values(row);
}

/** One logged channel of a unit (null when the id is another unit's or none). */
export async function getPublicationChannel(db: Db, unitId: string, id: string) {
  const p = publicationChannels;
  const [row] = await db
    .select({ id: p.id, period: p.period, channel: p.channel, publishedOn: p.publishedOn })
    .from(p)
    .where(and(eq(p.id, id), eq(p.unitId, unitId)))
    .limit(1);
  return row ?? null;
}

export function deletePublicationChannel(db: Db, unitId: string, id: string) {
  return db
    .delete(publicationChannels)
    .where(and(eq(publicationChannels.id, id), eq(publicationChannels.unitId, unitId)));
}

/** The periods of a year a unit published on its public page (each once, whatever the versions). */
export async function listPublishedPeriods(db: Db, unitId: string, year: number): Promise<string[]> {
  const s = publishedSnapshots;
  const rows = await db
    .selectDistinct({ period: s.period })
    .from(s)
    .where(and(eq(s.unitId, unitId), like(s.period, `${year}%`)))
    .orderBy(asc(s.period));
  return rows.map((r) => r.period);
}
