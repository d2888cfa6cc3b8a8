import type { Db } from "../../db/db";
import { listOrgUnits, unitSubtree, type UnitSummary } from "../../db/queries/units";
import { AppError } from "../errors";
import type { SessionUser } from "../context";

/** The units a user may see: an admin the whole organization, others their unit and everything below it. */
export async function visibleUnits(db: Db, user: SessionUser): Promise<UnitSummary[]> {
  const all = await listOrgUnits(db, user.orgId);
  if (user.role === "admin") return all;
  if (!user.unitId) return [];
  const ids = new Set((await unitSubtree(db, user.unitId)).map((u) => u.id));
  return all.filter((u) => ids.has(u.id));
}

/** One unit of the user's scope; anything else is a 404 that does not reveal whether the unit exists. */
export async function scopedDashboardUnit(db: Db, user: SessionUser, unitId: string) {
  const unit = (await visibleUnits(db, user)).find((u) => u.id === unitId);
  if (!unit) throw new AppError("NOT_FOUND", "Unit tidak ditemukan");
  return unit;
}
