import type { Db } from "../db/db";
import { auditStatement, type AuditEntry } from "../db/queries/users";
import { normalizeText } from "./text";

// The log must never refuse an action that was already checked and done, so a long target or detail is
// cut to this many characters instead of refused: the one place where stored text is truncated.
const AUDIT_TEXT_MAX = 1000;

const clean = (text: string) => [...normalizeText(text)].slice(0, AUDIT_TEXT_MAX).join("");

/** The audit row of an action, its text cleaned like every stored text; a statement, to go into the action's batch. */
export function auditRow(db: Db, entry: AuditEntry) {
  return auditStatement(db, {
    ...entry,
    actor: clean(entry.actor),
    target: entry.target == null ? entry.target : clean(entry.target),
    detail: entry.detail == null ? entry.detail : clean(entry.detail),
  });
}
