import * as z from "zod";
import type { Db } from "../../db/db";
import { getOrganizationById, getUnit } from "../../db/queries/admin";
import { insertForum } from "../../db/queries/follow-ups";
import { randomId } from "../crypto";
import { periodError } from "../errors";
import { checkPeriodLabel } from "../indices/period";
import { localDate } from "../survey/local-date";
import { cleanText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

const forumFields = z.object({
  period: z.string(),
  heldOn: z.iso.date(),
  notes: cleanText({ max: 2000, multiline: true, required: true }),
});

/**
 * A Forum Konsultasi Publik (PermenPAN-RB 16/2017) held for a unit's SKM of a period: the date and what was
 * agreed. Follow-up plan rows link to it; their months to completion then count from its date.
 */
export async function createForum(
  db: Db,
  actor: Actor,
  input: { unitId: string; fields: Record<string, unknown> },
  now: number,
) {
  const period = checkPeriodLabel(input.fields.period);
  if (!period.ok) throw periodError(period);
  const f = validated(forumFields, input.fields);
  const unit = await getUnit(db, input.unitId);
  if (!unit) throw refused("NOT_FOUND", "Unit tidak ditemukan.", "No such unit.");
  const timeZone = unit.timeZone ?? (await getOrganizationById(db, unit.orgId))!.timeZone;
  if (f.heldOn > localDate(now, timeZone))
    throw refused(
      "VALIDATION_FAILED",
      "Tanggal forum tidak boleh di masa depan.",
      "The forum date cannot be in the future.",
    );
  const id = randomId();
  await commit(db, [
    insertForum(db, { id, unitId: unit.id, period: f.period, heldOn: f.heldOn, notes: f.notes }),
    audit(db, actor, unit.orgId, now, { action: "forum.create", target: `${unit.id}/${id}`, detail: f.heldOn }),
  ]);
  return { id, period: f.period };
}
