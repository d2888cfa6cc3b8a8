import type { TouchpointRow } from "../../db/queries/touchpoints";

type Entry = { row: TouchpointRow | null; until: number };

/**
 * Touchpoints by QR code, so a visit needs no read, and by id for the submit that follows (which tries its
 * rules on the cached row first; worker/survey/submit.ts). Emptied whenever an operator changes anything
 * (the Node entry's operator threads say so, before they answer); the short TTL covers writes from another
 * process (the CLI): for that long, a touchpoint the CLI closed still takes the answers of its open pages.
 */
export class TouchpointCache {
  private entries = new Map<string, Entry>();
  private byId = new Map<string, Entry>();
  // Bumped by clear(): a read that started before a change must not put the old row back.
  private generation = 0;

  constructor(
    private ttlMs: number,
    private maxEntries = 10_000,
    private clock = () => Date.now(),
  ) {}

  async get(code: string, load: (code: string) => Promise<TouchpointRow | null>): Promise<TouchpointRow | null> {
    const now = this.clock();
    const hit = this.entries.get(code);
    if (hit && hit.until > now) return hit.row;
    const generation = this.generation;
    const row = await load(code);
    if (this.ttlMs <= 0 || generation !== this.generation) return row;
    // Unknown codes are kept too (a scanner hammering a typo), but the map never grows past its bound.
    if (this.entries.size >= this.maxEntries) this.clearEntries();
    const entry = { row, until: now + this.ttlMs };
    this.entries.set(code, entry);
    if (row) this.byId.set(row.id, entry);
    return row;
  }

  /** The row a visit cached, by touchpoint id, while it is fresh; never a read. */
  peekById(id: string): TouchpointRow | undefined {
    const hit = this.byId.get(id);
    return hit && hit.until > this.clock() && hit.row ? hit.row : undefined;
  }

  clear() {
    this.generation++;
    this.clearEntries();
  }

  private clearEntries() {
    this.entries.clear();
    this.byId.clear();
  }
}
