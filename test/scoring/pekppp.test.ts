import { describe, expect, it } from "vitest";
import { channelsScore, completionScore, pekppp, speedOf, type PekpppInput } from "../../worker/scoring/pekppp";

const done = (reportDate: string, doneOn: string | null, evidence = true) => ({
  reportDate,
  doneOn,
  done: true,
  evidence,
});
const open = (reportDate: string) => ({ reportDate, doneOn: null, done: false, evidence: false });
const input = (
  o: Partial<Omit<PekpppInput, "followUps">> & { followUps?: readonly PekpppInput["followUps"][number][] },
): PekpppInput => ({
  respondents: 120,
  periodsWithResults: 4,
  online: true,
  offline: true,
  channels: 3,
  ...o,
  followUps: [...(o.followUps ?? [done("2026-03-31", "2026-05-10")])],
});

describe("PEKPPP indicators", () => {
  it.each([
    // [what changes, stage, score]
    [{ respondents: 0, periodsWithResults: 0, online: false, offline: false, followUps: [] }, "none", 0],
    [{ periodsWithResults: 0 }, "collected", 1], // answers, but no triwulan reaches the minimum n
    [{ online: false, offline: false }, "done", 2],
    [{ online: false }, "published", 3],
    [{ offline: false }, "published", 3],
    [{ followUps: [open("2026-03-31")] }, "published_online_offline", 4],
    [{}, "followed_up", 5],
    [{ periodsWithResults: 0, followUps: [] }, "collected", 1], // published and followed up count only after the SKM itself
  ] as const)("indicator 1 with %j: %s = %s", (o, stage, score) =>
    expect(pekppp(input(o)).implementation).toEqual({ stage, score }),
  );

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [4, 4],
    [5, 5],
    [9, 5],
  ])("indicator 2: %s channels score %s", (channels, score) => expect(channelsScore(channels)).toBe(score));

  it.each([
    // [planned, done, report, score]
    [0, 0, false, 0],
    [10, 0, false, 1],
    [10, 2, false, 2], // 20%
    [100, 29, false, 2],
    [10, 3, false, 3], // exactly 30%
    [10, 8, false, 3], // exactly 80%
    [100, 81, false, 4],
    [10, 10, false, 4], // all done, no implementation report
    [10, 10, true, 5],
  ] as const)("indicator 3: %s planned, %s done, report %s → %s", (planned, d, report, score) =>
    expect(completionScore(planned, d, report)).toBe(score),
  );

  it.each([
    // [done on, for a report of 31 March 2026, within, score]
    ["2026-03-15", 1, 5], // before the report counts as within
    ["2026-04-30", 1, 5], // 31 March + 1 month is 30 April (clamped)
    ["2026-05-01", 3, 4],
    ["2026-06-30", 3, 4],
    ["2026-07-01", 6, 3],
    ["2026-09-30", 6, 3],
    ["2026-12-31", 9, 2],
    ["2027-03-31", 12, 1],
    ["2027-04-01", null, 0],
  ] as const)("indicator 4: done on %s → within %s months, %s", (doneOn, within, score) =>
    expect(speedOf([done("2026-03-31", doneOn)])).toEqual({ withinMonths: within, score }),
  );

  it("indicator 4 takes the slowest row, and is 0 while a row is open or has no completion date", () => {
    const fast = done("2026-06-30", "2026-07-15");
    expect(speedOf([fast, done("2026-03-31", "2026-08-15")])).toEqual({ withinMonths: 6, score: 3 });
    expect(speedOf([fast, open("2026-06-30")])).toEqual({ withinMonths: null, score: 0 });
    expect(speedOf([fast, done("2026-06-30", null)])).toEqual({ withinMonths: null, score: 0 });
    expect(speedOf([])).toEqual({ withinMonths: null, score: 0 });
  });

  it("reads completion and the implementation report from the rows", () => {
    const rows = [done("2026-03-31", "2026-04-10"), done("2026-06-30", "2026-07-10", false), open("2026-09-30")];
    expect(pekppp(input({ followUps: rows })).completion).toEqual({
      planned: 3,
      done: 2,
      share: 2 / 3,
      report: false,
      score: 3,
    });
    expect(pekppp(input({ followUps: [] })).completion).toEqual({
      planned: 0,
      done: 0,
      share: null,
      report: false,
      score: 0,
    });
  });
});
