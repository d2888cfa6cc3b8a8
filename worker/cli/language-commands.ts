import { readFile, stat } from "node:fs/promises";
import * as z from "zod";
import type { Db } from "../../db/db";
import { getOrganizationBySlug } from "../../db/queries/admin";
import { listLanguagePacks } from "../../db/queries/language-packs";
import { CLI_ACTOR } from "../actions/action";
import { PackRefused, removeLanguagePack, saveLanguagePack } from "../actions/language-packs";
import { packTemplate, PACK_FILE_MAX } from "../survey/language-pack";
import { CliError, defineCommand, nowSeconds, type Command } from "./command";
import { json, slug, text } from "./flags";

async function orgBySlug(db: Db, slug: string) {
  const org = await getOrganizationBySlug(db, slug);
  if (!org) throw new CliError(`No organization with slug "${slug}".`);
  return org;
}

/** The file's JSON, or a refusal that says why it cannot be read (too large, not JSON). */
async function readPackFile(path: string): Promise<unknown> {
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : -1),
    () => -1,
  );
  if (size < 0) throw new CliError(`Cannot read ${path}: not a file.`);
  if (size > PACK_FILE_MAX)
    throw new CliError(`${path} is larger than ${PACK_FILE_MAX / 1024} KB: not a language pack.`);
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new CliError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** An organization's own survey languages (Basa Jawa, Basa Sunda …): the pack files, checked complete. */
export const languageCommands: Record<string, Command> = {
  "lang:template": defineCommand({
    help: "[--lang id|en]   print the pack to translate (JSON; fill in code, name and every text)",
    flags: z.object({ lang: z.enum(["id", "en"]).default("id"), ...json }),
    run: async (_ctx, f) => {
      const template = packTemplate(f.lang);
      return { json: template, text: JSON.stringify(template, null, 2) };
    },
  }),

  "lang:add": defineCommand({
    help: "--org <slug> --file pack.json   add or replace a survey language (every key checked)",
    flags: z.object({ org: slug, file: text, ...json }),
    run: async ({ db }, f) => {
      const org = await orgBySlug(db, f.org);
      const file = await readPackFile(f.file);
      try {
        const r = await saveLanguagePack(db, CLI_ACTOR, { orgId: org.id, file, lang: "en" }, nowSeconds());
        const verb = r.replaced ? "replaced" : "added";
        return {
          json: { code: r.code, name: r.name, keys: r.keys },
          text: `${r.name} (${r.code}) ${verb}: ${r.keys} texts.`,
        };
      } catch (err) {
        if (!(err instanceof PackRefused)) throw err;
        const lines = err.issues.map((i) => (i.path ? `  ${i.path}: ${i.message}` : `  ${i.message}`));
        throw new CliError(`${f.file} was not added (${err.issues.length} problems):\n${lines.join("\n")}`, {
          issues: err.issues,
        });
      }
    },
  }),

  "lang:list": defineCommand({
    help: "--org <slug>   the organization's survey languages",
    flags: z.object({ org: slug, ...json }),
    run: async ({ db }, f) => {
      const org = await orgBySlug(db, f.org);
      const packs = (await listLanguagePacks(db, org.id)).map(({ code, name }) => ({ code, name }));
      const lines = packs.map((p) => `${p.code.padEnd(10)}${p.name}`);
      return {
        json: { languages: packs },
        text: ["id        Bahasa Indonesia (shipped)", "en        English (shipped)", ...lines].join("\n"),
      };
    },
  }),

  "lang:remove": defineCommand({
    help: "--org <slug> --code <code>   remove a survey language (its link goes; Indonesian is shown instead)",
    flags: z.object({ org: slug, code: text, ...json }),
    run: async ({ db }, f) => {
      const org = await orgBySlug(db, f.org);
      const r = await removeLanguagePack(db, CLI_ACTOR, { orgId: org.id, code: f.code }, nowSeconds());
      return { json: r, text: `${r.name} (${r.code}) removed.` };
    },
  }),
};
