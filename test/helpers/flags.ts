import { inArray } from "drizzle-orm";
import type { Db } from "../../db/db";
import { responseFlags } from "../../db/schema";
import { createTestApp } from "./app";
import { fullAnswers } from "./factories";
import { postJson, visitToken } from "./survey";

type Submission = { low?: string[]; steered?: boolean; comment?: string | null };

/**
 * Responses through the real survey API on consecutive days from `firstDay` (10:00 WIB): `low` the SKM
 * items answered 1 (the rest 4), steered and a comment as given. Returns the response ids in order.
 */
export async function submitAll(db: Db, code: string, list: Submission[], firstDay = "2026-03-01") {
  let now = 0;
  const { app } = createTestApp(db, {}, () => now);
  const ids: string[] = [];
  for (const [i, s] of list.entries()) {
    now = Date.parse(`${firstDay}T03:00:00Z`) / 1000 + i * 86400;
    const answers = fullAnswers();
    for (const item of s.low ?? []) answers[item] = 1;
    const res = await postJson(app, {
      token: await visitToken(app, code),
      answers,
      steered: s.steered ?? false,
      comment: s.comment ?? null,
    });
    if (res.status !== 201) throw new Error(`response ${i} refused: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}

/** Each flag's status and follow-up link, by response id. */
export async function flagStates(db: Db, ids: string[]) {
  const rows = await db
    .select({ id: responseFlags.responseId, status: responseFlags.status, followUpId: responseFlags.followUpId })
    .from(responseFlags)
    .where(inArray(responseFlags.responseId, ids));
  return Object.fromEntries(rows.map((r) => [r.id, { status: r.status, followUpId: r.followUpId }]));
}
