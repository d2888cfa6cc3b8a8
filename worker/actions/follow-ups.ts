import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import {
  FOLLOW_UP_STATUSES,
  getFollowUp,
  insertFollowUp,
  updateFollowUp as updateFollowUpRow,
} from "../../db/queries/follow-ups";
import { randomId } from "../crypto";
import { periodError } from "../errors";
import { checkPeriodLabel } from "../indices/period";
import { instrumentOfItem } from "../survey/instruments";
import { cleanText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

/** A follow-up's fields as a form or a script gives them; empty strings stand for "none". */
const followUpFields = z.object({
  period: z.string(),
  item: z.string().refine((i) => instrumentOfItem(i) !== undefined, "unsur tidak dikenal"),
  problem: cleanText({ max: 500, multiline: true, required: true }),
  action: cleanText({ max: 500, multiline: true, required: true }),
  owner: cleanText({ max: 200, required: true }),
  dueDate: z
    .union([z.iso.date(), z.literal("")])
    .default("")
    .transform((d) => d || null),
  status: z.enum(FOLLOW_UP_STATUSES),
  evidence: cleanText({ max: 1000, multiline: true })
    .default("")
    .transform((e) => e || null),
});

type FollowUpInput = { unitId: string; fields: Record<string, unknown> };

async function checked(db: Db, input: FollowUpInput) {
  // The period first, apart from the other fields: its refusal has its own reason in both languages.
  const period = checkPeriodLabel(input.fields.period);
  if (!period.ok) throw periodError(period);
  const f = validated(followUpFields, input.fields);
  const unit = await getUnit(db, input.unitId);
  if (!unit) throw refused("NOT_FOUND", "Unit tidak ditemukan.", "No such unit.");
  return { f, unit };
}

/** A rencana tindak lanjut of a unit, tied to a period and an unsur or item. */
export async function createFollowUp(db: Db, actor: Actor, input: FollowUpInput, now: number) {
  const { f, unit } = await checked(db, input);
  const id = randomId();
  await commit(db, [
    insertFollowUp(db, { id, unitId: unit.id, ...f }),
    audit(db, actor, unit.orgId, now, { action: "follow_up.create", target: `${unit.id}/${id}`, detail: f.item }),
  ]);
  return { id, period: f.period };
}

export async function updateFollowUp(db: Db, actor: Actor, input: FollowUpInput & { id: string }, now: number) {
  const { f, unit } = await checked(db, input);
  if ((await getFollowUp(db, input.id))?.unitId !== unit.id)
    throw refused("NOT_FOUND", "Rencana tindak lanjut tidak ditemukan.", "No such follow-up.");
  await commit(db, [
    updateFollowUpRow(db, input.id, unit.id, { ...f, updatedAt: now }),
    audit(db, actor, unit.orgId, now, {
      action: "follow_up.update",
      target: `${unit.id}/${input.id}`,
      detail: f.status,
    }),
  ]);
  return { id: input.id, period: f.period };
}
