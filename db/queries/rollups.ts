import { asc, sql } from "drizzle-orm";
import type { Db } from "../db";
import { answers, responses, rollupItemDaily, rollupScoreDaily, rollupUnitDaily } from "../schema";

/**
 * The three rollup tables as they should be, recomputed from the raw responses and answers. Slow by
 * design (it reads every answer): for verification and repair, never for serving an index.
 */
export async function recountRollups(db: Db) {
  const items = await db
    .select({
      unitId: responses.unitId,
      localDate: responses.localDate,
      instrument: answers.instrument,
      item: answers.item,
      value: answers.value,
      count: sql<number>`count(*)`,
    })
    .from(answers)
    .innerJoin(responses, sql`${responses.id} = ${answers.responseId}`)
    .groupBy(responses.unitId, responses.localDate, answers.item, answers.value)
    .orderBy(asc(responses.unitId), asc(responses.localDate), asc(answers.item), asc(answers.value));

  const perRespondent = db
    .select({
      unitId: responses.unitId,
      localDate: responses.localDate,
      instrument: answers.instrument,
      total: sql<number>`sum(${answers.value})`.as("total"),
    })
    .from(answers)
    .innerJoin(responses, sql`${responses.id} = ${answers.responseId}`)
    .groupBy(responses.id, answers.instrument)
    .as("per_respondent");
  const scores = await db
    .select({
      unitId: perRespondent.unitId,
      localDate: perRespondent.localDate,
      instrument: perRespondent.instrument,
      respondents: sql<number>`count(*)`,
      scoreSum: sql<number>`sum(${perRespondent.total})`,
      scoreSqSum: sql<number>`sum(${perRespondent.total} * ${perRespondent.total})`,
    })
    .from(perRespondent)
    .groupBy(perRespondent.unitId, perRespondent.localDate, perRespondent.instrument)
    .orderBy(asc(perRespondent.unitId), asc(perRespondent.localDate), asc(perRespondent.instrument));

  const days = await db
    .select({
      unitId: responses.unitId,
      localDate: responses.localDate,
      respondents: sql<number>`count(*)`,
      steeredYes: sql<number>`coalesce(sum(${responses.steered} = 1), 0)`,
      steeredAnswered: sql<number>`count(${responses.steered})`,
    })
    .from(responses)
    .groupBy(responses.unitId, responses.localDate)
    .orderBy(asc(responses.unitId), asc(responses.localDate));

  return { items, scores, days };
}

/** The rollup tables as stored, in the same order and shape as `recountRollups`. */
export async function readRollups(db: Db) {
  const t = rollupItemDaily;
  const s = rollupScoreDaily;
  const u = rollupUnitDaily;
  const [items, scores, days] = await db.batch([
    db
      .select({ unitId: t.unitId, localDate: t.localDate, instrument: t.instrument, item: t.item, value: t.value, count: t.count })
      .from(t)
      .orderBy(asc(t.unitId), asc(t.localDate), asc(t.item), asc(t.value)),
    db
      .select({ unitId: s.unitId, localDate: s.localDate, instrument: s.instrument, respondents: s.respondents, scoreSum: s.scoreSum, scoreSqSum: s.scoreSqSum })
      .from(s)
      .orderBy(asc(s.unitId), asc(s.localDate), asc(s.instrument)),
    db
      .select({ unitId: u.unitId, localDate: u.localDate, respondents: u.respondents, steeredYes: u.steeredYes, steeredAnswered: u.steeredAnswered })
      .from(u)
      .orderBy(asc(u.unitId), asc(u.localDate)),
  ]);
  return { items, scores, days };
}
