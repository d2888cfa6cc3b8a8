import * as z from "zod";
import type { Db } from "../../db/db";
import { ensureService, getUnit, serviceIdByName } from "../../db/queries/admin";
import {
  getTouchpointByCode,
  insertTouchpoint,
  renameTouchpoint,
  setTouchpointActive,
  setTouchpointKiosk,
} from "../../db/queries/touchpoints";
import { randomCode, randomId } from "../crypto";
import { cleanText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

const touchpointLabel = cleanText({ max: 100, required: true });
const newTouchpoint = z.object({
  unitId: z.string(),
  label: touchpointLabel,
  service: cleanText({ max: 100 }).optional(),
  kiosk: z.boolean().optional(),
});

/** A QR touchpoint of a unit, with its service created on first use, in one batch with its audit row. */
export async function createTouchpoint(db: Db, actor: Actor, input: z.input<typeof newTouchpoint>, now: number) {
  const t = validated(newTouchpoint, input);
  const unit = await getUnit(db, t.unitId);
  if (!unit) throw refused("NOT_FOUND", "Unit tidak ditemukan.", `No unit with id "${t.unitId}".`);
  // A deactivated unit takes no new setup: its QR codes would only answer "closed".
  if (unit.deactivatedAt !== null)
    throw refused(
      "BAD_REQUEST",
      "Unit ini nonaktif; aktifkan kembali dulu.",
      "This unit is deactivated; reactivate it first.",
    );
  const id = randomId();
  const code = randomCode();
  await commit(db, [
    ...(t.service ? [ensureService(db, unit.id, t.service, randomId())] : []),
    insertTouchpoint(db, {
      id,
      unitId: unit.id,
      serviceId: t.service ? serviceIdByName(unit.id, t.service) : null,
      code,
      label: t.label,
      kiosk: t.kiosk ?? false,
    }),
    audit(db, actor, unit.orgId, now, {
      action: "touchpoint.create",
      target: code,
      detail: t.kiosk ? `${t.label} (kiosk)` : t.label,
    }),
  ]);
  return { id, code, unitId: unit.id };
}

const touchpointChange = z.object({
  code: z.string(),
  label: touchpointLabel.optional(),
  active: z.boolean().optional(),
  kiosk: z.boolean().optional(),
});

/** Renames a touchpoint, opens or closes its survey, turns kiosk mode on or off; what is not given stays. */
export async function updateTouchpoint(db: Db, actor: Actor, input: z.input<typeof touchpointChange>, now: number) {
  const t = validated(touchpointChange, input);
  const tp = await getTouchpointByCode(db, t.code);
  if (!tp) throw refused("NOT_FOUND", "Titik layanan tidak ditemukan.", `No touchpoint with code "${t.code}".`);
  const orgId = (await getUnit(db, tp.unitId))!.orgId;
  const label = t.label ?? tp.label;
  const active = t.active ?? tp.ownActive;
  const kiosk = t.kiosk ?? tp.kiosk;
  await commit(db, [
    renameTouchpoint(db, tp.id, label),
    setTouchpointActive(db, tp.id, active),
    setTouchpointKiosk(db, tp.id, kiosk),
    audit(db, actor, orgId, now, {
      action: "touchpoint.update",
      target: tp.code,
      detail: JSON.stringify({ label, active, kiosk }),
    }),
  ]);
  return { code: tp.code, label, active, kiosk };
}
