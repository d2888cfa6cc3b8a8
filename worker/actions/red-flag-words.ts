import * as z from "zod";
import type { Db } from "../../db/db";
import { getOrganizationById, updateOrganizationSettings } from "../../db/queries/admin";
import { orgSettingsWrite, parseOrgSettings } from "../settings";
import { normalizeText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

/** The most words a list holds: every comment is matched against each at submit. */
const WORDS_MAX = 100;

const wordList = z.object({
  orgId: z.string(),
  // null: back to the default list (RED_FLAG_WORDS), and to its later changes.
  words: z
    .array(
      z
        .string()
        .transform((w) => normalizeText(w).toLowerCase())
        .pipe(z.string().min(2, "minimal 2 karakter").max(40, "paling banyak 40 karakter")),
    )
    .min(1, "isi paling sedikit satu kata")
    .max(WORDS_MAX, `paling banyak ${WORDS_MAX} kata`)
    .transform((list) => [...new Set(list)])
    .nullable(),
});

/** One word or phrase per line of a textarea; blank lines dropped. */
export const wordLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => normalizeText(l))
    .filter(Boolean);

/**
 * The organization's red-flag words (Perlu perhatian): what makes a comment a warning sign at submit.
 * The log keeps the list as it now is ("default" after a reset).
 */
export async function setRedFlagWords(db: Db, actor: Actor, input: z.input<typeof wordList>, now: number) {
  const w = validated(wordList, input);
  const org = await getOrganizationById(db, w.orgId);
  if (!org) throw refused("NOT_FOUND", "Instansi tidak ditemukan.", "No such organization.");
  const { redFlagWords: _old, ...rest } = parseOrgSettings(org.settings);
  const settings = validated(orgSettingsWrite, w.words ? { ...rest, redFlagWords: w.words } : rest);
  await commit(db, [
    updateOrganizationSettings(db, org.id, JSON.stringify(settings)),
    audit(db, actor, org.id, now, {
      action: "settings.red_flag_words",
      target: org.slug,
      detail: w.words ? JSON.stringify(w.words) : "default",
    }),
  ]);
  return { words: parseOrgSettings(JSON.stringify(settings)).redFlagWords };
}
