import type { Snapshot } from "./snapshot-schema";

export type PublishedAction = { period: string; item: string; action: string; status: string; recordedOn: string };

/**
 * What the unit did about what citizens said, as its publications recorded it (never the live follow-up
 * records: a published page shows what was published). Each action once, with the status the newest
 * publication gave it; plans alone are left out, and the problem text never left the dashboard.
 */
export function publishedActions(snapshots: Snapshot[]): PublishedAction[] {
  const newestFirst = [...snapshots].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const seen = new Map<string, PublishedAction>();
  for (const s of newestFirst)
    for (const f of s.followUps) {
      const key = JSON.stringify([f.period, f.item, f.action]);
      if (!seen.has(key)) seen.set(key, { ...f, recordedOn: s.publishedAt.slice(0, 10) });
    }
  return [...seen.values()]
    .filter((f) => f.status !== "rencana")
    .sort((a, b) => b.period.localeCompare(a.period) || a.item.localeCompare(b.item));
}
