import type { FlagFilter, OverviewView, RankBy } from "../../web/overview-types";
import { AppError } from "../errors";

const VIEWS: readonly OverviewView[] = ["tree", "ranking"];
const RANK_BY: readonly RankBy[] = ["ikm", "ipkp", "ipak"];
const FLAGS: readonly FlagFilter[] = ["", "any", "no-survey", "below-sample"];

export type OverviewQuery = { view: OverviewView; by: RankBy; flag: FlagFilter };

function refuse(field: string, allowed: readonly string[]): never {
  const list = allowed.filter(Boolean).join(", ");
  throw new AppError("VALIDATION_FAILED", `Invalid ${field}`, {
    issues: [{ path: field, message: `${field} must be one of ${list}` }],
    localized: {
      id: `Nilai "${field}" tidak dikenal. Pilih salah satu: ${list}.`,
      en: `Unknown value for "${field}". Choose one of: ${list}.`,
    },
  });
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[], field: string, fallback: T): T {
  if (value === undefined || value === "") return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : refuse(field, allowed);
}

/** The overview's view, ranking index and flag filter; an unknown value is a 400 that lists the allowed ones. */
export function overviewQuery(q: Record<string, string | undefined>): OverviewQuery {
  return {
    view: pick(q.view, VIEWS, "view", "tree"),
    by: pick(q.by, RANK_BY, "by", "ikm"),
    flag: pick(q.flag, FLAGS, "flag", ""),
  };
}

/** Whether a unit passes the flag filter. */
export function matchesFlag(flags: { noSurvey: boolean; belowSample: boolean }, filter: FlagFilter): boolean {
  if (filter === "no-survey") return flags.noSurvey;
  if (filter === "below-sample") return flags.belowSample;
  if (filter === "any") return flags.noSurvey || flags.belowSample;
  return true;
}
