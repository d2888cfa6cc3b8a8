import { eq, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { Db } from "../db";
import { organizations, rateBuckets, responses, services, touchpoints, units } from "../schema";
import { languagesColumn } from "./language-packs";

function selectTouchpoint<E extends Record<string, SQL.Aliased | SQL>>(db: Db, extra?: E) {
  return db
    .select({
      ...(extra as E),
      id: touchpoints.id,
      code: touchpoints.code,
      label: touchpoints.label,
      // Open only while its unit and its service are active too: a deactivated unit's QR codes answer
      // as closed from the same read the survey and its POST already make.
      active:
        sql<boolean>`(${touchpoints.active} = 1 and ${units.deactivatedAt} is null and ${services.deactivatedAt} is null)`.mapWith(
          Boolean,
        ),
      /** The touchpoint's own open/closed switch, whatever its unit's state (what its form edits). */
      ownActive: touchpoints.active,
      kiosk: touchpoints.kiosk,
      serviceId: touchpoints.serviceId,
      serviceName: services.name,
      unitId: units.id,
      unitName: units.name,
      unitSettings: units.settings,
      unitTimeZone: units.timeZone,
      orgId: organizations.id,
      orgName: organizations.name,
      orgTimeZone: organizations.timeZone,
      orgSettings: organizations.settings,
      languages: languagesColumn(),
    })
    .from(touchpoints)
    .innerJoin(units, eq(units.id, touchpoints.unitId))
    .innerJoin(organizations, eq(organizations.id, units.orgId))
    .leftJoin(services, eq(services.id, touchpoints.serviceId));
}

/** Everything the survey page and its POST need about a QR code, in one read. */
export async function getTouchpointByCode(db: Db, code: string) {
  const [row] = await touchpointByCodeQuery(db, code);
  return row ?? null;
}

/** With a value, or a placeholder for the embedded hot path's prepared statement (db/queries/hot-submit.ts). */
export const touchpointByCodeQuery = (db: Db, code: string | Placeholder) =>
  selectTouchpoint(db).where(eq(touchpoints.code, code)).limit(1);

export type TouchpointRow = NonNullable<Awaited<ReturnType<typeof getTouchpointByCode>>>;

/** What the thank-you page names: the touchpoint's unit, and whether it has published results to link to. */
export async function getThanksContext(db: Db, code: string) {
  const [row] = await db
    .select({
      unitName: units.name,
      unitCode: units.code,
      unitSettings: units.settings,
      orgId: organizations.id,
      languages: languagesColumn(),
      published: sql<number>`exists (select 1 from published_snapshots p where p.unit_id = ${units.id})`,
    })
    .from(touchpoints)
    .innerJoin(units, eq(units.id, touchpoints.unitId))
    .innerJoin(organizations, eq(organizations.id, units.orgId))
    .where(eq(touchpoints.code, code))
    .limit(1);
  if (!row) return null;
  const { unitName, unitSettings, orgId, languages } = row;
  return { unitName, unitSettings, orgId, languages, resultsHref: row.published ? `/p/${row.unitCode}` : null };
}

type ContextParams = { touchpointId: string; nonce: string; rateKey: string };
export type SubmitContext = {
  touchpoint: TouchpointRow | null;
  existingId: string | null;
  rateCount: number;
};

/**
 * The reads a submission needs (its touchpoint, an earlier use of its nonce, its rate counter) as one
 * statement: one round trip to Turso and no transaction before the one write.
 */
export async function loadSubmitContext(db: Db, q: ContextParams): Promise<SubmitContext> {
  return submitContextOf((await submitContextQuery(db, q))[0]);
}

/** With values, or placeholders for the embedded hot path's prepared statement. */
export function submitContextQuery(db: Db, q: { [K in keyof ContextParams]: string | Placeholder }) {
  return selectTouchpoint(db, {
    existingId: sql<string | null>`(select ${responses.id} from ${responses} where ${responses.nonce} = ${q.nonce})`,
    rateCount: sql<
      number | null
    >`(select ${rateBuckets.count} from ${rateBuckets} where ${rateBuckets.key} = ${q.rateKey})`,
  })
    .where(eq(touchpoints.id, q.touchpointId))
    .limit(1);
}

export function submitContextOf(
  row: Awaited<ReturnType<typeof submitContextQuery>>[number] | undefined,
): SubmitContext {
  if (!row) return { touchpoint: null, existingId: null, rateCount: 0 };
  const { existingId, rateCount, ...touchpoint } = row;
  return { touchpoint, existingId, rateCount: rateCount ?? 0 };
}
/** `serviceId` may be a value of the same batch (serviceIdByName): the service the batch creates first. */
export function insertTouchpoint(
  db: Db,
  row: Omit<typeof touchpoints.$inferInsert, "serviceId"> & { serviceId?: string | SQL | null },
) {
  return db.insert(touchpoints).values(row);
}

export function setTouchpointActive(db: Db, id: string, active: boolean) {
  return db.update(touchpoints).set({ active }).where(eq(touchpoints.id, id));
}

export async function listUnitTouchpoints(db: Db, unitId: string) {
  return db
    .select({
      id: touchpoints.id,
      code: touchpoints.code,
      label: touchpoints.label,
      active: touchpoints.active,
      kiosk: touchpoints.kiosk,
      serviceName: services.name,
    })
    .from(touchpoints)
    .leftJoin(services, eq(services.id, touchpoints.serviceId))
    .where(eq(touchpoints.unitId, unitId))
    .orderBy(touchpoints.label);
}

export function setTouchpointKiosk(db: Db, id: string, kiosk: boolean) {
  return db.update(touchpoints).set({ kiosk }).where(eq(touchpoints.id, id));
}

export function renameTouchpoint(db: Db, id: string, label: string) {
  return db.update(touchpoints).set({ label }).where(eq(touchpoints.id, id));
}
