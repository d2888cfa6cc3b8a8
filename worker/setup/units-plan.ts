import type { Msg, RowError, UnitRow } from "./units-csv";

/** A unit of the organization as stored (deactivated ones too: their codes stay taken). */
export type ExistingUnit = {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  population: number | null;
  deactivated: boolean;
};

export type PlannedUnit = {
  line: number;
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  parentCode: string | null;
  population: number | null;
  /** For a new unit all its services; for an existing one those it does not have yet. */
  services: string[];
  kind: "create" | "update" | "unchanged";
};

export type ImportPlan = { units: PlannedUnit[]; errors: RowError[] };

export type PlanInput = {
  rows: UnitRow[];
  existing: ExistingUnit[];
  /** Codes of the file that another organization's units use: unit codes are public addresses, unique everywhere. */
  takenElsewhere: ReadonlySet<string>;
  servicesOf: (unitId: string) => ReadonlySet<string>;
  /** A manager's unit: every row must stay inside it, and it keeps its own place in the tree. */
  scopeRootId: string | null;
  newId: () => string;
};

const msg = (id: string, en: string): Msg => ({ id, en });
const M = {
  elsewhere: (c: string) =>
    msg(`Kode "${c}" sudah dipakai instansi lain.`, `Code "${c}" is used by another organization.`),
  deactivated: (c: string) =>
    msg(
      `Unit "${c}" sudah dinonaktifkan; aktifkan kembali di Pengaturan unit dulu.`,
      `Unit "${c}" is deactivated; reactivate it first.`,
    ),
  noParent: (c: string) =>
    msg(`Induk "${c}" tidak ada di berkas maupun di instansi.`, `Parent "${c}" is neither in the file nor stored.`),
  self: msg("Unit tidak bisa menjadi induk dirinya sendiri.", "A unit cannot be its own parent."),
  cycle: msg("Induk membentuk lingkaran (unit berada di bawah dirinya sendiri).", "The parents form a cycle."),
  outside: (c: string) => msg(`Unit "${c}" berada di luar unit Anda.`, `Unit "${c}" is outside your units.`),
  needParent: msg(
    "Unit baru harus berada di bawah unit Anda (isi parent_code).",
    "A new unit must be under your unit.",
  ),
  ownPlace: msg("Induk unit Anda sendiri tidak bisa diubah di sini.", "Your own unit's parent cannot change here."),
};

/** The ids of `rootId` and every unit below it in a parent map. */
function descendants(parentOf: ReadonlyMap<string, string | null>, rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const [id, parent] of parentOf) if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  const out = new Set([rootId]);
  for (const id of out) for (const child of children.get(id) ?? []) out.add(child);
  return out;
}

/** Whether the way up from `id` comes back to it. */
function inCycle(parentOf: ReadonlyMap<string, string | null>, id: string): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = id; at; at = parentOf.get(at)) {
    if (at === id && seen.size > 0) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

/**
 * What units.csv would change, or why not: every row's codes resolved (parents earlier or later in the
 * file, or stored), cycles and a manager's scope checked over the tree as it would be after the import.
 * Pure: the action reads what it needs in a few queries and writes the plan in one batch.
 */
export function planUnitImport(p: PlanInput): ImportPlan {
  const byCode = new Map(p.existing.map((u) => [u.code, u]));
  const parentOf = new Map(p.existing.map((u) => [u.id, u.parentId]));
  const scope = p.scopeRootId ? descendants(parentOf, p.scopeRootId) : null;
  const ids = new Map<string, string>();
  const errors: RowError[] = [];
  const fail = (row: UnitRow, message: Msg) => errors.push({ line: row.line, message });
  const usable = p.rows.filter((row) => {
    const stored = byCode.get(row.code);
    if (p.takenElsewhere.has(row.code) && !stored) return (fail(row, M.elsewhere(row.code)), false);
    if (stored?.deactivated) return (fail(row, M.deactivated(row.code)), false);
    if (stored && scope && !scope.has(stored.id)) return (fail(row, M.outside(row.code)), false);
    ids.set(row.code, stored?.id ?? p.newId());
    return true;
  });
  const fileIds = new Set(ids.values());
  const planned: PlannedUnit[] = [];
  for (const row of usable) {
    const id = ids.get(row.code)!;
    const stored = byCode.get(row.code);
    const parentId = parentIdOf(row, ids, byCode, fail);
    if (parentId === undefined) continue;
    if (scope && !scopeAllows(row, id, parentId, stored, scope, fileIds, p.scopeRootId!, fail)) continue;
    parentOf.set(id, parentId);
    planned.push(plannedUnit(row, id, parentId, stored, p.servicesOf));
  }
  const ok = planned.filter((u) => {
    if (!inCycle(parentOf, u.id)) return true;
    errors.push({ line: u.line, message: M.cycle });
    return false;
  });
  return { units: ok, errors: errors.sort((a, b) => a.line - b.line) };
}

function parentIdOf(
  row: UnitRow,
  ids: ReadonlyMap<string, string>,
  byCode: ReadonlyMap<string, ExistingUnit>,
  fail: (row: UnitRow, m: Msg) => unknown,
): string | null | undefined {
  if (row.parentCode === null) return null;
  if (row.parentCode === row.code) return void fail(row, M.self);
  const stored = byCode.get(row.parentCode);
  const id = ids.get(row.parentCode) ?? (stored && !stored.deactivated ? stored.id : undefined);
  if (!id) return void fail(row, stored?.deactivated ? M.deactivated(row.parentCode) : M.noParent(row.parentCode));
  return id;
}

function scopeAllows(
  row: UnitRow,
  id: string,
  parentId: string | null,
  stored: ExistingUnit | undefined,
  scope: ReadonlySet<string>,
  fileIds: ReadonlySet<string>,
  rootId: string,
  fail: (row: UnitRow, m: Msg) => unknown,
): boolean {
  if (id === rootId) return parentId === stored!.parentId || (fail(row, M.ownPlace), false);
  if (parentId === null) return (fail(row, stored ? M.outside(row.code) : M.needParent), false);
  // A parent from the file is inside (its own row was checked); a stored one must lie in the subtree.
  const inside = scope.has(parentId) || fileIds.has(parentId);
  return inside || (fail(row, M.outside(row.parentCode!)), false);
}

function plannedUnit(
  row: UnitRow,
  id: string,
  parentId: string | null,
  stored: ExistingUnit | undefined,
  servicesOf: (unitId: string) => ReadonlySet<string>,
): PlannedUnit {
  const base = { line: row.line, id, code: row.code, name: row.name, parentId, parentCode: row.parentCode };
  if (!stored) return { ...base, population: row.population, services: row.services, kind: "create" };
  const have = servicesOf(stored.id);
  const services = row.services.filter((s) => !have.has(s));
  // An empty population cell keeps the stored figure: a file that only renames must not erase it.
  const population = row.population ?? stored.population;
  const same =
    stored.name === row.name && stored.parentId === parentId && stored.population === population && !services.length;
  return { ...base, population, services, kind: same ? "unchanged" : "update" };
}
