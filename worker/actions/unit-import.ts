import type { Db } from "../../db/db";
import {
  codesUsedElsewhere,
  insertServiceRows,
  insertUnitRows,
  listOrgUnitsForSetup,
  serviceNamesByUnit,
  updateUnitPlace,
} from "../../db/queries/unit-setup";
import { randomId } from "../crypto";
import { planUnitImport, type PlannedUnit } from "../setup/units-plan";
import { readUnitsCsv, type RowError } from "../setup/units-csv";
import { audit, commit, isUniqueViolation, type Actor } from "./action";

export type UnitImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  units: PlannedUnit[];
  written: boolean;
};

const RACE: RowError = {
  line: 1,
  message: {
    id: "Kode unit baru saja dipakai oleh perubahan lain; periksa ulang lalu coba lagi.",
    en: "A unit code was taken by another change meanwhile; check again and retry.",
  },
};

/**
 * units.csv into an organization: checked whole (the file, the codes, the tree it would make, a
 * manager's scope), then written whole in one batch with one audit row, or not at all. `dryRun` stops
 * after the check and answers what would change.
 */
export async function importUnits(
  db: Db,
  actor: Actor,
  input: { orgId: string; csv: string; dryRun: boolean; scopeRootId: string | null },
  now: number,
): Promise<UnitImportResult> {
  const read = readUnitsCsv(input.csv);
  const [existing, elsewhere, services] = await Promise.all([
    listOrgUnitsForSetup(db, input.orgId),
    codesUsedElsewhere(
      db,
      input.orgId,
      read.rows.map((r) => r.code),
    ),
    serviceNamesByUnit(db, input.orgId),
  ]);
  const plan = planUnitImport({
    rows: read.rows,
    existing: existing.map((u) => ({ ...u, deactivated: u.deactivatedAt !== null })),
    takenElsewhere: elsewhere,
    servicesOf: (id) => services.get(id) ?? new Set(),
    scopeRootId: input.scopeRootId,
    newId: () => randomId(),
  });
  const errors = [...read.errors, ...plan.errors].sort((a, b) => a.line - b.line);
  const count = (kind: PlannedUnit["kind"]) => plan.units.filter((u) => u.kind === kind).length;
  const result = {
    created: count("create"),
    updated: count("update"),
    unchanged: count("unchanged"),
    units: plan.units,
  };
  if (errors.length > 0) return { ...result, created: 0, updated: 0, unchanged: 0, errors, written: false };
  if (input.dryRun || result.created + result.updated === 0) return { ...result, errors, written: false };
  try {
    await commit(db, writeStatements(db, actor, input.orgId, plan.units, now));
  } catch (err) {
    if (isUniqueViolation(err))
      return { ...result, created: 0, updated: 0, unchanged: 0, errors: [RACE], written: false };
    throw err;
  }
  return { ...result, errors, written: true };
}

function writeStatements(db: Db, actor: Actor, orgId: string, units: PlannedUnit[], now: number) {
  const creates = units.filter((u) => u.kind === "create");
  const updates = units.filter((u) => u.kind === "update");
  return [
    // Parents before children is not needed: parent_id has no foreign key, and the batch is one transaction.
    ...insertUnitRows(
      db,
      creates.map((u) => ({
        id: u.id,
        orgId,
        parentId: u.parentId,
        code: u.code,
        name: u.name,
        population: u.population,
        settings: "{}",
      })),
    ),
    ...updates.map((u) => updateUnitPlace(db, u.id, { name: u.name, parentId: u.parentId, population: u.population })),
    ...insertServiceRows(
      db,
      units.flatMap((u) => u.services.map((name) => ({ id: randomId(), unitId: u.id, name }))),
    ),
    audit(db, actor, orgId, now, {
      action: "unit.import",
      target: null,
      detail: JSON.stringify({ created: creates.length, updated: updates.length }),
    }),
  ];
}
