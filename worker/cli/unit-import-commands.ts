import { readFile, stat } from "node:fs/promises";
import * as z from "zod";
import { getOrganizationBySlug } from "../../db/queries/admin";
import { CLI_ACTOR } from "../actions/action";
import { importUnits } from "../actions/unit-import";
import { MAX_CSV_BYTES } from "../setup/units-csv";
import { CliError, defineCommand, nowSeconds, type Command } from "./command";
import { flag, json, slug, text } from "./flags";

/** Bulk setup: a whole tree of units (an eselon I's hundreds of offices) from one CSV file. */
export const unitImportCommands: Record<string, Command> = {
  "units:import": defineCommand({
    help: "--org <slug> --file units.csv [--dry-run]   header code,name,parent_code,population,services (services split by ;)",
    flags: z.object({ org: slug, file: text, "dry-run": flag, ...json }),
    run: async ({ db }, f) => {
      const org = await getOrganizationBySlug(db, f.org);
      if (!org) throw new CliError(`No organization with slug "${f.org}".`);
      const size = await stat(f.file).then(
        (s) => (s.isFile() ? s.size : -1),
        () => -1,
      );
      if (size < 0) throw new CliError(`Cannot read the file "${f.file}".`);
      if (size > MAX_CSV_BYTES) throw new CliError(`The file is larger than 1 MB (${size} bytes); split it.`);
      const csv = await readFile(f.file, "utf8");
      const dryRun = f["dry-run"];
      const r = await importUnits(db, CLI_ACTOR, { orgId: org.id, csv, dryRun, scopeRootId: null }, nowSeconds());
      const errors = r.errors.map((e) => ({ line: e.line, message: e.message.en }));
      const out = { created: r.created, updated: r.updated, unchanged: r.unchanged, dryRun, errors };
      const summary = `${dryRun ? "Would create" : "Created"} ${r.created}, ${dryRun ? "update" : "updated"} ${r.updated}, unchanged ${r.unchanged}.`;
      if (errors.length === 0) return { json: out, text: summary };
      const lines = errors.map((e) => `line ${e.line}: ${e.message}`).join("\n");
      return { json: out, text: `Nothing written: ${errors.length} error(s).\n${lines}`, exitCode: 1 };
    },
  }),
};
