import type { Db } from "../../db/db";
import { getOrganizationById } from "../../db/queries/admin";
import { periodError } from "../errors";
import { checkDateRange, checkPeriodLabel, type Period } from "../indices/period";
import { localDate } from "../survey/local-date";

const DEFAULT_ZONE = "Asia/Jakarta";

/**
 * The dashboard's period: `?period=` when given, else `?from=&to=`, else the current year in the
 * unit's calendar. The picker sends an empty `period` when its date-range choice is selected.
 * A refused period is a 400 whose page says why, before anything is read or computed.
 */
export function dashboardPeriod(
  q: { period?: string; from?: string; to?: string },
  timeZone: string,
  now: number,
): Period {
  const checked =
    !q.period && (q.from || q.to)
      ? checkDateRange(q.from, q.to)
      : checkPeriodLabel(q.period || localDate(now, timeZone).slice(0, 4));
  if (!checked.ok) throw periodError(checked);
  return checked.period;
}

/** The picker's choices: this year and last, each as year, semesters, quarters (triwulan) and months. */
export function periodOptions(year: number): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (const y of [year, year - 1]) {
    out.push({ value: `${y}`, label: `${y}` });
    for (const s of [1, 2]) out.push({ value: `${y}-S${s}`, label: `${y} semester ${s}` });
    for (const q of [1, 2, 3, 4]) out.push({ value: `${y}-Q${q}`, label: `${y} triwulan ${q}` });
    for (let m = 1; m <= 12; m++)
      out.push({ value: `${y}-${String(m).padStart(2, "0")}`, label: `${y}-${String(m).padStart(2, "0")}` });
  }
  return out;
}

export async function orgTimeZone(db: Db, orgId: string): Promise<string> {
  return (await getOrganizationById(db, orgId))?.timeZone ?? DEFAULT_ZONE;
}
