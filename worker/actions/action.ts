import type { BatchItem } from "drizzle-orm/batch";
import type * as z from "zod";
import type { Db } from "../../db/db";
import { auditRow } from "../audit";
import { AppError, type ErrorCode } from "../errors";

/**
 * Who does a write: a signed-in user (their id and e-mail go into the audit log) or the admin CLI.
 * Whether they may is the adapter's question (a dashboard route's scope, the CLI's access to the
 * database); an action records who it was and checks that what it touches belongs together.
 */
export type Actor = { userId: string | null; name: string };
export const CLI_ACTOR: Actor = { userId: null, name: "cli" };
/** The server's own jobs (retention, on a timer or the Worker's cron trigger). */
export const SYSTEM_ACTOR: Actor = { userId: null, name: "system" };
export const userActor = (user: { id: string; email: string }): Actor => ({ userId: user.id, name: user.email });

/** The audit row of an action, for its batch: who, what, when, in the organization it touched. */
export function audit(
  db: Db,
  actor: Actor,
  orgId: string,
  now: number,
  what: { action: string; target?: string | null; detail?: string | null },
) {
  return auditRow(db, { orgId, userId: actor.userId, actor: actor.name, at: now, ...what });
}

/** The change and its audit row, committed together or not at all (one round trip to Turso too). */
export async function commit(db: Db, statements: BatchItem<"sqlite">[]) {
  return db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
}

/** A refusal an operator can act on: Indonesian for pages, English for the API and the CLI. */
export function refused(code: ErrorCode, id: string, en: string): AppError {
  return new AppError(code, en, { localized: { id, en } });
}

/** A refusal that belongs to one field of a form: pages show it beside that field. */
export function refusedField(code: ErrorCode, field: string, id: string, en: string): AppError {
  return new AppError(code, en, { localized: { id, en }, issues: [{ path: field, message: en }] });
}

/** Input checked by an action's own schema: a refused field is a 400 listing each issue. */
export class InvalidInput extends AppError {
  constructor(readonly zodError: z.ZodError) {
    const issues = zodError.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    super("VALIDATION_FAILED", issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), {
      issues,
    });
  }
}

export function validated<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error);
  return parsed.data;
}

/** Whether a write failed on a unique index: a race another request won (a replay, a version taken). */
export function isUniqueViolation(err: unknown): boolean {
  const text =
    String((err as { message?: unknown })?.message ?? err) + String((err as { cause?: unknown })?.cause ?? "");
  return /UNIQUE constraint failed/i.test(text);
}

/**
 * Whether a write gave up waiting for another writer's lock (SQLite's busy timeout, or sqld's): the
 * transaction rolled back whole, so nothing of it was stored and the same request may simply be sent again.
 */
export function isBusy(err: unknown): boolean {
  if ((err as { code?: unknown })?.code === "SQLITE_BUSY") return true;
  const text =
    String((err as { message?: unknown })?.message ?? err) + String((err as { cause?: unknown })?.cause ?? "");
  return /SQLITE_BUSY|database is locked/i.test(text);
}
