import type { TouchpointRow } from "../../db/queries/touchpoints";

/**
 * Touchpoints by QR code, so a visit needs no read. Emptied whenever an operator changes anything (the
 * Node entry's operator threads say so); the short TTL covers writes from another process (the CLI).
 * Only visits read it: a submission's own read is always fresh, so a stale entry can at worst hand out a
 * token that the submit then refuses as closed.
 */
export class TouchpointCache {
  private entries = new Map<string, { row: TouchpointRow | null; until: number }>();
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
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(code, { row, until: now + this.ttlMs });
    return row;
  }

  clear() {
    this.generation++;
    this.entries.clear();
  }
}
