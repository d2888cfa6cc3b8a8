import * as z from "zod";
import { indicesQuery, indicesResponse } from "./schemas";

/** The indices query with `by=service`: the unit's figures, and the same per jenis layanan. */
export const indicesByQuery = indicesQuery.extend({
  by: z
    .enum(["service"])
    .optional()
    .describe("`service` adds `services`: the same indices per jenis layanan of the unit (only with scope=unit)"),
});

const top = indicesResponse.shape;

const serviceIndices = z.object({
  serviceId: z.string().describe('"" for responses without a service'),
  name: z.string().describe('The service\'s name; "Tanpa jenis layanan" for service ""'),
  respondents: z.number().int(),
  ikm: top.ikm,
  ipkp: top.ipkp,
  ipak: top.ipak,
  steeredShare: top.steeredShare,
  sample: top.sample.describe("From the service's own yearly population (null when none is set)"),
});

export const indicesByResponse = indicesResponse.extend({
  services: z
    .array(serviceIndices)
    .optional()
    .describe(
      'With by=service: every service of the unit (respondents 0 when none answered), then service "" when any response had none; they add up to `respondents`',
    ),
});
