import { and, asc, between, eq, gt, inArray, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../db";
import { answers, responses, services } from "../schema";

export type ResponseCursor = { localDate: string; id: string };
type PageQuery = { unitIds: string[]; from: string; to: string; after: ResponseCursor | null; limit: number };

/**
 * Pages through a unit set's responses of a period in a stable (local date, id) order, with each
 * page's answers. The caller names the columns, so each reader gets exactly the fields it may see.
 */
async function pageWith<C extends Record<string, SQLiteColumn | SQL>>(db: Db, q: PageQuery, columns: C) {
  const r = responses;
  const after = q.after ? or(gt(r.localDate, q.after.localDate), and(eq(r.localDate, q.after.localDate), gt(r.id, q.after.id))) : undefined;
  const rows = await db
    .select({ ...columns, id: r.id, localDate: r.localDate })
    .from(r)
    .leftJoin(services, eq(services.id, r.serviceId))
    .where(and(inArray(r.unitId, q.unitIds), between(r.localDate, q.from, q.to), after))
    .orderBy(asc(r.localDate), asc(r.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const ids = page.map((p) => (p as unknown as { id: string }).id);
  const items = ids.length === 0 ? [] : await db.select({ responseId: answers.responseId, item: answers.item, value: answers.value }).from(answers).where(inArray(answers.responseId, ids));
  return { rows: page, answers: items, hasMore: rows.length > q.limit };
}

const r = responses;
const profile = { age: r.age, gender: r.gender, education: r.education, occupation: r.occupation };

/** Anonymised rows for evaluators who recompute the indices: no comment, no touchpoint, no time of day. */
export function pageResponses(db: Db, q: PageQuery) {
  return pageWith(db, q, { unitId: r.unitId, serviceId: r.serviceId, lang: r.lang, steered: r.steered, ...profile });
}

/** Rows for the unit's own export: service names, and the comment for those who may read it. */
export function exportPage(db: Db, q: PageQuery) {
  return pageWith(db, q, { service: services.name, lang: r.lang, steered: r.steered, comment: r.comment, ...profile });
}
