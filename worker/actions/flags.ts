import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import { FLAG_STATUSES, getFlags, setFlagFollowUp, setFlagStatus } from "../../db/queries/flags";
import { getFollowUp } from "../../db/queries/follow-ups";
import { audit, commit, refused, validated, type Actor } from "./action";
import { followUpCreation } from "./follow-ups";
import { triageInput, type TriageInput } from "./triage";

const notFound = () => refused("NOT_FOUND", "Tanda perhatian tidak ditemukan.", "No such flagged response.");

/** The flags of these responses and the unit's organization, refused unless every one is the unit's own. */
async function unitFlags(db: Db, unitId: string, responseIds: string[]) {
  const found = await getFlags(db, responseIds);
  if (found.length !== responseIds.length || found.some((f) => f.unitId !== unitId)) throw notFound();
  const unit = await getUnit(db, unitId);
  if (!unit) throw notFound();
  return { flags: found, orgId: unit.orgId };
}

const triage = triageInput(FLAG_STATUSES, [
  "Pilih paling sedikit satu tanda.",
  "Choose at least one flagged response.",
]);

/**
 * Triage of flagged responses: baru → dilihat → ditangani → selesai (any step may be set again, as a
 * mistake is undone). One flag or a page of them: one batch, one audit row per flag.
 */
export async function setFlagStatuses(db: Db, actor: Actor, input: TriageInput, now: number) {
  const t = triage(input);
  const { orgId } = await unitFlags(db, t.unitId, t.responseIds);
  await commit(db, [
    setFlagStatus(db, t.responseIds, t.status, now),
    ...t.responseIds.map((id) =>
      audit(db, actor, orgId, now, { action: "flag.status", target: `${t.unitId}/${id}`, detail: t.status }),
    ),
  ]);
}

const link = z.object({
  unitId: z.string(),
  responseId: z.string().min(1).max(64),
  // Empty: the link is removed.
  followUpId: z.string().max(64),
});

/** Links a flag to one of its unit's follow-ups (or removes the link). */
export async function linkFlagToFollowUp(db: Db, actor: Actor, input: z.input<typeof link>, now: number) {
  const l = validated(link, input);
  const { orgId } = await unitFlags(db, l.unitId, [l.responseId]);
  if (l.followUpId && (await getFollowUp(db, l.followUpId))?.unitId !== l.unitId)
    throw refused("NOT_FOUND", "Rencana tindak lanjut tidak ditemukan.", "No such follow-up.");
  const followUpId = l.followUpId || null;
  await commit(db, [
    setFlagFollowUp(db, l.responseId, followUpId, now),
    audit(db, actor, orgId, now, { action: "flag.link", target: `${l.unitId}/${l.responseId}`, detail: followUpId }),
  ]);
}

/**
 * A new follow-up written from a flag (the same checks and audit row as any follow-up) and the flag
 * linked to it, in one batch: both or neither.
 */
export async function createFollowUpFromFlag(
  db: Db,
  actor: Actor,
  input: { unitId: string; responseId: string; fields: Record<string, unknown> },
  now: number,
) {
  const responseId = typeof input.responseId === "string" ? input.responseId.slice(0, 64) : "";
  const { orgId } = await unitFlags(db, input.unitId, [responseId]);
  const created = await followUpCreation(db, actor, { unitId: input.unitId, fields: input.fields }, now);
  await commit(db, [
    ...created.statements,
    setFlagFollowUp(db, responseId, created.id, now),
    audit(db, actor, orgId, now, { action: "flag.link", target: `${input.unitId}/${responseId}`, detail: created.id }),
  ]);
  return { id: created.id, period: created.period };
}
