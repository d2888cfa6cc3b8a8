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

/** A response of this unit with a comment or an answer to "what most needs to improve?". */
async function unitComment(db: Db, unitId: string, responseId: string) {
  const row = await getCommentUnit(db, responseId);
  if (!row || row.unitId !== unitId || (row.comment === null && row.improvement === null))
    throw refused("NOT_FOUND", "Saran tidak ditemukan.", "No such comment.");
  return { comment: row.comment, improvement: row.improvement, orgId: (await getUnit(db, unitId))!.orgId };
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
  // Absent: the improvement answer stays as it is; empty: it is redacted whole, as the comment is.
  improvement: cleanText({ max: COMMENT_MAX, multiline: true }).optional(),
});

const notARedaction = () =>
  refused(
    "BAD_REQUEST",
    `Penyamaran hanya boleh menghapus teks atau menggantinya dengan ${REDACTION_MARK}`,
    `A redaction may only remove text or replace it with ${REDACTION_MARK}`,
  );

/** The stored text after a redaction, or the stored text itself when there is none or none was sent. */
function redacted(stored: string | null, sent: string | undefined): string | null {
  if (stored === null || sent === undefined) return stored;
  const text = sent || REDACTION_MARK;
  // Against the original as cleaned today: a text stored before the cleaning may differ in what is invisible.
  if (!isRedactionOf(normalizeText(stored, { multiline: true }), text)) throw notARedaction();
  return text;
}

/**
 * Removes personal data a respondent typed. The original is overwritten in the same batch as the log
 * entry, which records that (not what) was redacted; the new text may only cut or mark, never add words.
 */
export async function redactComment(db: Db, actor: Actor, input: z.input<typeof redaction>, now: number) {
  const r = validated(redaction, input);
  const stored = await unitComment(db, r.unitId, r.responseId);
  const texts = { comment: redacted(stored.comment, r.text), improvement: redacted(stored.improvement, r.improvement) };
  const orgId = stored.orgId;
  await commit(db, [
    redactRow(db, r.responseId, texts, now),
    audit(db, actor, orgId, now, { action: "comment.redact", target: `${r.unitId}/${r.responseId}` }),
  ]);
}
