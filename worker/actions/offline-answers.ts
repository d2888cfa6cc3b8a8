import type { Db } from "../../db/db";
import { bulkResponseStatements } from "../../db/queries/response-bulk";
import { responseNonceTaken } from "../../db/queries/offline-totals";
import { responseStatements, type NewResponse } from "../../db/queries/responses";
import { listUnitServices } from "../../db/queries/services";
import { getUnitWithOrg } from "../../db/queries/units";
import { randomId } from "../crypto";
import { parseAnswersFile, type ImportError } from "../imports/answers-csv";
import {
  checkOfflineAnswer,
  OFFLINE_CHANNELS,
  type OfflineAnswer,
  type OfflineChannel,
  type OfflineContext,
  type OfflineIssue,
  type RawOfflineAnswer,
} from "../imports/offline-answer";
import { parseOrgSettings } from "../settings";
import { flagReasons } from "../survey/flags";
import { localDate } from "../survey/local-date";
import { audit, commit, isUniqueViolation, refused, type Actor } from "./action";

/** A questionnaire the entry form refused: each field's problem, for the form to show beside it. */
export class EntryRefused extends Error {
  constructor(readonly issues: OfflineIssue[]) {
    super("The questionnaire was not saved.");
  }
}

const isChannel = (c: string): c is OfflineChannel => (OFFLINE_CHANNELS as readonly string[]).includes(c);

async function unitContext(db: Db, unitId: string, now: number) {
  const unit = await getUnitWithOrg(db, unitId);
  if (!unit) throw refused("NOT_FOUND", "Unit tidak ditemukan.", "No such unit.");
  const org = parseOrgSettings(unit.orgSettings);
  const ctx: OfflineContext = {
    today: localDate(now, unit.timeZone),
    services: await listUnitServices(db, unit.id),
    bands: org.profileBands,
  };
  return { unit, ctx, redFlagWords: org.redFlagWords };
}

type Written = { unitId: string; orgId: string; channel: OfflineChannel; redFlagWords: readonly string[] };

/** One questionnaire as the survey's own insert path takes it, with its warning signs flagged. */
function newResponse(actor: Actor, w: Written, a: OfflineAnswer, nonce: string, now: number): NewResponse {
  const reasons = flagReasons(a, w.redFlagWords);
  return {
    id: randomId(),
    unitId: w.unitId,
    serviceId: a.serviceId,
    touchpointId: null,
    localDate: a.localDate,
    submittedAt: now,
    // Paper questionnaires are the Indonesian model questionnaire.
    lang: "id",
    nonce,
    steered: a.steered,
    comment: a.comment,
    improvement: a.improvement,
    profile: a.profile,
    answers: a.answers,
    channel: w.channel,
    enteredBy: actor.userId,
    ...(reasons.length > 0 ? { flag: { orgId: w.orgId, reasons } } : {}),
  };
}

async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

const ALREADY = "this file was already imported into this unit (same content); nothing was written";

/**
 * `responses:import`: a whole file of answers collected elsewhere, all or nothing, in one batch with
 * one audit row. Each row's nonce is `import:<unit>:<file sha256>:<line>`, so the same file imported
 * again is refused instead of counted twice (a corrected file is a new file: import only new rows).
 */
export async function importAnswers(
  db: Db,
  actor: Actor,
  input: { unitId: string; channel: string; bytes: Uint8Array },
  now: number,
): Promise<{ imported: number; errors: ImportError[] }> {
  const channel = input.channel;
  if (!isChannel(channel))
    throw refused(
      "VALIDATION_FAILED",
      "Kanal harus kertas, wawancara atau lainnya.",
      "channel must be paper, interview or other",
    );
  const { unit, ctx, redFlagWords } = await unitContext(db, input.unitId, now);
  const parsed = parseAnswersFile(input.bytes, ctx);
  if (parsed.errors.length > 0) return { imported: 0, errors: parsed.errors };
  const hash = (await fileHash(input.bytes)).slice(0, 32);
  const nonceOf = (line: number) => `import:${unit.id}:${hash}:${line}`;
  const refusedAgain = { imported: 0, errors: [{ line: 0, message: ALREADY }] };
  if (await responseNonceTaken(db, nonceOf(parsed.rows[0]!.line))) return refusedAgain;
  const w = { unitId: unit.id, orgId: unit.orgId, channel, redFlagWords };
  const statements = bulkResponseStatements(
    db,
    parsed.rows.map((row) => newResponse(actor, w, row, nonceOf(row.line), now)),
  );
  statements.push(
    audit(db, actor, unit.orgId, now, {
      action: "responses.import",
      target: unit.id,
      detail: `${channel}: ${parsed.rows.length} (sha256 ${hash.slice(0, 16)})`,
    }),
  );
  try {
    await commit(db, statements);
  } catch (err) {
    // The same file raced in twice: the later batch rolled back whole.
    if (isUniqueViolation(err)) return refusedAgain;
    throw err;
  }
  return { imported: parsed.rows.length, errors: [] };
}

/**
 * The entry form: one paper questionnaire typed in by an operator (entered_by), with its audit row in
 * the same batch. `formNonce` is the form's own, so a double click or a reload saves it once: the
 * second time answers `saved: false`.
 */
export async function enterAnswer(
  db: Db,
  actor: Actor,
  input: { unitId: string; channel: string; formNonce: string; raw: RawOfflineAnswer },
  now: number,
): Promise<{ saved: boolean }> {
  const { unit, ctx, redFlagWords } = await unitContext(db, input.unitId, now);
  const channel = input.channel;
  const checked = checkOfflineAnswer(input.raw, ctx);
  const channelIssues: OfflineIssue[] = isChannel(channel) ? [] : [{ path: "channel", code: "invalid_choice" }];
  if (!checked.ok || !isChannel(channel))
    throw new EntryRefused([...channelIssues, ...(checked.ok ? [] : checked.issues)]);
  const formNonce = /^[A-Za-z0-9]{16,40}$/.test(input.formNonce) ? input.formNonce : randomId();
  const w = { unitId: unit.id, orgId: unit.orgId, channel, redFlagWords };
  const statements = responseStatements(db, newResponse(actor, w, checked.value, `entry:${unit.id}:${formNonce}`, now));
  statements.push(audit(db, actor, unit.orgId, now, { action: "response.enter", target: unit.id, detail: channel }));
  try {
    await commit(db, statements);
  } catch (err) {
    if (isUniqueViolation(err)) return { saved: false };
    throw err;
  }
  return { saved: true };
}
