/**
 * Why publishing a period needs the operator's explicit confirmation, and what the snapshot then carries:
 * a period whose last day (in the unit's calendar) has not passed yet, or fewer respondents than the
 * organization's minimum n. Either would otherwise become the public headline and the badge.
 */
export type PublicationFlag = "period_running" | "sample_below_minimum";

export function publicationFlags(p: {
  periodTo: string;
  today: string;
  respondents: number;
  minRespondents: number;
}): PublicationFlag[] {
  const flags: PublicationFlag[] = [];
  // A period ends after its last day: on that day responses are still coming in.
  if (p.today <= p.periodTo) flags.push("period_running");
  if (p.respondents < p.minRespondents) flags.push("sample_below_minimum");
  return flags;
}

/** The newest published period that needed no confirmation: the only one fit to be a headline or a badge. */
export function headline<T extends { flags: readonly string[] }>(newestFirst: T[]): T | null {
  return newestFirst.find((s) => s.flags.length === 0) ?? null;
}
