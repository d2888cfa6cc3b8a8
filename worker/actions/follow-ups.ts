import * as z from "zod";
import type { Db } from "../../db/db";
import { getOrganizationById, getUnit } from "../../db/queries/admin";
import {
  FOLLOW_UP_STATUSES,
  getFollowUp,
  getForum,
  insertFollowUp,
  updateFollowUp as updateFollowUpRow,
} from "../../db/queries/follow-ups";
import { randomId } from "../crypto";
import { periodError } from "../errors";
import { checkPeriodLabel } from "../indices/period";
import { statusChange, type StatusRefusal } from "../scoring/follow-up";
import { instrumentOfItem } from "../survey/instruments";
import { localDate } from "../survey/local-date";
import { cleanText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

const optionalDate = z
  .union([z.iso.date(), z.literal("")])
  .default("")
  .transform((d) => d || null);

/** A follow-up's fields as a form or a script gives them; empty strings stand for "none". */
const followUpFields = z.object({
  period: z.string(),
  item: z.string().refine((i) => instrumentOfItem(i) !== undefined, "unsur tidak dikenal"),
  problem: cleanText({ max: 500, multiline: true, required: true }),
  action: cleanText({ max: 500, multiline: true, required: true }),
  owner: cleanText({ max: 200, required: true }),
  dueDate: optionalDate,
  // Waktu in the RTL table: the triwulan (TW I–IV) of the plan's year.
  quarter: z
    .enum(["1", "2", "3", "4", ""])
    .default("")
    .transform((q) => (q ? Number(q) : null)),
  status: z.enum(FOLLOW_UP_STATUSES),
  // The day the status changed to what it is now; empty = today (or, unchanged, the date already recorded).
  statusDate: optionalDate,
  evidence: cleanText({ max: 1000, multiline: true })
    .default("")
    .transform((e) => e || null),
  forumId: z
    .string()
    .max(64)
    .default("")
    .transform((f) => f || null),
});
// A new plan row says when it is scheduled; rows recorded before the RTL had a Waktu column may lack it.
const newFollowUpFields = followUpFields.refine((f) => f.quarter !== null, {
  path: ["quarter"],
  message: "pilih TW I–IV",
});

const REFUSALS: Record<StatusRefusal, [string, string]> = {
  date_in_future: ["Tanggal status tidak boleh di masa depan.", "The status date cannot be in the future."],
  done_before_start: [
    "Tanggal selesai tidak boleh sebelum tanggal mulai.",
    "The completion date cannot be before the start date.",
  ],
  evidence_required: [
    "Status selesai memerlukan bukti (laporan, tautan atau rujukan foto).",
    "Done needs evidence (a report, a link or a photo reference).",
  ],
};

type FollowUpInput = { unitId: string; fields: Record<string, unknown> };

async function checked(db: Db, input: FollowUpInput, schema: typeof followUpFields, now: number) {
  // The period first, apart from the other fields: its refusal has its own reason in both languages.
  const period = checkPeriodLabel(input.fields.period);
  if (!period.ok) throw periodError(period);
  const f = validated(schema, input.fields);
  const unit = await getUnit(db, input.unitId);
  if (!unit) throw refused("NOT_FOUND", "Unit tidak ditemukan.", "No such unit.");
  if (f.forumId && (await getForum(db, f.forumId))?.unitId !== unit.id)
    throw refused(
      "VALIDATION_FAILED",
      "Forum konsultasi publik tidak ditemukan.",
      "No such public consultation forum.",
    );
  const timeZone = unit.timeZone ?? (await getOrganizationById(db, unit.orgId))!.timeZone;
  return { f, unit, today: localDate(now, timeZone) };
}

/** The status dates after the change, or the refusal in both languages. */
function datesOf(
  prev: Parameters<typeof statusChange>[0],
  f: z.output<typeof followUpFields>,
  today: string,
): { startedOn: string | null; doneOn: string | null } {
  const change = statusChange(prev, { status: f.status, date: f.statusDate, evidence: f.evidence }, today);
  if (!change.ok) throw refused("VALIDATION_FAILED", ...REFUSALS[change.reason]);
  return change.dates;
}

const row = ({ statusDate: _date, ...f }: z.output<typeof followUpFields>) => f;

/** A new follow-up checked, and the statements that write it with its audit row, for a caller's batch. */
export async function followUpCreation(db: Db, actor: Actor, input: FollowUpInput, now: number) {
  const { f, unit, today } = await checked(db, input, newFollowUpFields as typeof followUpFields, now);
  const id = randomId();
  const statements = [
    insertFollowUp(db, { id, unitId: unit.id, ...row(f), ...datesOf(null, f, today) }),
    audit(db, actor, unit.orgId, now, { action: "follow_up.create", target: `${unit.id}/${id}`, detail: f.item }),
  ];
  return { id, period: f.period, orgId: unit.orgId, statements };
}

/** A rencana tindak lanjut of a unit, tied to a period and an unsur or item. */
export async function createFollowUp(db: Db, actor: Actor, input: FollowUpInput, now: number) {
  const { id, period, statements } = await followUpCreation(db, actor, input, now);
  await commit(db, statements);
  return { id, period };
}

export async function updateFollowUp(db: Db, actor: Actor, input: FollowUpInput & { id: string }, now: number) {
  const { f, unit, today } = await checked(db, input, followUpFields, now);
  const prev = await getFollowUp(db, input.id);
  if (prev?.unitId !== unit.id)
    throw refused("NOT_FOUND", "Rencana tindak lanjut tidak ditemukan.", "No such follow-up.");
  const status = (FOLLOW_UP_STATUSES as readonly string[]).includes(prev.status) ? prev.status : "rencana";
  const dates = datesOf({ ...prev, status: status as (typeof FOLLOW_UP_STATUSES)[number] }, f, today);
  await commit(db, [
    updateFollowUpRow(db, input.id, unit.id, {
      ...row(f),
      quarter: f.quarter ?? prev.quarter,
      ...dates,
      updatedAt: now,
    }),
    audit(db, actor, unit.orgId, now, {
      action: "follow_up.update",
      target: `${unit.id}/${input.id}`,
      detail: f.status,
    }),
  ]);
  return { id: input.id, period: f.period };
}
