import type { Context } from "hono";
import { listOrgUnitsForSetup } from "../../db/queries/unit-setup";
import type { SetupUnitView } from "../../web/components/SetupTree";
import type { DashboardEnv, SessionUser } from "../context";
import { AppError } from "../errors";

/** What the user may set up: all units for an admin, a manager's own unit and everything below it. */
export type SetupScope = {
  /** The manager's own unit; null for an admin (the whole organization). */
  rootId: string | null;
  units: SetupUnitView[];
};

function below(units: SetupUnitView[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const out = new Set([rootId]);
  for (const id of out) for (const child of children.get(id) ?? []) out.add(child);
  return out;
}

/** The setup area is for admins and managers with a unit; anyone else is told nothing exists here. */
export function requireSetupRole(user: SessionUser): void {
  if (user.role === "admin" || (user.role === "manager" && user.unitId)) return;
  throw new AppError("NOT_FOUND", "Halaman tidak ditemukan");
}

/** The user's setup scope, read in one query (deactivated units included: they can be reactivated). */
export async function setupScope(c: Context<DashboardEnv>): Promise<SetupScope> {
  const { user, db } = c.var;
  requireSetupRole(user);
  const all = (await listOrgUnitsForSetup(db, user.orgId)).map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    parentId: u.parentId,
    population: u.population,
    active: u.deactivatedAt === null,
  }));
  if (user.role === "admin") return { rootId: null, units: all };
  const inside = below(all, user.unitId!);
  return { rootId: user.unitId, units: all.filter((u) => inside.has(u.id)) };
}

/** Where a unit may be put: active units in scope, minus the unit itself and everything below it. */
export function parentChoices(scope: SetupScope, unitId: string | null): SetupUnitView[] {
  const excluded = unitId ? below(scope.units, unitId) : new Set<string>();
  return scope.units.filter((u) => u.active && !excluded.has(u.id));
}

/** A population field: empty is none, 12000 or 12.000 a number, anything else refused (undefined). */
export function populationField(raw: string | undefined): number | null | undefined {
  const t = (raw ?? "").trim();
  if (t === "") return null;
  const digits = /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, "") : t;
  if (!/^\d{1,9}$/.test(digits)) return undefined;
  const n = Number(digits);
  return n >= 1 && n <= 100_000_000 ? n : undefined;
}
