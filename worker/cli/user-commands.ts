import * as z from "zod";
import { getOrganizationBySlug } from "../../db/queries/admin";
import { CLI_ACTOR } from "../actions/action";
import { createUser } from "../actions/users";
import { ROLES } from "../auth/session";
import { CliError, defineCommand, nowSeconds, type Command } from "./command";
import { json, slug } from "./flags";

/** Dashboard accounts. A manager or viewer sees one unit and everything below it. */
export const userCommands: Record<string, Command> = {
  "user:create": defineCommand({
    help: "--email --org <slug> --role admin|manager|viewer [--unit <unitId>] [--password]   (a password is generated when none is given)",
    flags: z.object({
      email: z.string(),
      org: slug,
      role: z.enum(ROLES as ["admin", "manager", "viewer"]),
      unit: z.string().optional(),
      password: z.string().optional(),
      ...json,
    }),
    run: async ({ db }, f) => {
      const org = await getOrganizationBySlug(db, f.org);
      if (!org) throw new CliError(`No organization with slug "${f.org}".`);
      const user = await createUser(
        db,
        CLI_ACTOR,
        { orgId: org.id, email: f.email, role: f.role, unitId: f.unit, password: f.password },
        nowSeconds(),
      );
      const shown = user.password ? { password: user.password } : {};
      return {
        json: { id: user.id, email: user.email, ...shown },
        text: `User ${user.email} (${f.role}) created.${user.password ? `\nPassword (shown once): ${user.password}` : ""}`,
      };
    },
  }),
};
