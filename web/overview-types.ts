import type { Point } from "./components/charts";
import type { ZiVerdict } from "./admin-text";

/** One index of a unit (or a unit and everything below it) for a period: unrounded, as computed. */
export type IndexFigure = { value: number; n: number; ci95: [number, number] | null; sufficient: boolean };
export type PerceptionFigure = IndexFigure & { lke: number; wbk: ZiVerdict; wbbm: ZiVerdict };

export type Measures = {
  respondents: number;
  ikm: (IndexFigure & { grade: string | null }) | null;
  ipkp: PerceptionFigure | null;
  ipak: PerceptionFigure | null;
};

type UnitFlags = {
  /** No response at all in the current calendar quarter (whatever period is shown). */
  noSurvey: boolean;
  /** Fewer respondents in the period than the Krejcie–Morgan minimum for the unit's population. */
  belowSample: boolean;
};

/** A unit of the overview's tree, in tree order. */
export type TreeRow = {
  unitId: string;
  code: string;
  name: string;
  depth: number;
  /** Names of the units above, root first. */
  path: string[];
  hasChildren: boolean;
  /** Has an active QR code or no unit below it: a unit expected to collect answers itself. */
  collects: boolean;
  own: Measures;
  /** The unit with every unit below it; null for a unit with none below. */
  subtree: Measures | null;
  required: number | null;
  flags: UnitFlags;
  /** Units below this one that carry a flag. */
  flaggedBelow: number;
  /** Flagged responses of the unit itself not yet looked at (Perlu perhatian, status baru). */
  attention?: number;
  weakest: { key: string; nrr: number } | null;
  steeredShare: number | null;
  spark: Point[];
};

export type RankBy = "ikm" | "ipkp" | "ipak";
export type RankedRow = { rank: number; tied: boolean; value: number; row: TreeRow };
export type Ranking = { by: RankBy; minRespondents: number; ranked: RankedRow[]; unranked: TreeRow[] };

export type FlagFilter = "" | "any" | "no-survey" | "below-sample";
export type OverviewView = "tree" | "ranking";
