import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import { countActiveChildren, setUnitDeactivatedAt, updateUnitPlace } from "../../db/queries/unit-setup";
import { isInSubtree } from "../../db/queries/units";
import { cleanText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

const unitChange = z.object({
  orgId: z.string(),
  unitId: z.string().max(64),
  name: cleanText({ max: 200, required: true }),
  parentId: z.string().max(64).nullable(),
  population: z.number().int().min(1).max(100_000_000).nullable(),
});

const notFound = () => refused("NOT_FOUND", "Unit tidak ditemukan.", "No such unit.");

/** A unit of the organization (active or not), or a refusal. */
async function orgUnit(db: Db, orgId: string, unitId: string) {
  const unit = await getUnit(db, unitId);
  if (!unit || unit.orgId !== orgId) throw notFound();
  return unit;
}

/**
 * Renames a unit, sets its yearly population, and moves it under another parent (null: the top of the
 * tree). A move under the unit itself or anything below it would cut a branch off the tree: refused.
 */
export async function updateUnit(db: Db, actor: Actor, input: z.input<typeof unitChange>, now: number) {
  const u = validated(unitChange, input);
  const unit = await orgUnit(db, u.orgId, u.unitId);
  if (unit.deactivatedAt !== null)
    throw refused("BAD_REQUEST", "Aktifkan kembali unit ini dulu.", "Reactivate this unit first.");
  if (u.parentId !== null && u.parentId !== unit.parentId) {
    const parent = await getUnit(db, u.parentId);
    if (!parent || parent.orgId !== u.orgId || parent.deactivatedAt !== null)
      throw refused("BAD_REQUEST", "Unit induk tidak ditemukan.", "No such parent unit.");
    if (await isInSubtree(db, unit.id, parent.id))
      throw refused(
        "BAD_REQUEST",
        "Unit tidak bisa dipindah ke bawah dirinya sendiri atau sub-unitnya.",
        "A unit cannot move under itself or one of its sub-units.",
      );
  }
  const moved = u.parentId !== unit.parentId;
  await commit(db, [
    updateUnitPlace(db, unit.id, { name: u.name, parentId: u.parentId, population: u.population }),
    audit(db, actor, u.orgId, now, {
      action: moved ? "unit.move" : "unit.update",
      target: unit.id,
      detail: JSON.stringify({ code: unit.code, name: u.name, parentId: u.parentId, population: u.population }),
    }),
  ]);
  return { id: unit.id, code: unit.code, name: u.name, parentId: u.parentId, population: u.population };
}

const activeChange = z.object({ orgId: z.string(), unitId: z.string().max(64), active: z.boolean() });

/**
 * Deactivates a unit (its history stays; it leaves the overview and lists; its QR codes answer as
 * closed) or reactivates it. A unit with active sub-units is not deactivated: they would hang under a
 * unit nobody sees. A unit under a deactivated parent is not reactivated for the same reason.
 */
export async function setUnitActive(db: Db, actor: Actor, input: z.input<typeof activeChange>, now: number) {
  const a = validated(activeChange, input);
  const unit = await orgUnit(db, a.orgId, a.unitId);
  if (!a.active && (await countActiveChildren(db, unit.id)) > 0)
    throw refused(
      "BAD_REQUEST",
      "Unit ini masih punya sub-unit aktif: pindahkan atau nonaktifkan dulu.",
      "This unit still has active sub-units: move or deactivate them first.",
    );
  if (a.active && unit.parentId && (await getUnit(db, unit.parentId))?.deactivatedAt != null)
    throw refused("BAD_REQUEST", "Aktifkan kembali unit induknya dulu.", "Reactivate its parent first.");
  await commit(db, [
    setUnitDeactivatedAt(db, unit.id, a.active ? null : now),
    audit(db, actor, a.orgId, now, {
      action: a.active ? "unit.reactivate" : "unit.deactivate",
      target: unit.id,
      detail: JSON.stringify({ code: unit.code, name: unit.name }),
    }),
  ]);
  return { id: unit.id, active: a.active };
}
