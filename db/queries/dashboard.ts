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
};

/** Comments (and answers to "what most needs to improve?") of a period, newest first, by text and status. */
export async function listComments(db: Db, f: CommentFilter) {
  const r = responses;
  // LIKE treats % and _ as wildcards: a search for "50%" must find the text "50%".
  const like = `%${(f.search ?? "").replace(/[%_\\]/g, "\\$&")}%`;
  return db
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
    .where(
      and(
        inArray(r.unitId, f.unitIds),
        between(r.localDate, f.from, f.to),
        sql`(${r.comment} is not null or ${r.improvement} is not null)`,
        f.search
          ? sql`(${r.comment} like ${like} escape '\\' or ${r.improvement} like ${like} escape '\\')`
          : undefined,
        f.status ? eq(r.commentStatus, f.status) : undefined,
      ),
    )
    .orderBy(desc(r.localDate), desc(r.submittedAt))
    .limit(f.limit);
}

export async function getCommentUnit(db: Db, responseId: string) {
  const [row] = await db
    .select({ unitId: responses.unitId, comment: responses.comment, improvement: responses.improvement })
    .from(responses)
    .where(eq(responses.id, responseId))
    .limit(1);
  return row ?? null;
}

export function setCommentStatus(db: Db, responseId: string, status: string) {
  return db.update(responses).set({ commentStatus: status }).where(eq(responses.id, responseId));
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
