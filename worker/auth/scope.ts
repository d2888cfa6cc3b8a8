import type { Db } from "../../db/db";
import { getUnitWithOrg, isInSubtree, listOrgUnits, unitSubtree, type UnitSummary } from "../../db/queries/units";
import { AppError } from "../errors";
import { unitFactory, type SessionUser } from "../context";

/** The units a user may see: an admin the whole organization, others their unit and everything below it. */
export async function visibleUnits(db: Db, user: SessionUser): Promise<UnitSummary[]> {
  const all = await listOrgUnits(db, user.orgId);
  if (user.role === "admin") return all;
  if (!user.unitId) return [];
  const ids = new Set((await unitSubtree(db, user.unitId)).map((u) => u.id));
  return all.filter((u) => ids.has(u.id));
}

/** Whether a user may see a unit: an admin their organization's, others their unit and what lies below. */
async function maySee(db: Db, user: SessionUser, unit: { id: string; orgId: string }) {
  if (unit.orgId !== user.orgId) return false;
  if (user.role === "admin") return true;
  return user.unitId !== null && (await isInSubtree(db, user.unitId, unit.id));
}

/**
 * Every route under /admin/units/:unitId: the unit, with its organization's settings and zone, loaded
 * once and checked against the user's scope. Anything else is a 404 that does not reveal whether the
 * unit exists.
 */
export const requireUnit = unitFactory.createMiddleware(async (c, next) => {
  const unit = await getUnitWithOrg(c.var.db, c.req.param("unitId") ?? "");
  if (!unit || !(await maySee(c.var.db, c.var.user, unit))) throw new AppError("NOT_FOUND", "Unit tidak ditemukan");
  c.set("unit", unit);
  await next();
});
