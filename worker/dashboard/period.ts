import type { Db } from "../../db/db";
import { getOrganizationById } from "../../db/queries/admin";
import { getUnitWithOrg } from "../../db/queries/units";
import { AppError } from "../errors";
import { dateRange, parsePeriodLabel, type Period } from "../indices/period";
import { localDate } from "../survey/local-date";

const DEFAULT_ZONE = "Asia/Jakarta";

/**
 * The dashboard's period: `?period=` when given, else `?from=&to=`, else the current year in the
 * unit's calendar. The picker sends an empty `period` when its date-range choice is selected.
 */
export function dashboardPeriod(q: { period?: string; from?: string; to?: string }, timeZone: string, now: number): Period {
  if (!q.period && (q.from || q.to)) {
    const range = dateRange(q.from ?? "", q.to ?? "");
    if (!range) throw new AppError("BAD_REQUEST", "Rentang tanggal tidak valid");
    return range;
  }
  const label = q.period || localDate(now, timeZone).slice(0, 4);
  const period = parsePeriodLabel(label);
  if (!period) throw new AppError("BAD_REQUEST", "Periode tidak valid (contoh: 2026, 2026-S1, 2026-Q3, 2026-07)");
  return period;
}

/** The picker's choices: this year and last, each as year, semesters, quarters (triwulan) and months. */
export function periodOptions(year: number): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (const y of [year, year - 1]) {
    out.push({ value: `${y}`, label: `${y}` });
    for (const s of [1, 2]) out.push({ value: `${y}-S${s}`, label: `${y} semester ${s}` });
    for (const q of [1, 2, 3, 4]) out.push({ value: `${y}-Q${q}`, label: `${y} triwulan ${q}` });
    for (let m = 1; m <= 12; m++) out.push({ value: `${y}-${String(m).padStart(2, "0")}`, label: `${y}-${String(m).padStart(2, "0")}` });
  }
  return out;
}

/** The zone a unit reads its calendar in: its own, else its organization's. */
export async function unitTimeZone(db: Db, unitId: string): Promise<string> {
  return (await getUnitWithOrg(db, unitId))?.timeZone ?? DEFAULT_ZONE;
}

export async function orgTimeZone(db: Db, orgId: string): Promise<string> {
  return (await getOrganizationById(db, orgId))?.timeZone ?? DEFAULT_ZONE;
}
