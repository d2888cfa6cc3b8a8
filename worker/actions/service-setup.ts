import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import { getService } from "../../db/queries/services";
import { insertServiceRow, renameServiceRow, setServiceDeactivatedAt } from "../../db/queries/unit-setup";
import { randomId } from "../crypto";
import { cleanText } from "../text";
import { audit, commit, isUniqueViolation, refused, validated, type Actor } from "./action";

const serviceName = cleanText({ max: 100, required: true });
const nameTaken = (name: string) =>
  refused("BAD_REQUEST", `Unit ini sudah punya layanan "${name}".`, `This unit already has a service "${name}".`);

/** Commits a service write; a name the unit already has (the unique index) is the operator's to fix. */
async function commitNamed(db: Db, name: string, statements: Parameters<typeof commit>[1]) {
  try {
    await commit(db, statements);
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(name);
    throw err;
  }
}

const newService = z.object({
  unitId: z.string().max(64),
  name: serviceName,
  population: z.number().int().min(1).max(100_000_000).nullable().default(null),
});

/** A jenis layanan of a unit, with its yearly population when known. */
export async function createService(db: Db, actor: Actor, input: z.input<typeof newService>, now: number) {
  const s = validated(newService, input);
  const unit = await getUnit(db, s.unitId);
  if (!unit) throw refused("NOT_FOUND", "Unit tidak ditemukan.", "No such unit.");
  if (unit.deactivatedAt !== null)
    throw refused("BAD_REQUEST", "Aktifkan kembali unit ini dulu.", "Reactivate this unit first.");
  const id = randomId();
  await commitNamed(db, s.name, [
    insertServiceRow(db, { id, unitId: unit.id, name: s.name, population: s.population }),
    audit(db, actor, unit.orgId, now, { action: "service.create", target: id, detail: s.name }),
  ]);
  return { id, name: s.name };
}

const serviceChange = z.object({ unitId: z.string().max(64), serviceId: z.string().max(64) });

async function unitService(db: Db, input: unknown) {
  const c = validated(serviceChange, input);
  const service = await getService(db, c.serviceId);
  if (!service || service.unitId !== c.unitId)
    throw refused("NOT_FOUND", "Jenis layanan tidak ditemukan.", "No such service.");
  return service;
}

/** Renames a service; its answers stay with it (they point at its id, not its name). */
export async function renameService(
  db: Db,
  actor: Actor,
  input: { unitId: string; serviceId: string; name: unknown },
  now: number,
) {
  const service = await unitService(db, input);
  const name = validated(z.object({ name: serviceName }), { name: input.name }).name;
  await commitNamed(db, name, [
    renameServiceRow(db, service.id, name),
    audit(db, actor, service.orgId, now, {
      action: "service.rename",
      target: service.id,
      detail: JSON.stringify({ from: service.name, to: name }),
    }),
  ]);
  return { id: service.id, name };
}

/** Deactivates a service (its touchpoints answer as closed; its history stays) or reactivates it. */
export async function setServiceActive(
  db: Db,
  actor: Actor,
  input: { unitId: string; serviceId: string; active: boolean },
  now: number,
) {
  const service = await unitService(db, input);
  await commit(db, [
    setServiceDeactivatedAt(db, service.id, input.active ? null : now),
    audit(db, actor, service.orgId, now, {
      action: input.active ? "service.reactivate" : "service.deactivate",
      target: service.id,
      detail: service.name,
    }),
  ]);
  return { id: service.id, active: input.active };
}
