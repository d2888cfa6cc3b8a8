import * as z from "zod";
import type { Db } from "../../db/db";
import {
  deleteOtherSessions,
  getAccount,
  getLiveUserToken,
  insertUserToken,
  setUserPassword,
  spendUserTokens,
  type LinkPurpose,
} from "../../db/queries/accounts";
import { deleteUserSessions, getOrgUser, insertUser } from "../../db/queries/users";
import { hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from "../auth/password";
import { randomId, sha256Hex } from "../crypto";
import { audit, commit, InvalidInput, refused, refusedField, type Actor } from "./action";
import { checkedNewUser } from "./users";

const PASSWORD_MIN_LENGTH = 10;
// Three days: an invite sent on a Friday still works on Monday; a link forgotten in a mailbox dies soon.
const LINK_HOURS = 72;

const newPassword = z
  .object({
    email: z.string(),
    password: z.string().min(PASSWORD_MIN_LENGTH, "too_short").max(PASSWORD_MAX_LENGTH, "too_long"),
    again: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.password.trim().toLowerCase() === v.email.toLowerCase())
      ctx.addIssue({ code: "custom", path: ["password"], message: "same_as_email" });
    else if (/^(.)\1*$/.test(v.password)) ctx.addIssue({ code: "custom", path: ["password"], message: "repeated" });
    if (v.password !== v.again) ctx.addIssue({ code: "custom", path: ["again"], message: "mismatch" });
  });

/**
 * The rules every new password meets; refused fields are named `password` and `again`, their messages
 * are codes (too_short, too_long, same_as_email, repeated, mismatch) that pages put in the reader's language.
 */
function checkedPassword(input: { email: string; password: string; again: string }) {
  const parsed = newPassword.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error);
  return parsed.data.password;
}

/**
 * A signed-in user's own change: the current password proves it is them, every other session of theirs
 * ends (a stolen one among them), the one in use stays.
 */
export async function changePassword(
  db: Db,
  user: { id: string; sessionHash: string },
  input: { current: string; password: string; again: string },
  now: number,
) {
  const account = await getAccount(db, user.id);
  if (!account || account.disabledAt) throw refused("UNAUTHORIZED", "Sesi berakhir.", "Session ended.");
  const password = checkedPassword({ email: account.email, ...input });
  if (input.current.length > PASSWORD_MAX_LENGTH || !(await verifyPassword(input.current, account.passwordHash)))
    throw refusedField("BAD_REQUEST", "current", "Kata sandi saat ini salah.", "The current password is wrong.");
  if (password === input.current)
    throw refusedField(
      "BAD_REQUEST",
      "password",
      "Pilih kata sandi yang berbeda dari yang lama.",
      "Choose a new password.",
    );
  await commit(db, [
    setUserPassword(db, account.id, await hashPassword(password)),
    deleteOtherSessions(db, account.id, user.sessionHash),
    spendUserTokens(db, account.id, now),
    audit(db, { userId: account.id, name: account.email }, account.orgId, now, {
      action: "user.password",
      target: account.email,
    }),
  ]);
}

/** A one-time link's secret and what is stored of it (only a SHA-256). */
async function newLink(db: Db, userId: string, purpose: LinkPurpose, now: number) {
  const token = randomId(32);
  const row = insertUserToken(db, {
    tokenHash: await sha256Hex(token),
    userId,
    purpose,
    expiresAt: now + LINK_HOURS * 3600,
    createdAt: now,
  });
  return { token, row };
}

/**
 * An account created from the dashboard: no password anyone has seen; the person chooses one through a
 * one-time invite link, shown once to the admin who passes it on.
 */
export async function inviteUser(
  db: Db,
  actor: Actor,
  input: { orgId: string; email: string; role: string; unitId?: string | null },
  now: number,
) {
  const u = await checkedNewUser(db, { ...input, password: undefined });
  const id = randomId();
  const link = await newLink(db, id, "invite", now);
  await commit(db, [
    insertUser(db, {
      id,
      orgId: u.orgId,
      email: u.email,
      role: u.role,
      unitId: u.unitId,
      // Unguessable and never shown: until the invite is used, no password signs in.
      passwordHash: await hashPassword(randomId(32)),
      mustChangePassword: true,
    }),
    link.row,
    audit(db, actor, u.orgId, now, { action: "user.create", target: u.email, detail: u.role }),
  ]);
  return { id, email: u.email, token: link.token };
}

/** An admin's reset: a new one-time link (earlier ones die); the old password works until the link is used. */
export async function issueResetLink(db: Db, actor: Actor, input: { orgId: string; userId: string }, now: number) {
  const target = await getOrgUser(db, input.orgId, input.userId);
  if (!target) throw refused("NOT_FOUND", "Pengguna tidak ditemukan.", "No such user.");
  const account = await getAccount(db, target.id);
  if (account?.disabledAt)
    throw refused("BAD_REQUEST", "Akun ini nonaktif; aktifkan dulu.", "The account is disabled; enable it first.");
  const link = await newLink(db, target.id, "reset", now);
  await commit(db, [
    spendUserTokens(db, target.id, now),
    link.row,
    audit(db, actor, input.orgId, now, { action: "user.reset", target: target.email }),
  ]);
  return { email: target.email, token: link.token };
}

/** The account behind a live link, or null (unknown, spent, expired, or the account disabled). */
export async function liveLink(db: Db, token: string, now: number) {
  if (!/^[\w-]{16,64}$/.test(token)) return null;
  const tokenHash = await sha256Hex(token);
  const row = await getLiveUserToken(db, tokenHash, now);
  return row ? { ...row, tokenHash } : null;
}

/** A password chosen through a link: the link is spent and every session of the account ends. */
export async function setPasswordByLink(
  db: Db,
  input: { token: string; password: string; again: string },
  now: number,
) {
  const link = await liveLink(db, input.token, now);
  if (!link) throw refused("NOT_FOUND", "Tautan tidak berlaku.", "The link is not valid.");
  const password = checkedPassword({ email: link.email, password: input.password, again: input.again });
  await commit(db, [
    setUserPassword(db, link.userId, await hashPassword(password), link.tokenHash),
    deleteUserSessions(db, link.userId),
    spendUserTokens(db, link.userId, now),
    audit(db, { userId: link.userId, name: link.email }, link.orgId, now, {
      action: link.purpose === "invite" ? "user.invite.accept" : "user.reset.done",
      target: link.email,
    }),
  ]);
  return { id: link.userId, orgId: link.orgId, email: link.email };
}
