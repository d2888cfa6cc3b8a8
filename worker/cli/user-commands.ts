import * as z from "zod";
import { getOrganizationBySlug, getUnit } from "../../db/queries/admin";
import { getUserByEmail, insertUser } from "../../db/queries/users";
import { auditRow } from "../audit";
import { generatePassword, hashPassword } from "../auth/password";
import { ROLES } from "../auth/session";
import { randomId } from "../crypto";
import { CliError, defineCommand, type Command } from "./command";
import { cleanEmail } from "../text";
import { json, slug } from "./flags";

/** Dashboard accounts. A manager or viewer sees one unit and everything below it. */
export const userCommands: Record<string, Command> = {
  "user:create": defineCommand({
    help: "--email --org <slug> --role admin|manager|viewer [--unit <unitId>] [--password]   (a password is generated when none is given)",
    flags: z.object({
      email: cleanEmail(),
      org: slug,
      role: z.enum(ROLES as ["admin", "manager", "viewer"]),
      unit: z.string().optional(),
      password: z.string().min(10, "at least 10 characters").max(200).optional(),
      ...json,
    }),
    run: async ({ db }, f) => {
      const org = await getOrganizationBySlug(db, f.org);
      if (!org) throw new CliError(`No organization with slug "${f.org}".`);
      if (f.role !== "admin" && !f.unit) throw new CliError(`A ${f.role} needs --unit: the unit (and its subtree) they work on.`);
      if (f.unit) {
        const unit = await getUnit(db, f.unit);
        if (!unit || unit.orgId !== org.id) throw new CliError(`No unit ${f.unit} in ${f.org}.`);
      }
      if (await getUserByEmail(db, f.email)) throw new CliError(`A user with e-mail ${f.email} exists already.`);
      const password = f.password ?? generatePassword();
      const id = randomId();
      await insertUser(db, { id, orgId: org.id, email: f.email, role: f.role, unitId: f.role === "admin" ? null : f.unit, passwordHash: await hashPassword(password) });
      await auditRow(db, { orgId: org.id, actor: "cli", action: "user.create", target: f.email, detail: f.role, at: Math.floor(Date.now() / 1000) });
      const shown = f.password ? {} : { password };
      return { json: { id, email: f.email, ...shown }, text: `User ${f.email} (${f.role}) created.${f.password ? "" : `\nPassword (shown once): ${password}`}` };
    },
  }),
};
