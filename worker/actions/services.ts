import * as z from "zod";
import type { Db } from "../../db/db";
import { getService, updateServicePopulation } from "../../db/queries/services";
import { AppError } from "../errors";
import { audit, commit, refused, validated, type Actor } from "./action";

/** The largest yearly population a service may state: far above any real service, so a typo is caught. */
const MAX_SERVICE_POPULATION = 100_000_000;

const POPULATION_REFUSED = {
  id: `Populasi harus bilangan bulat 1–${MAX_SERVICE_POPULATION.toLocaleString("id-ID")}, atau kosong.`,
  en: `The population must be a whole number 1–${MAX_SERVICE_POPULATION.toLocaleString("en-US")}, or empty`,
};
const population = z.union([z.null(), z.number().int().min(1).max(MAX_SERVICE_POPULATION)]);
const change = z.object({ serviceId: z.string().min(1).max(64), unitId: z.string().max(64).optional() });

/**
 * Sets (or clears, with null) a service's yearly population, which gives the service its own
 * Krejcie–Morgan requirement, with an audit row in the same batch. `unitId`, when given, is the unit
 * the service must belong to (a dashboard page's unit): any other service is answered as not found.
 */
export async function setServicePopulation(
  db: Db,
  actor: Actor,
  input: { serviceId: unknown; unitId?: unknown; population: unknown },
  now: number,
) {
  const c = validated(change, { serviceId: input.serviceId, unitId: input.unitId });
  const parsed = population.safeParse(input.population);
  if (!parsed.success)
    throw new AppError("VALIDATION_FAILED", POPULATION_REFUSED.en, {
      issues: [{ path: "population", message: POPULATION_REFUSED.en }],
      localized: POPULATION_REFUSED,
    });
  const service = await getService(db, c.serviceId);
  if (!service || (c.unitId !== undefined && service.unitId !== c.unitId))
    throw refused("NOT_FOUND", "Jenis layanan tidak ditemukan.", `No service with id "${c.serviceId}".`);
  await commit(db, [
    updateServicePopulation(db, service.id, parsed.data),
    audit(db, actor, service.orgId, now, {
      action: "service.population",
      target: service.id,
      detail: JSON.stringify({ name: service.name, population: parsed.data }),
    }),
  ]);
  return { serviceId: service.id, unitId: service.unitId, name: service.name, population: parsed.data };
}
