import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import {
  getCommentUnit,
  redactComment as redactRow,
  setCommentStatus as setStatusRow,
} from "../../db/queries/dashboard";
import { isRedactionOf, REDACTION_MARK } from "../dashboard/redaction";
import { COMMENT_MAX } from "../survey/instruments";
import { cleanText, normalizeText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

export const COMMENT_STATUSES = ["baru", "dibaca", "ditindaklanjuti"] as const;

async function unitComment(db: Db, unitId: string, responseId: string) {
  const comment = await getCommentUnit(db, responseId);
  if (!comment || comment.unitId !== unitId || comment.comment === null)
    throw refused("NOT_FOUND", "Saran tidak ditemukan.", "No such comment.");
  return { comment: comment.comment, orgId: (await getUnit(db, unitId))!.orgId };
}

const triage = z.object({ unitId: z.string(), responseId: z.string(), status: z.enum(COMMENT_STATUSES) });

/** Triage of a comment: baru (new) → dibaca (read) → ditindaklanjuti (followed up). */
export async function setCommentStatus(
  db: Db,
  actor: Actor,
  input: { unitId: string; responseId: string; status: string },
  now: number,
) {
  const t = validated(triage, input);
  const { orgId } = await unitComment(db, t.unitId, t.responseId);
  await commit(db, [
    setStatusRow(db, t.responseId, t.status),
    audit(db, actor, orgId, now, { action: "comment.status", target: `${t.unitId}/${t.responseId}`, detail: t.status }),
  ]);
}

const redaction = z.object({
  unitId: z.string(),
  responseId: z.string(),
  text: cleanText({ max: COMMENT_MAX, multiline: true }).default(""),
});

/**
 * Removes personal data a respondent typed. The original is overwritten in the same batch as the log
 * entry, which records that (not what) was redacted; the new text may only cut or mark, never add words.
 */
export async function redactComment(db: Db, actor: Actor, input: z.input<typeof redaction>, now: number) {
  const r = validated(redaction, input);
  const { comment, orgId } = await unitComment(db, r.unitId, r.responseId);
  const text = r.text || REDACTION_MARK;
  // Against the original as cleaned today: a comment stored before the cleaning may differ in what is invisible.
  if (!isRedactionOf(normalizeText(comment, { multiline: true }), text)) {
    throw refused(
      "BAD_REQUEST",
      `Penyamaran hanya boleh menghapus teks atau menggantinya dengan ${REDACTION_MARK}`,
      `A redaction may only remove text or replace it with ${REDACTION_MARK}`,
    );
  }
  await commit(db, [
    redactRow(db, r.responseId, text, now),
    audit(db, actor, orgId, now, { action: "comment.redact", target: `${r.unitId}/${r.responseId}` }),
  ]);
}
