import { describe, expect, it } from "vitest";
import { followUpScore, lkeSkmItems, publicationScore, skmFrequencyScore } from "../../worker/scoring/lke-skm";

describe("LKE SKM items", () => {
  it.each([
    [0, 0],
    [1, 0.25],
    [2, 0.5],
    [3, 0.75],
    [4, 1],
    [12, 1],
  ])("SKM frequency: %s periods with results score %s", (periods, score) =>
    expect(skmFrequencyScore(periods)).toBe(score),
  );

  it.each([
    [true, true, 1],
    [false, true, 0.5],
    [true, false, 0.5],
    [false, false, 0],
  ])("publication online %s, offline %s scores %s", (online, offline, score) =>
    expect(publicationScore(online, offline)).toBe(score),
  );

  it.each([
    // [planned, done, score]: all = 1, most (> half) = .67, some (≥ 1) = .33, none = 0
    [0, 0, 0],
    [5, 0, 0],
    [5, 1, 0.33],
    [4, 2, 0.33], // exactly half is not "most"
    [5, 3, 0.67], // 60%
    [3, 2, 0.67],
    [100, 51, 0.67],
    [5, 4, 0.67],
    [5, 5, 1],
    [1, 1, 1],
  ])("follow-up: %s planned, %s done scores %s", (planned, done, score) =>
    expect(followUpScore(planned, done)).toBe(score),
  );

  it("reproduces contract.md's example: 4 periods, online and offline over 3 channels, 3 of 5 done", () => {
    expect(
      lkeSkmItems({ periodsWithResults: 4, online: true, offline: true, channels: 3, planned: 5, done: 3 }),
    ).toEqual({
      skm: { periodsWithResults: 4, score: 1 },
      publication: { online: true, offline: true, channels: 3, score: 1 },
      followUp: { planned: 5, done: 3, score: 0.67 },
    });
  });
});
