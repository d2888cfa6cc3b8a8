import { and, between, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db";
import { responses, rollupItemDaily, rollupProfileDaily } from "../schema";

/** How many respondents chose each value of each item: the answer distribution of a unit and period. */
export async function itemDistribution(db: Db, unitIds: string[], from: string, to: string) {
  const i = rollupItemDaily;
  return db
    .select({ item: i.item, value: i.value, count: sql<number>`sum(${i.count})` })
    .from(i)
    .where(and(inArray(i.unitId, unitIds), between(i.localDate, from, to)))
    .groupBy(i.item, i.value);
}

/** Respondents per profile band (age, gender, education, occupation) from the profile rollup. */
export async function profileCounts(db: Db, unitIds: string[], from: string, to: string) {
  const p = rollupProfileDaily;
  return db
    .select({ field: p.field, band: p.band, count: sql<number>`sum(${p.count})` })
    .from(p)
    .where(and(inArray(p.unitId, unitIds), between(p.localDate, from, to)))
    .groupBy(p.field, p.band);
}

export type CommentFilter = {
  unitIds: string[];
  from: string;
  to: string;
  search?: string;
  status?: string;
  limit: number;
  /** Comments to skip: a page's start (newest first). */
  offset?: number;
};

function commentWhere(f: Omit<CommentFilter, "limit" | "offset">) {
  const r = responses;
  // LIKE treats % and _ as wildcards: a search for "50%" must find the text "50%".
  const like = `%${(f.search ?? "").replace(/[%_\\]/g, "\\$&")}%`;
  return and(
    inArray(r.unitId, f.unitIds),
    between(r.localDate, f.from, f.to),
    sql`(${r.comment} is not null or ${r.improvement} is not null)`,
    f.search ? sql`(${r.comment} like ${like} escape '\\' or ${r.improvement} like ${like} escape '\\')` : undefined,
    f.status ? eq(r.commentStatus, f.status) : undefined,
  );
}

/** How many comments a filter finds: the number of pages. */
export async function countComments(db: Db, f: Omit<CommentFilter, "limit" | "offset">): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(responses)
    .where(commentWhere(f));
  return row?.n ?? 0;
}

/** Comments of a period, newest first, optionally by text and triage status. */
export async function listComments(db: Db, f: CommentFilter) {
  const r = responses;
  return (
    db
      .select({
        id: r.id,
        unitId: r.unitId,
        localDate: r.localDate,
        comment: r.comment,
        improvement: r.improvement,
        status: r.commentStatus,
        redactedAt: r.commentRedactedAt,
      })
      .from(r)
      .where(commentWhere(f))
      // The id last: pages of equal dates and times never share or skip a comment.
      .orderBy(desc(r.localDate), desc(r.submittedAt), desc(r.id))
      .limit(f.limit)
      .offset(f.offset ?? 0)
  );
}

/** The unit and comment of each of these responses (those that exist). */
export function getCommentUnits(db: Db, responseIds: string[]) {
  return db
    .select({
      id: responses.id,
      unitId: responses.unitId,
      comment: responses.comment,
      improvement: responses.improvement,
    })
    .from(responses)
    .where(inArray(responses.id, responseIds));
}

export function setCommentStatus(db: Db, responseIds: string[], status: string) {
  return db.update(responses).set({ commentStatus: status }).where(inArray(responses.id, responseIds));
}

export function redactComment(
  db: Db,
  responseId: string,
  texts: { comment: string | null; improvement: string | null },
  now: number,
) {
  return db
    .update(responses)
    .set({ ...texts, commentRedactedAt: now })
    .where(eq(responses.id, responseId));
}
