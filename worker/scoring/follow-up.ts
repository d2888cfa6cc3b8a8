/**
 * The follow-up plan (RTL) of an SKM: a status with its dates (rencana → berjalan → selesai), the share of
 * the plan completed and how many months completion took. PEKPPP (PermenPAN-RB 29/2022) scores both: the
 * share completed (< 30%, 30–80%, > 80%, 100%) and the speed (all done within 12 / 9 / 6 / 3 / 1 months of
 * the SKM report); the LKE scores follow-up of the results (all, most, some, none).
 */
export type FollowUpStatus = "rencana" | "berjalan" | "selesai";
type Dates = { startedOn: string | null; doneOn: string | null };
export type StatusRefusal = "date_in_future" | "done_before_start" | "evidence_required";

const RANK: Record<FollowUpStatus, number> = { rencana: 0, berjalan: 1, selesai: 2 };

/**
 * The dates after a status change. Moving to berjalan sets started_on, to selesai sets done_on (and
 * started_on too when berjalan was skipped), each the date the operator gives or today; going back clears
 * the later dates; the same status with a date corrects that status's date. Dates are local YYYY-MM-DD.
 */
export function statusChange(
  prev: ({ status: FollowUpStatus } & Dates) | null,
  next: { status: FollowUpStatus; date: string | null; evidence: string | null },
  today: string,
): { ok: true; dates: Dates } | { ok: false; reason: StatusRefusal } {
  if (next.date && next.date > today) return { ok: false, reason: "date_in_future" };
  const from = prev ?? { status: "rencana" as const, startedOn: null, doneOn: null };
  const moved = RANK[next.status] > RANK[from.status];
  if (next.status === "rencana") return { ok: true, dates: { startedOn: null, doneOn: null } };
  if (next.status === "berjalan") {
    const startedOn = next.date ?? (moved ? today : (from.startedOn ?? today));
    return { ok: true, dates: { startedOn, doneOn: null } };
  }
  // Done needs something to show for it: a report, a photo reference or a link.
  if (!next.evidence) return { ok: false, reason: "evidence_required" };
  const doneOn = next.date ?? (moved ? today : (from.doneOn ?? today));
  const startedOn = from.startedOn ?? doneOn;
  if (doneOn < startedOn) return { ok: false, reason: "done_before_start" };
  return { ok: true, dates: { startedOn, doneOn } };
}
