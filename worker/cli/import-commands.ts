import { readFile, stat } from "node:fs/promises";
import * as z from "zod";
import { CLI_ACTOR } from "../actions/action";
import { importAnswers } from "../actions/offline-answers";
import { IMPORT_MAX_BYTES } from "../imports/answers-csv";
import { CliError, defineCommand, nowSeconds, type Command } from "./command";
import { json, text } from "./flags";

/** The file's bytes, or a refusal before reading one that is not a file or far too large. */
async function readAnswersFile(path: string): Promise<Uint8Array> {
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : -1),
    () => -1,
  );
  if (size < 0) throw new CliError(`Cannot read ${path}: not a file.`);
  // Read a little past the limit at most, so the check below names the size without loading a huge file.
  if (size > IMPORT_MAX_BYTES) return new Uint8Array(IMPORT_MAX_BYTES + 1);
  return new Uint8Array(await readFile(path));
}

/** Answers collected outside the app (paper, interviews, another tool) into a unit. */
export const importCommands: Record<string, Command> = {
  "responses:import": defineCommand({
    help: "--unit <unitId> --channel paper|interview|other --file answers.csv   answers collected elsewhere (all or nothing)",
    // The channel is checked by the action, with the words the entry form uses.
    flags: z.object({ unit: text, channel: z.string(), file: text, ...json }),
    run: async ({ db }, f) => {
      const bytes = await readAnswersFile(f.file);
      const r = await importAnswers(db, CLI_ACTOR, { unitId: f.unit, channel: f.channel, bytes }, nowSeconds());
      const lines = r.errors.map((e) => (e.line > 0 ? `  line ${e.line}: ${e.message}` : `  ${e.message}`));
      return {
        json: { imported: r.imported, errors: r.errors },
        text:
          r.errors.length > 0
            ? `Nothing imported (${r.errors.length} problems):\n${lines.join("\n")}`
            : `${r.imported} responses imported (${f.channel}).`,
        exitCode: r.errors.length > 0 ? 1 : 0,
      };
    },
  }),
};
