/**
 * The four SKM indicators of PEKPPP (PermenPAN-RB 29/2022, monitoring public-service performance),
 * each 0–5, from domain.md "PEKPPP". Pure: the year's counts and follow-up dates in, scores out.
 *
 * domain.md names the steps, not the points: how the steps map onto 0–5 is ours, named and versioned
 * here (PEKPPP.version is part of every formulaVersion that reports these).
 */
export const PEKPPP = {
  version: "pekppp/1;stages=0-5;channels=n-max5;completion=30-80;speed=period-end",
  /** Indicator 3: the share done at which each band starts (30–80% inclusive is the middle band). */
  completion: { low: 0.3, high: 0.8 },
  /** Indicator 4: all done within this many months of the SKM report → points. */
  speed: [
    [1, 5],
    [3, 4],
    [6, 3],
    [9, 2],
    [12, 1],
  ] as const,
} as const;

/** Indicator 1's steps, each needing the one before: nothing → answers → per the regulation → … */
export const PEKPPP_STAGES = [
  "none",
  "collected",
  "done",
  "published",
  "published_online_offline",
  "followed_up",
] as const;
export type PekpppStage = (typeof PEKPPP_STAGES)[number];

export type PekpppInput = {
  /** SKM respondents in the year. */
  respondents: number;
  /** Triwulan with results (lke-skm.ts): at least one means the SKM was done per the regulation. */
  periodsWithResults: number;
  online: boolean;
  offline: boolean;
  channels: number;
  /** The year's follow-up plan: each row's SKM report date and completion date (YYYY-MM-DD), evidence or not. */
  followUps: { reportDate: string; doneOn: string | null; done: boolean; evidence: boolean }[];
};

/** Indicator 1: 0 nothing, 1 answers only, 2 done per the regulation, 3 published, 4 online and offline, 5 followed up. */
function stage(i: PekpppInput): PekpppStage {
  const steps: [PekpppStage, boolean][] = [
    ["collected", i.respondents > 0],
    ["done", i.periodsWithResults > 0],
    // Published one way: offline, as the regulation's step names it, or online only.
    ["published", i.online || i.offline],
    ["published_online_offline", i.online && i.offline],
    ["followed_up", i.followUps.some((f) => f.done)],
  ];
  let reached: PekpppStage = "none";
  for (const [name, ok] of steps) {
    if (!ok) break;
    reached = name;
  }
  return reached;
}

/** Indicator 2: the number of channels, 1 … 4, and 5 for more than 4. */
export const channelsScore = (channels: number) => (channels > 4 ? 5 : Math.max(0, channels));

/** Indicator 3: 0 no plan, 1 none done, 2 under 30%, 3 30–80%, 4 over 80%, 5 all done with an implementation report. */
export function completionScore(planned: number, done: number, report: boolean): number {
  if (planned <= 0) return 0;
  if (done <= 0) return 1;
  const share = done / planned;
  if (share >= 1 && report) return 5;
  if (share > PEKPPP.completion.high) return 4;
  return share >= PEKPPP.completion.low ? 3 : 2;
}

/** The same day `months` later, clamped to the month's end (30 November + 3 → 28/29 February). */
function addMonths(date: string, months: number): string {
  const total = +date.slice(0, 4) * 12 + +date.slice(5, 7) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, "0")}-${String(Math.min(+date.slice(8, 10), last)).padStart(2, "0")}`;
}

/**
 * Indicator 4: the tightest limit within which every follow-up was done, counted from its SKM report
 * (the end of the period it answers). A row not done, or done without a date, cannot show it: 0.
 */
export function speedOf(followUps: PekpppInput["followUps"]): { withinMonths: number | null; score: number } {
  const all = followUps.length > 0 && followUps.every((f) => f.done && f.doneOn !== null);
  const hit = all
    ? PEKPPP.speed.find(([months]) => followUps.every((f) => f.doneOn! <= addMonths(f.reportDate, months)))
    : undefined;
  return hit ? { withinMonths: hit[0], score: hit[1] } : { withinMonths: null, score: 0 };
}

const STAGE_SCORE: Record<PekpppStage, number> = {
  none: 0,
  collected: 1,
  done: 2,
  published: 3,
  published_online_offline: 4,
  followed_up: 5,
};

/** The four indicators of one unit and year, each with what it was read from. */
export function pekppp(i: PekpppInput) {
  const planned = i.followUps.length;
  const done = i.followUps.filter((f) => f.done).length;
  const report = done > 0 && i.followUps.every((f) => !f.done || f.evidence);
  const reached = stage(i);
  return {
    implementation: { stage: reached, score: STAGE_SCORE[reached] },
    channels: { count: i.channels, score: channelsScore(i.channels) },
    completion: {
      planned,
      done,
      share: planned > 0 ? done / planned : null,
      report,
      score: completionScore(planned, done, report),
    },
    speed: speedOf(i.followUps),
  };
}
