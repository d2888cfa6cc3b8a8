import { and, asc, between, eq, gt, inArray, or } from "drizzle-orm";
import type { Db } from "../db";
import { answers, responses, services } from "../schema";

/** One page of a unit's responses for an export, with service names and answers, in a stable order. */
export async function exportPage(db: Db, q: { unitIds: string[]; from: string; to: string; after: { localDate: string; id: string } | null; limit: number }) {
  const r = responses;
  const rows = await db
    .select({
      id: r.id,
      localDate: r.localDate,
      service: services.name,
      lang: r.lang,
      age: r.age,
      gender: r.gender,
      education: r.education,
      occupation: r.occupation,
      steered: r.steered,
      comment: r.comment,
    })
    .from(r)
    .leftJoin(services, eq(services.id, r.serviceId))
    .where(
      and(
        inArray(r.unitId, q.unitIds),
        between(r.localDate, q.from, q.to),
        q.after ? or(gt(r.localDate, q.after.localDate), and(eq(r.localDate, q.after.localDate), gt(r.id, q.after.id))) : undefined,
      ),
    )
    .orderBy(asc(r.localDate), asc(r.id))
    .limit(q.limit);
  const values =
    rows.length === 0
      ? []
      : await db.select({ responseId: answers.responseId, item: answers.item, value: answers.value }).from(answers).where(inArray(answers.responseId, rows.map((x) => x.id)));
  return { rows, answers: values };
}
