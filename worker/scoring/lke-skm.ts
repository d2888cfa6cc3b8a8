/**
 * The SKM items of the ZI worksheet (LKE, PermenPAN-RB 90/2021) that evaluators check as data dukung,
 * from domain.md "From indices to the ZI worksheet". Pure: counts in, item scores out.
 */

/**
 * Where domain.md leaves a choice open, the choice made, named and versioned (in every formulaVersion):
 * - a period with results is a triwulan of the year with at least the organization's minimum n of
 *   SKM respondents (a triwulan with fewer has no IKM to report, only "insufficient data");
 * - "most" follow-ups done is more than half, "some" is at least one;
 * - published online only scores like offline only (the LKE's options name offline only).
 */
export const LKE_SKM = {
  version: "lke-skm/1;period=triwulan-min-n;most>50%;some>=1;online-only=0.5",
  frequency: [
    [4, 1],
    [3, 0.75],
    [2, 0.5],
    [1, 0.25],
  ] as const,
  mostShare: 0.5,
  oneWayOnly: 0.5,
} as const;

/** SKM frequency: ≥ 4 periods with results = 1, 3 = .75, 2 = .5, 1 = .25, none = 0. */
export function skmFrequencyScore(periodsWithResults: number): number {
  return LKE_SKM.frequency.find(([min]) => periodsWithResults >= min)?.[1] ?? 0;
}

/** Publication: online and offline = 1, one of them only = .5, not published = 0. */
export function publicationScore(online: boolean, offline: boolean): number {
  if (online && offline) return 1;
  return online || offline ? LKE_SKM.oneWayOnly : 0;
}

/** Follow-up of the results: all = 1, most (> half) = .67, some (≥ 1) = .33, none (or no plan) = 0. */
export function followUpScore(planned: number, done: number): number {
  if (planned <= 0 || done <= 0) return 0;
  if (done >= planned) return 1;
  return done / planned > LKE_SKM.mostShare ? 0.67 : 0.33;
}

/** The three items for one unit and year. */
export function lkeSkmItems(input: {
  periodsWithResults: number;
  online: boolean;
  offline: boolean;
  channels: number;
  planned: number;
  done: number;
}) {
  return {
    skm: { periodsWithResults: input.periodsWithResults, score: skmFrequencyScore(input.periodsWithResults) },
    publication: {
      online: input.online,
      offline: input.offline,
      channels: input.channels,
      score: publicationScore(input.online, input.offline),
    },
    followUp: { planned: input.planned, done: input.done, score: followUpScore(input.planned, input.done) },
  };
}
