import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import {
  getCommentUnits,
  redactComment as redactRow,
  setCommentStatus as setStatusRows,
} from "../../db/queries/dashboard";
import { isRedactionOf, REDACTION_MARK } from "../dashboard/redaction";
import { COMMENT_MAX } from "../survey/instruments";
import { cleanText, normalizeText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";
import { triageInput, type TriageInput } from "./triage";

export const COMMENT_STATUSES = ["baru", "dibaca", "ditindaklanjuti"] as const;

/** The comments of these responses, refused unless every one exists, has a comment or an improvement answer, and belongs to the unit. */
async function unitComments(db: Db, unitId: string, responseIds: string[]) {
  const found = await getCommentUnits(db, responseIds);
  const missing = (c: (typeof found)[number]) => c.unitId !== unitId || (c.comment === null && c.improvement === null);
  if (found.length !== responseIds.length || found.some(missing))
    throw refused("NOT_FOUND", "Saran tidak ditemukan.", "No such comment.");
  return { comments: found, orgId: (await getUnit(db, unitId))!.orgId };
}

const triage = triageInput(COMMENT_STATUSES, ["Pilih paling sedikit satu saran.", "Choose at least one comment."]);

/**
 * Triage of comments: baru (new) → dibaca (read) → ditindaklanjuti (followed up). One comment or a
 * page of them: one batch, one audit row per comment (as if each were changed alone).
 */
export async function setCommentStatuses(db: Db, actor: Actor, input: TriageInput, now: number) {
  const t = triage(input);
  const { orgId } = await unitComments(db, t.unitId, t.responseIds);
  await commit(db, [
    setStatusRows(db, t.responseIds, t.status),
    ...t.responseIds.map((id) =>
      audit(db, actor, orgId, now, { action: "comment.status", target: `${t.unitId}/${id}`, detail: t.status }),
    ),
  ]);
}

export const setCommentStatus = (
  db: Db,
  actor: Actor,
  input: { unitId: string; responseId: string; status: string },
  now: number,
) =>
  setCommentStatuses(db, actor, { unitId: input.unitId, responseIds: [input.responseId], status: input.status }, now);

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
  const {
    comments: [stored],
    orgId,
  } = await unitComments(db, r.unitId, [r.responseId]);
  const texts = {
    comment: redacted(stored!.comment, r.text),
    improvement: redacted(stored!.improvement, r.improvement),
  };
  await commit(db, [
    redactRow(db, r.responseId, texts, now),
    audit(db, actor, orgId, now, { action: "comment.redact", target: `${r.unitId}/${r.responseId}` }),
  ]);
}
