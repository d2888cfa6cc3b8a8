import type { Db } from "../../db/db";
import { getUnitWithOrg, unitSubtree } from "../../db/queries/units";
import { AppError, periodError } from "../errors";
import { checkDateRange, checkPeriodLabel, type Period } from "../indices/period";
import type { Evaluator } from "../context";

/** `period=` or `from=&to=`, exactly one of them, checked by the one period parser; a clear 400 otherwise. */
export function resolvePeriod(q: { period?: string; from?: string; to?: string }): Period {
  const fail = (path: string, message: string): never => {
    throw new AppError("VALIDATION_FAILED", "Invalid period", { issues: [{ path, message }] });
  };
  if (q.period !== undefined) {
    if (q.from !== undefined || q.to !== undefined) fail("period", "Give either period or from/to, not both");
  } else if (q.from === undefined || q.to === undefined) {
    fail("period", "Give period=… or both from=YYYY-MM-DD and to=YYYY-MM-DD");
  }
  const checked = q.period !== undefined ? checkPeriodLabel(q.period) : checkDateRange(q.from, q.to);
  if (!checked.ok) throw periodError(checked);
  return checked.period;
}

/**
 * The unit if the token may see it, with the units its figures cover. A unit outside the token's scope
 * is answered exactly like one that does not exist.
 */
export async function scopedUnit(db: Db, who: Evaluator, unitId: string, scope: "unit" | "subtree") {
  const unit = await getUnitWithOrg(db, unitId);
  if (!unit || unit.orgId !== who.orgId) throw new AppError("NOT_FOUND", "Unknown unit");
  if (who.unitId && who.unitId !== unit.id) {
    const allowed = await unitSubtree(db, who.unitId);
    if (!allowed.some((u) => u.id === unit.id)) throw new AppError("NOT_FOUND", "Unknown unit");
  }
  const covered = scope === "subtree" ? await unitSubtree(db, unit.id) : [{ id: unit.id, population: unit.population }];
  const known = covered.filter((u) => u.population !== null);
  // A subtree's population is the sum of what its units report; unknown when none does.
  const population = known.length === 0 ? null : known.reduce((s, u) => s + u.population!, 0);
  return { unit, unitIds: covered.map((u) => u.id), population };
}
