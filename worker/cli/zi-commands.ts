import * as z from "zod";
import { CLI_ACTOR } from "../actions/action";
import { setCapaian } from "../actions/zi";
import { defineCommand, nowSeconds, type Command } from "./command";
import { json } from "./flags";

/** The ZI worksheet's inputs that are not surveys. */
export const ziCommands: Record<string, Command> = {
  "zi:capaian": defineCommand({
    help: "--unit <unitId> --year 2026 --grade A|B|C|D|E   capaian kinerja for the ZI worksheet (5 × 1/.75/.5/.25/0 points)",
    // Year and grade are checked by the action, with the same words the dashboard uses.
    flags: z.object({ unit: z.string().min(1), year: z.string(), grade: z.string(), ...json }),
    run: async ({ db }, f) => {
      const r = await setCapaian(db, CLI_ACTOR, { unitId: f.unit, year: f.year, grade: f.grade }, nowSeconds());
      return {
        json: { unitId: r.unitId, year: r.year, grade: r.grade, points: r.points },
        text: `Capaian kinerja ${r.year} of unit ${r.unitId}: ${r.grade} (${r.points} of 5 points).`,
      };
    },
  }),
};
