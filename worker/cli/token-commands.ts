import * as z from "zod";
import { getOrganizationBySlug } from "../../db/queries/admin";
import { listTokens } from "../../db/queries/tokens";
import { CLI_ACTOR } from "../actions/action";
import { createApiToken, revokeApiToken } from "../actions/tokens";
import { CliError, defineCommand, nowSeconds, type Command } from "./command";
import { json, slug, text } from "./flags";

/** Evaluator API tokens: shown once at creation, stored only as a hash, revocable. */
export const tokenCommands: Record<string, Command> = {
  "token:create": defineCommand({
    help: "--org <slug> --role evaluator [--unit <unitId>] [--label]   prints the token once",
    flags: z.object({
      org: slug,
      role: z.literal("evaluator"),
      unit: text.optional(),
      label: z.string().optional(),
      ...json,
    }),
    run: async ({ db }, f) => {
      const org = await getOrganizationBySlug(db, f.org);
      if (!org) throw new CliError(`No organization with slug "${f.org}".`);
      const { id, token } = await createApiToken(
        db,
        CLI_ACTOR,
        { orgId: org.id, unitId: f.unit, label: f.label },
        nowSeconds(),
      );
      const scope = f.unit ? `unit ${f.unit} and its subtree` : `all of ${f.org}`;
      return { json: { token, id }, text: `Token ${id} (${scope}). Shown once, keep it safe:\n${token}` };
    },
  }),

  "token:revoke": defineCommand({
    help: "--id <tokenId>   stops a token from working, at once",
    flags: z.object({ id: text, ...json }),
    run: async ({ db }, f) => {
      await revokeApiToken(db, CLI_ACTOR, { tokenId: f.id }, nowSeconds());
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
      const lines = tokens.map(
        (t) =>
          `${t.id}  ${t.unitId ?? "(organization)"}  last used ${when(t.lastUsedAt)}${t.revokedAt ? "  REVOKED" : ""}`,
      );
      return { json: { tokens }, text: lines.join("\n") || "No tokens." };
    },
  }),
};
