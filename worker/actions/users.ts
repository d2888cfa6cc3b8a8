import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import {
  deleteSession,
  deleteUserSessions,
  getOrgUser,
  getUserByEmail,
  insertSession,
  insertUser,
  setUserDisabled as setDisabled,
} from "../../db/queries/users";
import { generatePassword, hashPassword, PASSWORD_MAX_LENGTH } from "../auth/password";
import { randomId } from "../crypto";
import { cleanEmail } from "../text";
import { audit, commit, refused, refusedField, validated, type Actor } from "./action";

const newUser = z.object({
  orgId: z.string(),
  email: cleanEmail(),
  role: z.enum(["admin", "manager", "viewer"]),
  unitId: z.string().nullish(),
  password: z.string().min(10, "at least 10 characters").max(PASSWORD_MAX_LENGTH).optional(),
});

/** A new account's fields, checked: its unit in the organization (none for an admin), its e-mail free. */
export async function checkedNewUser(
  db: Db,
  input: { orgId: string; email: string; role: string; unitId?: string | null; password?: string },
) {
  const u = validated(newUser, input);
  const unitId = u.role === "admin" ? null : (u.unitId ?? null);
  if (u.role !== "admin" && !unitId)
    throw refusedField(
      "BAD_REQUEST",
      "unitId",
      "Pilih unit untuk manager atau viewer.",
      `A ${u.role} needs a unit: the unit (and its subtree) they work on.`,
    );
  if (unitId && (await getUnit(db, unitId))?.orgId !== u.orgId)
    throw refusedField("NOT_FOUND", "unitId", "Unit tidak dikenal.", `No unit ${unitId} in this organization.`);
  if (await getUserByEmail(db, u.email))
    throw refusedField(
      "BAD_REQUEST",
      "email",
      "Surel ini sudah terdaftar.",
      `A user with e-mail ${u.email} exists already.`,
    );
  return { ...u, unitId };
}

/**
 * A dashboard account. A manager or viewer works on one unit and its subtree; without a password one
 * is generated and returned, to be shown once, and is temporary: the first sign-in must replace it.
 */
export async function createUser(
  db: Db,
  actor: Actor,
  input: { orgId: string; email: string; role: string; unitId?: string | null; password?: string },
  now: number,
) {
  const u = await checkedNewUser(db, input);
  const password = u.password ?? generatePassword();
  const id = randomId();
  await commit(db, [
    insertUser(db, {
      id,
      orgId: u.orgId,
      email: u.email,
      role: u.role,
      unitId: u.unitId,
      passwordHash: await hashPassword(password),
      mustChangePassword: !u.password,
    }),
    audit(db, actor, u.orgId, now, { action: "user.create", target: u.email, detail: u.role }),
  ]);
  return { id, email: u.email, password: u.password ? undefined : password };
}

const disabling = z.object({ orgId: z.string(), userId: z.string(), disabled: z.boolean() });

/** Disables or enables an account. Its sessions are deleted, not suspended: enabling it again brings no old sign-in back. */
export async function setUserDisabled(db: Db, actor: Actor, input: z.input<typeof disabling>, now: number) {
  const d = validated(disabling, input);
  if (d.userId === actor.userId)
    throw refused(
      "BAD_REQUEST",
      "Anda tidak dapat menonaktifkan akun sendiri.",
      "You cannot disable your own account.",
    );
  const target = await getOrgUser(db, d.orgId, d.userId);
  if (!target) throw refused("NOT_FOUND", "Pengguna tidak ditemukan.", "No such user.");
  await commit(db, [
    setDisabled(db, d.orgId, d.userId, d.disabled ? now : null),
    deleteUserSessions(db, d.userId),
    audit(db, actor, d.orgId, now, { action: d.disabled ? "user.disable" : "user.enable", target: target.email }),
  ]);
}

/** A new session of a user who proved their password, with its audit row. */
export async function signIn(
  db: Db,
  user: { id: string; orgId: string; email: string },
  session: { idHash: string; expiresAt: number },
  now: number,
) {
  await commit(db, [
    insertSession(db, { ...session, userId: user.id }),
    audit(db, { userId: user.id, name: user.email }, user.orgId, now, { action: "login" }),
  ]);
}

/** A wrong password for a known account: only the log changes (the attempt was counted before). */
export async function recordFailedSignIn(db: Db, user: { id: string; orgId: string; email: string }, now: number) {
  await commit(db, [audit(db, { userId: user.id, name: user.email }, user.orgId, now, { action: "login.failed" })]);
}

export async function signOut(
  db: Db,
  user: { id: string; orgId: string; email: string },
  sessionHash: string,
  now: number,
) {
  await commit(db, [
    deleteSession(db, sessionHash),
    audit(db, { userId: user.id, name: user.email }, user.orgId, now, { action: "logout" }),
  ]);
}
