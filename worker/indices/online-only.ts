import type { MonthlyTotals } from "../../db/queries/indices";

/**
 * The totals without the responses collected elsewhere: the rollups minus what those few responses
 * added (sumOfflineByMonth), as rows with negative counts that mergeMonths and groupTotals sum as usual.
 */
export function withoutOffline(all: MonthlyTotals, offline: MonthlyTotals): MonthlyTotals {
  return {
    items: [...all.items, ...offline.items.map((r) => ({ ...r, sum: -r.sum, n: -r.n }))],
    scores: [
      ...all.scores,
      ...offline.scores.map((r) => ({
        ...r,
        respondents: -r.respondents,
        scoreSum: -r.scoreSum,
        scoreSqSum: -r.scoreSqSum,
      })),
    ],
    days: [
      ...all.days,
      ...offline.days.map((r) => ({
        ...r,
        respondents: -r.respondents,
        steeredYes: -r.steeredYes,
        steeredAnswered: -r.steeredAnswered,
      })),
    ],
  };
}

/** How many responses the offline totals hold. */
export const offlineRespondents = (offline: MonthlyTotals) => offline.days.reduce((n, d) => n + d.respondents, 0);
