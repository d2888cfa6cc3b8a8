import { count } from "drizzle-orm";
import type { Db } from "../../db/db";
import { answers, rateBuckets, responses, rollupItemDaily, rollupScoreDaily, rollupUnitDaily } from "../../db/schema";

/** Row counts of every table a submission writes: "nothing stored" means all of these stay put. */
export async function writtenRows(db: Db) {
  const n = async (t: typeof responses | typeof answers | typeof rollupItemDaily | typeof rollupScoreDaily | typeof rollupUnitDaily | typeof rateBuckets) =>
    (await db.select({ n: count() }).from(t))[0]!.n;
  return {
    responses: await n(responses),
    answers: await n(answers),
    itemRollups: await n(rollupItemDaily),
    scoreRollups: await n(rollupScoreDaily),
    unitRollups: await n(rollupUnitDaily),
    rateBuckets: await n(rateBuckets),
  };
}
