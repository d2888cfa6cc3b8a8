import type { RankBy, RankedRow, Ranking, TreeRow } from "../../web/overview-types";
import { round2 } from "../scoring/ikm";

/**
 * Units ranked by their own IKM (converted), IPKP or IPAK (index4), highest first. Values are compared
 * as the page prints them (two decimals, half up): units equal there share a rank and are marked tied,
 * and the next rank skips (1, 2=, 2=, 4). A unit below the minimum respondents for that index is not
 * ranked at all: it is listed apart, most respondents first, so a grade is never read off a few answers.
 * Units that collect no answers themselves (a parent office without QR codes) are left out of both.
 */
// One collator for every comparison: localeCompare with a locale builds a new one per call.
const byName = new Intl.Collator("id").compare;

export function rankUnits(rows: readonly TreeRow[], by: RankBy, minRespondents: number): Ranking {
  const candidates = rows.filter((r) => r.collects);
  const figure = (r: TreeRow) => r.own[by];
  const sufficient = candidates
    .filter((r) => figure(r)?.sufficient)
    .map((row) => ({ row, value: round2(figure(row)!.value) }))
    .sort((a, b) => b.value - a.value || byName(a.row.name, b.row.name) || a.row.code.localeCompare(b.row.code));
  const ranked: RankedRow[] = [];
  sufficient.forEach((s, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.value === s.value ? previous.rank : i + 1;
    const tied = previous?.value === s.value || sufficient[i + 1]?.value === s.value;
    ranked.push({ rank, tied, value: s.value, row: s.row });
  });
  const unranked = candidates
    .filter((r) => !figure(r)?.sufficient)
    .sort((a, b) => (figure(b)?.n ?? 0) - (figure(a)?.n ?? 0) || byName(a.name, b.name));
  return { by, minRespondents, ranked, unranked };
}
