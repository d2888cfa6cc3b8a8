import { describe, expect, it } from "vitest";
import { followUpProgress, monthsBetween, statusChange } from "../../worker/scoring/follow-up";

const TODAY = "2026-07-20";
const none = { startedOn: null, doneOn: null };

describe("statusChange: the RTL status dates", () => {
  const cases: [string, Parameters<typeof statusChange>[0], Parameters<typeof statusChange>[1], unknown][] = [
    ["new plan", null, { status: "rencana", date: null, evidence: null }, { ok: true, dates: none }],
    [
      "new plan ignores a date",
      null,
      { status: "rencana", date: "2026-07-01", evidence: null },
      { ok: true, dates: none },
    ],
    [
      "start today",
      { status: "rencana", ...none },
      { status: "berjalan", date: null, evidence: null },
      { ok: true, dates: { startedOn: TODAY, doneOn: null } },
    ],
    [
      "start on a given day",
      { status: "rencana", ...none },
      { status: "berjalan", date: "2026-07-02", evidence: null },
      { ok: true, dates: { startedOn: "2026-07-02", doneOn: null } },
    ],
    [
      "start on the last allowed day (today)",
      { status: "rencana", ...none },
      { status: "berjalan", date: TODAY, evidence: null },
      { ok: true, dates: { startedOn: TODAY, doneOn: null } },
    ],
    [
      "tomorrow is the future",
      { status: "rencana", ...none },
      { status: "berjalan", date: "2026-07-21", evidence: null },
      { ok: false, reason: "date_in_future" },
    ],
    [
      "done keeps the start",
      { status: "berjalan", startedOn: "2026-07-02", doneOn: null },
      { status: "selesai", date: null, evidence: "laporan" },
      { ok: true, dates: { startedOn: "2026-07-02", doneOn: TODAY } },
    ],
    [
      "done on the start day",
      { status: "berjalan", startedOn: "2026-07-02", doneOn: null },
      { status: "selesai", date: "2026-07-02", evidence: "laporan" },
      { ok: true, dates: { startedOn: "2026-07-02", doneOn: "2026-07-02" } },
    ],
    [
      "done the day before the start",
      { status: "berjalan", startedOn: "2026-07-02", doneOn: null },
      { status: "selesai", date: "2026-07-01", evidence: "laporan" },
      { ok: false, reason: "done_before_start" },
    ],
    [
      "done without evidence",
      { status: "berjalan", startedOn: "2026-07-02", doneOn: null },
      { status: "selesai", date: null, evidence: null },
      { ok: false, reason: "evidence_required" },
    ],
    [
      "done straight from the plan",
      { status: "rencana", ...none },
      { status: "selesai", date: "2026-07-05", evidence: "foto" },
      { ok: true, dates: { startedOn: "2026-07-05", doneOn: "2026-07-05" } },
    ],
    [
      "done again keeps its date",
      { status: "selesai", startedOn: "2026-07-02", doneOn: "2026-07-10" },
      { status: "selesai", date: null, evidence: "foto" },
      { ok: true, dates: { startedOn: "2026-07-02", doneOn: "2026-07-10" } },
    ],
    [
      "back to berjalan clears done",
      { status: "selesai", startedOn: "2026-07-02", doneOn: "2026-07-10" },
      { status: "berjalan", date: null, evidence: "foto" },
      { ok: true, dates: { startedOn: "2026-07-02", doneOn: null } },
    ],
    [
      "back to rencana clears both",
      { status: "selesai", startedOn: "2026-07-02", doneOn: "2026-07-10" },
      { status: "rencana", date: null, evidence: "foto" },
      { ok: true, dates: none },
    ],
  ];
  it.each(cases)("%s", (_name, prev, next, expected) => expect(statusChange(prev, next, TODAY)).toEqual(expected));
});

describe("monthsBetween: calendar months, the rest as a share of the month it falls in", () => {
  const vectors: [string, string, number][] = [
    ["2026-01-15", "2026-01-15", 0],
    ["2026-01-15", "2026-04-15", 3],
    ["2026-01-15", "2026-04-16", 3 + 1 / 30],
    ["2026-01-15", "2026-04-14", 2 + 30 / 31],
    ["2026-01-31", "2026-02-28", 1],
    ["2026-01-31", "2026-02-27", 27 / 28],
    ["2026-01-31", "2026-03-30", 1 + 30 / 31],
    ["2024-01-31", "2024-02-29", 1],
    ["2026-07-01", "2027-07-01", 12],
    ["2026-12-20", "2027-01-05", 16 / 31],
    ["2026-04-15", "2026-01-15", -3],
  ];
  it.each(vectors)("%s → %s = %d", (from, to, months) => expect(monthsBetween(from, to)).toBeCloseTo(months, 12));
  it("within n months is exactly months ≤ n", () => {
    expect(monthsBetween("2026-03-31", "2026-06-30")).toBe(3);
    expect(monthsBetween("2026-03-31", "2026-07-01")).toBeGreaterThan(3);
  });
});

describe("followUpProgress: a year's RTL as PEKPPP and the LKE read it", () => {
  it("counts planned and done, the share, and the slowest completion", () => {
    expect(
      followUpProgress([
        { status: "selesai", start: "2026-07-01", doneOn: "2026-10-01" },
        { status: "selesai", start: "2026-07-01", doneOn: "2026-08-01" },
        { status: "berjalan", start: "2026-07-01", doneOn: null },
        { status: "rencana", start: "2026-07-01", doneOn: null },
      ]),
    ).toEqual({ planned: 4, done: 2, share: 0.5, allDone: false, slowestMonths: 3 });
  });
  it("says when everything is done, and an empty plan has no share", () => {
    expect(followUpProgress([{ status: "selesai", start: "2026-07-01", doneOn: "2026-07-16" }])).toEqual({
      planned: 1,
      done: 1,
      share: 1,
      allDone: true,
      slowestMonths: 15 / 31,
    });
    expect(followUpProgress([])).toEqual({ planned: 0, done: 0, share: null, allDone: false, slowestMonths: null });
  });
  it("never counts a completion before its start as negative months", () => {
    expect(followUpProgress([{ status: "selesai", start: "2026-07-10", doneOn: "2026-07-01" }]).slowestMonths).toBe(0);
  });
});
