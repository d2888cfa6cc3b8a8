import { and, asc, between, gt, inArray, or, eq } from "drizzle-orm";
import type { Db } from "../db";
import { answers, responses } from "../schema";

export type ResponseCursor = { localDate: string; id: string };

/**
 * One page of anonymised responses (no comment, no touchpoint, no time of day) in a stable order, with
 * their answers: for evaluators who recompute the indices themselves.
 */
export async function pageResponses(
  db: Db,
  q: { unitIds: string[]; from: string; to: string; after: ResponseCursor | null; limit: number },
) {
  const r = responses;
  const rows = await db
    .select({
      id: r.id,
      unitId: r.unitId,
      serviceId: r.serviceId,
      localDate: r.localDate,
      lang: r.lang,
      steered: r.steered,
      age: r.age,
      gender: r.gender,
      education: r.education,
      occupation: r.occupation,
    })
    .from(r)
    .where(
      and(
        inArray(r.unitId, q.unitIds),
        between(r.localDate, q.from, q.to),
        q.after ? or(gt(r.localDate, q.after.localDate), and(eq(r.localDate, q.after.localDate), gt(r.id, q.after.id))) : undefined,
      ),
    )
    .orderBy(asc(r.localDate), asc(r.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const items =
    page.length === 0
      ? []
      : await db
          .select({ responseId: answers.responseId, item: answers.item, value: answers.value })
          .from(answers)
          .where(inArray(answers.responseId, page.map((p) => p.id)));
  return { rows: page, answers: items, hasMore: rows.length > q.limit };
}
