import * as z from "zod";
import { CLI_ACTOR } from "../actions/action";
import { enforceRetention, rebuildRollups } from "../actions/data";
import { NeedsConfirmation, publish } from "../actions/publishing";
import { verifyRollups } from "../indices/verify";
import type { RollupDifference } from "../indices/rollup-diff";
import { CliError, defineCommand, nowSeconds, publicBaseUrl, type Command } from "./command";
import { seedDemo } from "./demo";
import { flag, json, periodLabel } from "./flags";

/** Looking after the data: rollup checks and repair, retention, the demo instansi. */
export const dataCommands: Record<string, Command> = {
  "rollups:verify": defineCommand({
    help: "recount every rollup from the raw answers and report any difference (exit 1 if any)",
    flags: z.object(json),
    run: async ({ db }) => {
      const differences = await verifyRollups(db, Math.floor(Date.now() / 1000));
      const text =
        differences.length === 0 ? "Rollups match the raw answers." : differences.map(describeDifference).join("\n");
      if (differences.length > 0)
        throw new CliError(`${differences.length} rollup differences:\n${text}`, { differences });
      return { json: { ok: true, differences: [] }, text };
    },
  }),

  "rollups:rebuild": defineCommand({
    help: "repair every rollup that differs from a recount of the raw answers",
    flags: z.object(json),
    run: async ({ db }) => {
      const repaired = await rebuildRollups(db, CLI_ACTOR, nowSeconds());
      return { json: { repaired: repaired.length }, text: `Repaired ${repaired.length} rollup rows.` };
    },
  }),

  publish: defineCommand({
    help: "--unit <unitId> --period 2026-Q3 [--confirm]   freezes the unit's results for the period (a new version if published before); --confirm publishes a running period or a sample below the minimum n",
    flags: z.object({ unit: z.string().min(1), period: periodLabel, confirm: flag, ...json }),
    run: async ({ db, env }, f) => {
      const result = await publish(
        db,
        CLI_ACTOR,
        { unitId: f.unit, period: f.period, confirm: f.confirm, publicBase: publicBaseUrl(env) },
        nowSeconds(),
      )
        // The refusal carries its reasons, so a script can decide whether to confirm.
        .catch((err: unknown) => {
          if (!(err instanceof NeedsConfirmation)) throw err;
          throw new CliError(err.message, { code: err.code, reasons: err.reasons });
        });
      const flags = result.flags.length ? ` (flagged: ${result.flags.join(", ")})` : "";
      return {
        json: { unitId: result.unitId, period: result.period, version: result.version, flags: result.flags },
        text: `Published ${result.period} of unit ${f.unit} as version ${result.version}${flags}.`,
      };
    },
  }),

  "retention:run": defineCommand({
    help: "delete responses older than each organization's retention period (the server does this hourly)",
    flags: z.object(json),
    run: async ({ db }) => {
      const results = await enforceRetention(db, CLI_ACTOR, nowSeconds());
      const deleted = results.reduce((n, r) => n + r.deleted, 0);
      return { json: { deleted, organizations: results }, text: `Deleted ${deleted} responses past retention.` };
    },
  }),

  demo: defineCommand({
    help: "fill a demo instansi with units, touchpoints and a year of synthetic responses",
    flags: z.object(json),
    run: async ({ db, env }) => {
      const result = await seedDemo(db, publicBaseUrl(env));
      return { json: result.json, text: result.summary };
    },
  }),
};
function describeDifference(d: RollupDifference): string {
  return `${d.table} ${d.key}: stored ${JSON.stringify(d.stored)} expected ${JSON.stringify(d.expected)}`;
}
