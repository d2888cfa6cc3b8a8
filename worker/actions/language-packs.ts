import type { Db } from "../../db/db";
import { getOrganizationById } from "../../db/queries/admin";
import { deleteLanguagePack, listLanguagePacks, upsertLanguagePack } from "../../db/queries/language-packs";
import type { Lang } from "../../web/i18n";
import { randomId } from "../crypto";
import { AppError } from "../errors";
import { checkLanguagePack, type PackIssue } from "../survey/language-pack";
import { audit, commit, refused, type Actor } from "./action";

/** A refused pack file: every problem named by its key, in the reader's language (the CLI's is English). */
export class PackRefused extends AppError {
  constructor(readonly issues: PackIssue[]) {
    const lines = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    super("VALIDATION_FAILED", lines.join("; "), { issues });
  }
}

async function orgOf(db: Db, orgId: string) {
  const org = await getOrganizationById(db, orgId);
  if (!org) throw refused("NOT_FOUND", "Instansi tidak ditemukan.", "No such organization.");
  return org;
}

/**
 * Adds an organization's survey language from a pack file's parsed JSON, or replaces the pack with the
 * same code. Checked complete against the Indonesian pack first: a refused file writes nothing.
 */
export async function saveLanguagePack(
  db: Db,
  actor: Actor,
  input: { orgId: string; file: unknown; lang?: Lang },
  now: number,
) {
  const checked = checkLanguagePack(input.file, input.lang ?? "id");
  if (!checked.ok) throw new PackRefused(checked.issues);
  const org = await orgOf(db, input.orgId);
  const { code, name, texts } = checked.pack;
  const replaced = (await listLanguagePacks(db, org.id)).some((p) => p.code === code);
  await commit(db, [
    upsertLanguagePack(db, { id: randomId(), orgId: org.id, code, name, body: JSON.stringify(texts), updatedAt: now }),
    audit(db, actor, org.id, now, {
      action: replaced ? "language.replace" : "language.add",
      target: code,
      detail: JSON.stringify({ name, keys: checked.keys }),
    }),
  ]);
  return { code, name, keys: checked.keys, replaced };
}

/** Removes a pack: its survey links go, and a citizen who still asks for it gets Indonesian. */
export async function removeLanguagePack(db: Db, actor: Actor, input: { orgId: string; code: string }, now: number) {
  const org = await orgOf(db, input.orgId);
  const pack = (await listLanguagePacks(db, org.id)).find((p) => p.code === input.code);
  if (!pack)
    throw refused(
      "NOT_FOUND",
      `Bahasa dengan kode "${input.code}" tidak ada di instansi ini.`,
      `No language pack with code "${input.code}" in this organization.`,
    );
  await commit(db, [
    deleteLanguagePack(db, org.id, pack.code),
    audit(db, actor, org.id, now, { action: "language.remove", target: pack.code, detail: pack.name }),
  ]);
  return { code: pack.code, name: pack.name };
}
