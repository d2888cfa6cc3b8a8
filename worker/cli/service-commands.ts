import * as z from "zod";
import { CLI_ACTOR } from "../actions/action";
import { setServicePopulation } from "../actions/services";
import { defineCommand, nowSeconds, type Command } from "./command";
import { json, number, text } from "./flags";

/** Jenis layanan: the yearly population that gives a service its own sample requirement. */
export const serviceCommands: Record<string, Command> = {
  "service:population": defineCommand({
    help: "--service <serviceId> --population <n|none>   a service's users per year (none clears it)",
    flags: z.object({ service: text, population: z.union([z.literal("none"), number]), ...json }),
    run: async ({ db }, f) => {
      const population = f.population === "none" ? null : f.population;
      const r = await setServicePopulation(db, CLI_ACTOR, { serviceId: f.service, population }, nowSeconds());
      return {
        json: { serviceId: r.serviceId, unitId: r.unitId, name: r.name, population: r.population },
        text: `Population of ${r.name}: ${r.population ?? "not set"}.`,
      };
    },
  }),
};
