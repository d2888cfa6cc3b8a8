import { and, asc, between, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../db";
import { answers, responses, services } from "../schema";

export type ResponseCursor = { unitId: string; localDate: string; id: string };
type PageQuery = { unitIds: string[]; from: string; to: string; after: ResponseCursor | null; limit: number };

/**
 * Pages through a unit set's responses of a period in a stable order (unit, local date, id), with each
 * page's answers as one `{ item: value }` object per row (folded in SQL: one row per response, not one
 * per answer). One unit at a time, so every query is a seek on the (unit, date, id) index: a page deep
 * into a year costs what the first one does. The caller names the columns, so each reader gets exactly
 * the fields it may see.
 */
async function pageWith<C extends Record<string, SQLiteColumn | SQL>>(db: Db, q: PageQuery, columns: C) {
  const r = responses;
  const unitPage = (unitId: string, after: ResponseCursor | null, limit: number) =>
    db
      .select({ ...columns, id: r.id, unitId: r.unitId, localDate: r.localDate, answers: answersOf })
      .from(r)
      .leftJoin(services, eq(services.id, r.serviceId))
      .where(
        and(
          eq(r.unitId, unitId),
          between(r.localDate, q.from, q.to),
          after ? sql`(${r.localDate}, ${r.id}) > (${after.localDate}, ${after.id})` : undefined,
        ),
      )
      .orderBy(asc(r.localDate), asc(r.id))
      .limit(limit);
  // Units in a fixed order; the cursor's unit resumes after its row, the units after it from their start.
  const units = [...q.unitIds].sort().filter((u) => !q.after || u >= q.after.unitId);
  const rows: Awaited<ReturnType<typeof unitPage>> = [];
  for (const unitId of units) {
    if (rows.length > q.limit) break;
    rows.push(...(await unitPage(unitId, q.after?.unitId === unitId ? q.after : null, q.limit + 1 - rows.length)));
  }
  return { rows: rows.slice(0, q.limit), hasMore: rows.length > q.limit };
}

const answersOf =
  sql<string>`(select json_group_object(${answers.item}, ${answers.value}) from ${answers} where ${answers.responseId} = ${responses.id})`.mapWith(
    (json: string) => JSON.parse(json) as Record<string, number>,
  );

const r = responses;
const profile = { age: r.age, gender: r.gender, education: r.education, occupation: r.occupation };

/** Anonymised rows for evaluators who recompute the indices: no comment, no touchpoint, no time of day. */
export function pageResponses(db: Db, q: PageQuery) {
  return pageWith(db, q, { serviceId: r.serviceId, lang: r.lang, channel: r.channel, steered: r.steered, ...profile });
}

/** Rows for the unit's own export: service names, and the free texts for those who may read them. */
export function exportPage(db: Db, q: PageQuery) {
  const texts = { comment: r.comment, improvement: r.improvement };
  const channel = r.channel;
  return pageWith(db, q, { service: services.name, lang: r.lang, channel, steered: r.steered, ...texts, ...profile });
}
