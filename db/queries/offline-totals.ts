import { eq, sql } from "drizzle-orm";
import type { Db } from "../db";
import { responses } from "../schema";
import type { MonthlyTotals } from "./indices";

/**
 * What the responses collected elsewhere (paper, interview, other) add to the monthly totals of some
 * units and a date range, in the shape `sumRollupsByMonth` returns (one set for all the units). Reads
 * only those few responses, through the partial index on channel <> 'online', never the online ones.
 */
export async function sumOfflineByMonth(db: Db, unitIds: string[], from: string, to: string): Promise<MonthlyTotals> {
  const out: MonthlyTotals = { items: [], scores: [], days: [] };
  if (unitIds.length === 0) return out;
  const offline = sql`r.unit_id in (${sql.join(
    unitIds.map((id) => sql`${id}`),
    sql`, `,
  )}) and r.local_date between ${from} and ${to} and r.channel <> 'online'`;
  const [items, scores, days] = await db.batch([
    db.all<{ month: string; item: string; sum: number; n: number }>(sql`
      select substr(r.local_date, 1, 7) as month, a.item as item, sum(a.value) as sum, count(*) as n
      from responses r join answers a on a.response_id = r.id
      where ${offline} group by month, a.item`),
    db.all<{ month: string; instrument: string; respondents: number; scoreSum: number; scoreSqSum: number }>(sql`
      select month, instrument, count(*) as respondents, sum(total) as scoreSum, sum(total * total) as scoreSqSum
      from (select substr(r.local_date, 1, 7) as month, a.instrument as instrument, sum(a.value) as total
            from responses r join answers a on a.response_id = r.id
            where ${offline} group by r.id, a.instrument)
      group by month, instrument`),
    db.all<{ month: string; respondents: number; steeredYes: number; steeredAnswered: number }>(sql`
      select substr(r.local_date, 1, 7) as month, count(*) as respondents,
             coalesce(sum(r.steered = 1), 0) as steeredYes, count(r.steered) as steeredAnswered
      from responses r where ${offline} group by month`),
  ]);
  const unitId = "";
  return {
    items: items.map((r) => ({ unitId, ...r })),
    scores: scores.map((r) => ({ unitId, ...r })),
    days: days.map((r) => ({ unitId, ...r })),
  };
}

/** Whether a response with this nonce is stored (an imported file's line, a visit token). */
export async function responseNonceTaken(db: Db, nonce: string): Promise<boolean> {
  const [row] = await db.select({ id: responses.id }).from(responses).where(eq(responses.nonce, nonce)).limit(1);
  return row !== undefined;
}

/** How many of a unit's responses were collected elsewhere (a seek on the partial offline index). */
export async function countOfflineResponses(db: Db, unitId: string): Promise<number> {
  const [row] = await db.all<{ n: number }>(
    sql`select count(*) as n from responses where unit_id = ${unitId} and channel <> 'online'`,
  );
  return row?.n ?? 0;
}
