import { and, count, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db";
import { answers, followUps, responseFlags, responses, services, units } from "../schema";

/** baru (new) → dilihat (seen) → ditangani (being handled) → selesai (closed). */
export const FLAG_STATUSES = ["baru", "dilihat", "ditangani", "selesai"] as const;

export type FlagFilter = { unitIds: string[]; status?: string };

// Unit first, then status: the response_flags_unit_idx index (unit_id, status, local_date) answers both.
const flagWhere = (f: FlagFilter) =>
  and(inArray(responseFlags.unitId, f.unitIds), f.status ? eq(responseFlags.status, f.status) : undefined);

export async function countFlags(db: Db, f: FlagFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(responseFlags).where(flagWhere(f));
  return row?.n ?? 0;
}

/** How many flags of each unit are in each status: one grouped read over the index. */
export async function flagCountsByStatus(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  const f = responseFlags;
  return db
    .select({ unitId: f.unitId, status: f.status, n: count() })
    .from(f)
    .where(inArray(f.unitId, unitIds))
    .groupBy(f.unitId, f.status);
}

/** One page of flagged responses, newest first, with what the inbox shows of each response. */
export async function listFlags(db: Db, f: FlagFilter & { limit: number; offset: number }) {
  const fl = responseFlags;
  const r = responses;
  return (
    db
      .select({
        responseId: fl.responseId,
        unitId: fl.unitId,
        unitName: units.name,
        localDate: fl.localDate,
        reasons: fl.reasons,
        status: fl.status,
        followUpId: fl.followUpId,
        submittedAt: r.submittedAt,
        comment: r.comment,
        improvement: r.improvement,
        service: services.name,
      })
      .from(fl)
      .innerJoin(r, eq(r.id, fl.responseId))
      .innerJoin(units, eq(units.id, fl.unitId))
      .leftJoin(services, eq(services.id, r.serviceId))
      .where(flagWhere(f))
      // The id last: pages of equal dates and times never share or skip a flag.
      .orderBy(desc(fl.localDate), desc(r.submittedAt), desc(fl.responseId))
      .limit(f.limit)
      .offset(f.offset)
  );
}

/** The SKM items answered 1 in these responses: which unsur a flag's "skm_1" is about. */
export function skmOnes(db: Db, responseIds: string[]) {
  if (responseIds.length === 0) return Promise.resolve([]);
  return db
    .select({ responseId: answers.responseId, item: answers.item })
    .from(answers)
    .where(and(inArray(answers.responseId, responseIds), eq(answers.instrument, "skm"), eq(answers.value, 1)));
}

/** The flags of these responses with their unit, for a triage to check before it changes anything. */
export function getFlags(db: Db, responseIds: string[]) {
  return db
    .select({ responseId: responseFlags.responseId, unitId: responseFlags.unitId, localDate: responseFlags.localDate })
    .from(responseFlags)
    .where(inArray(responseFlags.responseId, responseIds));
}

export function setFlagStatus(db: Db, responseIds: string[], status: string, now: number) {
  return db.update(responseFlags).set({ status, updatedAt: now }).where(inArray(responseFlags.responseId, responseIds));
}

export function setFlagFollowUp(db: Db, responseId: string, followUpId: string | null, now: number) {
  return db.update(responseFlags).set({ followUpId, updatedAt: now }).where(eq(responseFlags.responseId, responseId));
}

/** The follow-ups a flag of the unit can be linked to, newest plans first (a bounded list for a select). */
export function followUpChoices(db: Db, unitId: string) {
  const f = followUps;
  return db
    .select({ id: f.id, period: f.period, item: f.item, action: f.action, status: f.status })
    .from(f)
    .where(eq(f.unitId, unitId))
    .orderBy(desc(f.period), desc(f.createdAt))
    .limit(100);
}
