import type { Db } from "../../db/db";
import { getOrganizationById } from "../../db/queries/admin";
import { periodError } from "../errors";
import { checkDateRange, checkPeriodLabel, type Period } from "../indices/period";
import { localDate } from "../survey/local-date";

const DEFAULT_ZONE = "Asia/Jakarta";

/**
 * The dashboard's period: `?period=` when given, else the picker's `?year=&part=` (part: Y, S1, Q3,
 * 07), else `?from=&to=`, else the current year in the unit's calendar. A refused period is a 400
 * whose page says why, before anything is read or computed.
 */
export function dashboardPeriod(
  q: { period?: string; year?: string; part?: string; from?: string; to?: string },
  timeZone: string,
  now: number,
): Period {
  // The picker's two fields make one label, checked like any other ("2026-Q9" is refused).
  const picked = q.year || q.part ? `${q.year ?? ""}${q.part && q.part !== "Y" ? `-${q.part}` : ""}` : "";
  const label = q.period || picked;
  const checked =
    !label && (q.from || q.to)
      ? checkDateRange(q.from, q.to)
      : checkPeriodLabel(label || localDate(now, timeZone).slice(0, 4));
  if (!checked.ok) throw periodError(checked);
  return checked.period;
}

/** The picker's years: this one and the four before (a period's year, semester, triwulan or month is chosen beside it). */
export function periodOptions(year: number): { value: string; label: string }[] {
  return [0, 1, 2, 3, 4].map((back) => ({ value: `${year - back}`, label: `${year - back}` }));
}

export async function orgTimeZone(db: Db, orgId: string): Promise<string> {
  return (await getOrganizationById(db, orgId))?.timeZone ?? DEFAULT_ZONE;
}
