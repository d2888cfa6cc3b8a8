import { describe, expect, it } from "vitest";
import { statusChange } from "../../worker/scoring/follow-up";

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
