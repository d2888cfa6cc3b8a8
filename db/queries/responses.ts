import { eq, sql } from "drizzle-orm";
import type { Db } from "../db";
import { answers, rateBuckets, responses, rollupItemDaily, rollupScoreDaily, rollupUnitDaily } from "../schema";

export type NewResponse = {
  id: string;
  unitId: string;
  serviceId: string | null;
  touchpointId: string;
  localDate: string;
  submittedAt: number;
  lang: string;
  nonce: string;
  steered: boolean | null;
  comment: string | null;
  profile: { age?: string; gender?: string; education?: string; occupation?: string };
  answers: { item: string; instrument: string; value: number }[];
};

export type RateCharge = { key: string; expiresAt: number };

/**
 * The whole write of one submission, as one atomic batch and one round trip: the response, its answers,
 * every rollup increment and the rate counter. If the nonce was already used the batch fails as a whole.
 */
export async function insertResponse(db: Db, r: NewResponse, rate?: RateCharge) {
  const { unitId, localDate } = r;
  const scores = new Map<string, { total: number }>();
  for (const a of r.answers) {
    const s = scores.get(a.instrument) ?? { total: 0 };
    s.total += a.value;
    scores.set(a.instrument, s);
  }
  const add = (col: string) => sql.raw(`"${col}" + excluded."${col}"`);
  const statements = [
    db.insert(responses).values({
      id: r.id,
      unitId,
      serviceId: r.serviceId,
      touchpointId: r.touchpointId,
      localDate,
      submittedAt: r.submittedAt,
      lang: r.lang,
      nonce: r.nonce,
      steered: r.steered,
      comment: r.comment,
      ...r.profile,
    }),
    db
      .insert(rollupUnitDaily)
      .values({
        unitId,
        localDate,
        respondents: 1,
        steeredYes: r.steered ? 1 : 0,
        steeredAnswered: r.steered === null ? 0 : 1,
      })
      .onConflictDoUpdate({
        target: [rollupUnitDaily.unitId, rollupUnitDaily.localDate],
        set: { respondents: add("respondents"), steeredYes: add("steered_yes"), steeredAnswered: add("steered_answered") },
      }),
  ] as const;
  const optional = [];
  if (r.answers.length > 0) {
    optional.push(
      db.insert(answers).values(r.answers.map((a) => ({ responseId: r.id, ...a }))),
      db
        .insert(rollupItemDaily)
        .values(r.answers.map((a) => ({ unitId, localDate, instrument: a.instrument, item: a.item, value: a.value, count: 1 })))
        .onConflictDoUpdate({
          target: [rollupItemDaily.unitId, rollupItemDaily.localDate, rollupItemDaily.item, rollupItemDaily.value],
          set: { count: add("count") },
        }),
      db
        .insert(rollupScoreDaily)
        .values(
          [...scores].map(([instrument, s]) => ({
            unitId,
            localDate,
            instrument,
            respondents: 1,
            scoreSum: s.total,
            scoreSqSum: s.total * s.total,
          })),
        )
        .onConflictDoUpdate({
          target: [rollupScoreDaily.unitId, rollupScoreDaily.localDate, rollupScoreDaily.instrument],
          set: { respondents: add("respondents"), scoreSum: add("score_sum"), scoreSqSum: add("score_sq_sum") },
        }),
    );
  }
  if (rate) {
    optional.push(
      db
        .insert(rateBuckets)
        .values({ key: rate.key, count: 1, expiresAt: rate.expiresAt })
        .onConflictDoUpdate({ target: rateBuckets.key, set: { count: add("count") } }),
    );
  }
  await db.batch([...statements, ...optional]);
}

export async function findResponseIdByNonce(db: Db, nonce: string): Promise<string | null> {
  const [row] = await db.select({ id: responses.id }).from(responses).where(eq(responses.nonce, nonce)).limit(1);
  return row?.id ?? null;
}
