import type { Db } from "../../db/db";
import { ensureServiceId, insertOrganization, insertUnit } from "../../db/queries/admin";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { insertApiToken } from "../../db/queries/tokens";
import { randomCode, randomId, sha256Hex } from "../../worker/crypto";
import type { Instrument } from "../../worker/survey/instruments";

export type SeedOptions = {
  instruments?: Instrument[];
  timeZone?: string;
  unitTimeZone?: string;
  active?: boolean;
  kiosk?: boolean;
  orgName?: string;
};

/** An organization with one unit, one service and one touchpoint: what most tests need. */
export async function seedTouchpoint(db: Db, o: SeedOptions = {}) {
  const orgId = randomId();
  const unitId = randomId();
  const touchpointId = randomId();
  const code = randomCode();
  await insertOrganization(db, {
    id: orgId,
    slug: `org-${orgId.toLowerCase()}`,
    name: o.orgName ?? "Dinas Uji",
    timeZone: o.timeZone ?? "Asia/Jakarta",
  });
  await insertUnit(db, {
    id: unitId,
    orgId,
    code: `unit-${unitId.toLowerCase()}`,
    name: "UPT Uji",
    population: 1000,
    timeZone: o.unitTimeZone ?? null,
    settings: JSON.stringify(o.instruments ? { instruments: o.instruments } : {}),
  });
  const serviceId = await ensureServiceId(db, unitId, "Perizinan", randomId());
  await insertTouchpoint(db, {
    id: touchpointId,
    unitId,
    serviceId,
    code,
    label: "Loket 1",
    active: o.active ?? true,
    kiosk: o.kiosk ?? false,
  });
  return { orgId, unitId, serviceId, touchpointId, code };
}

/** A complete, valid answer set for the given instruments. */
export function fullAnswers(instruments: Instrument[] = ["skm", "spkp", "spak"], pick = (max: number) => max) {
  const items = { skm: [9, 4, "U"], spkp: [8, 6, "P"], spak: [5, 6, "A"] } as const;
  const out: Record<string, number> = {};
  for (const ins of instruments) {
    const [n, max, prefix] = items[ins];
    for (let i = 1; i <= n; i++) out[`${prefix}${i}`] = pick(max);
  }
  return out;
}

/** A unit under `parentId` in the same organization, with one touchpoint. */
export async function seedChildUnit(db: Db, orgId: string, parentId: string, population: number | null = null) {
  const unitId = randomId();
  const code = randomCode();
  await insertUnit(db, {
    id: unitId,
    orgId,
    parentId,
    code: `unit-${unitId.toLowerCase()}`,
    name: "Sub-unit",
    population,
  });
  const touchpointId = randomId();
  await insertTouchpoint(db, { id: touchpointId, unitId, code, label: "Loket" });
  return { unitId, touchpointId, code };
}

/** An evaluator token as `token:create` makes it; returns the secret to send as Bearer. */
export async function seedEvaluatorToken(db: Db, orgId: string, unitId: string | null = null) {
  const token = `zis_${randomId(40)}`;
  const id = randomId();
  await insertApiToken(db, { id, orgId, unitId, role: "evaluator", tokenHash: await sha256Hex(token) });
  return { id, token };
}
