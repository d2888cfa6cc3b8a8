import * as z from "zod";
import { getOrganizationBySlug, getUnit } from "../../db/queries/admin";
import { insertApiToken, listTokens, revokeToken, tokenOrg } from "../../db/queries/tokens";
import { auditRow } from "../audit";
import { randomId, sha256Hex } from "../crypto";
import { CliError, defineCommand, type Command } from "./command";
import { json, label, slug, text } from "./flags";

/** Evaluator API tokens: shown once at creation, stored only as a hash, revocable. */
export const tokenCommands: Record<string, Command> = {
  "token:create": defineCommand({
    help: "--org <slug> --role evaluator [--unit <unitId>] [--label]   prints the token once",
    flags: z.object({ org: slug, role: z.literal("evaluator"), unit: text.optional(), label: label.optional(), ...json }),
    run: async ({ db }, f) => {
      const org = await getOrganizationBySlug(db, f.org);
      if (!org) throw new CliError(`No organization with slug "${f.org}".`);
      if (f.unit) {
        const unit = await getUnit(db, f.unit);
        if (!unit || unit.orgId !== org.id) throw new CliError(`No unit ${f.unit} in ${f.org}.`);
      }
      const id = randomId();
      const token = `zis_${randomId(40)}`;
      await insertApiToken(db, { id, orgId: org.id, unitId: f.unit ?? null, role: f.role, label: f.label ?? null, tokenHash: await sha256Hex(token) });
      await auditRow(db, { orgId: org.id, actor: "cli", action: "token.create", target: id, detail: f.unit ?? "organization", at: Math.floor(Date.now() / 1000) });
      const scope = f.unit ? `unit ${f.unit} and its subtree` : `all of ${f.org}`;
      return { json: { token, id }, text: `Token ${id} (${scope}). Shown once, keep it safe:\n${token}` };
    },
  }),

  "token:revoke": defineCommand({
    help: "--id <tokenId>   stops a token from working, at once",
    flags: z.object({ id: text, ...json }),
    run: async ({ db }, f) => {
      const now = Math.floor(Date.now() / 1000);
      const orgId = await tokenOrg(db, f.id);
      if (!orgId || !(await revokeToken(db, f.id, now))) throw new CliError(`No active token with id "${f.id}".`);
      await auditRow(db, { orgId, actor: "cli", action: "token.revoke", target: f.id, at: now });
      return { json: { id: f.id, revoked: true }, text: `Token ${f.id} revoked.` };
    },
  }),

  "token:list": defineCommand({
    help: "--org <slug>   tokens with their scope and last use (never the token itself)",
    flags: z.object({ org: slug, ...json }),
    run: async ({ db }, f) => {
      const org = await getOrganizationBySlug(db, f.org);
      if (!org) throw new CliError(`No organization with slug "${f.org}".`);
      const tokens = await listTokens(db, org.id);
      const when = (t: number | null) => (t ? new Date(t * 1000).toISOString() : "never");
      const lines = tokens.map((t) => `${t.id}  ${t.unitId ?? "(organization)"}  last used ${when(t.lastUsedAt)}${t.revokedAt ? "  REVOKED" : ""}`);
      return { json: { tokens }, text: lines.join("\n") || "No tokens." };
    },
  }),

};
