import type { Db } from "../../db/db";
import { readRollups, recountRollups } from "../../db/queries/rollups";
import { listUnitsWithOrgSettings } from "../../db/queries/units";
import { parseOrgSettings } from "../settings";
import { localDate } from "../survey/local-date";
import { monthsBefore } from "./period";
import { diffRollups } from "./rollup-diff";

/**
 * Recomputes every rollup from the raw answers and lists the differences. Days before an
 * organization's retention cut-off are skipped: their raw answers are gone by design.
 */
export async function verifyRollups(db: Db, now: number) {
  const cutoffs = new Map(
    (await listUnitsWithOrgSettings(db)).map((u) => [
      u.unitId,
      monthsBefore(localDate(now, u.timeZone), parseOrgSettings(u.orgSettings).retentionMonths),
    ]),
  );
  const [stored, expected] = [await readRollups(db), await recountRollups(db)];
  return diffRollups(stored, expected, (unitId, date) => date >= (cutoffs.get(unitId) ?? ""));
}
