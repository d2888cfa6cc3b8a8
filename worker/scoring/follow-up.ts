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

/**
 * Months from `from` to `to` (YYYY-MM-DD) as the calendar counts them: whole months, then the rest in
 * days as a share of the month it falls in. "Within n months" is then exactly `months ≤ n`: 15 January
 * to 15 April is 3, to 16 April just over 3. Negative when `to` is earlier.
 */
export function monthsBetween(from: string, to: string): number {
  if (to < from) return -monthsBetween(to, from);
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  // The day `k` months after `from`, clamped to the month's end (31 January + 1 month = 28/29 February).
  const after = (k: number) => {
    const y = y1 + Math.floor((m1 - 1 + k) / 12);
    const m = ((m1 - 1 + k) % 12) + 1;
    return Date.UTC(y, m - 1, Math.min(d1, new Date(Date.UTC(y, m, 0)).getUTCDate()));
  };
  const end = Date.UTC(y2, m2 - 1, d2);
  let whole = (y2 - y1) * 12 + (m2 - m1);
  if (after(whole) > end) whole -= 1;
  return whole + (end - after(whole)) / (after(whole + 1) - after(whole));
}

/** A plan row as the export reads it: its status, when its clock started (forum or creation), when it was done. */
export type FollowUpOutcome = { status: string; start: string; doneOn: string | null };

/**
 * A year's RTL in the numbers PEKPPP and the LKE read: rows planned and done, the share done (null for
 * an empty plan), and the slowest completion in months from the SKM report (the forum that agreed the
 * plan when it is linked, else the day the row was recorded) to done_on.
 */
export function followUpProgress(rows: FollowUpOutcome[]) {
  const done = rows.filter((r) => r.status === "selesai" && r.doneOn !== null);
  const months = done.map((r) => Math.max(0, monthsBetween(r.start, r.doneOn!)));
  return {
    planned: rows.length,
    done: done.length,
    share: rows.length ? done.length / rows.length : null,
    allDone: rows.length > 0 && done.length === rows.length,
    slowestMonths: months.length ? Math.max(...months) : null,
  };
}
