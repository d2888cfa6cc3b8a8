import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db";
import { touchpoints } from "../schema";

/** How many active touchpoints (QR codes) each unit has, in one grouped read; units without any are absent. */
export async function activeTouchpointCounts(db: Db, unitIds: string[]): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ unitId: touchpoints.unitId, n: sql<number>`count(*)` })
    .from(touchpoints)
    .where(and(inArray(touchpoints.unitId, unitIds), eq(touchpoints.active, true)))
    .groupBy(touchpoints.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}
