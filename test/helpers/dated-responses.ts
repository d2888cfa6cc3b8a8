import type { Db } from "../../db/db";
import { createTestApp } from "./app";
import { fullAnswers } from "./factories";
import { postJson, visitToken } from "./survey";

/**
 * Responses through the real survey API, each on its own day (YYYY-MM-DD, 10:00 WIB), with the comment
 * `comment(i)` (null: none). Returns the stored response ids, in the order of `days`.
 */
export async function seedDatedResponses(
  db: Db,
  code: string,
  days: string[],
  comment: (i: number) => string | null = () => null,
  pick: (max: number, i: number) => number = (max, i) => max - (i % 2),
): Promise<string[]> {
  let now = 0;
  const { app } = createTestApp(db, {}, () => now);
  const ids: string[] = [];
  for (const [i, day] of days.entries()) {
    now = Date.parse(`${day}T03:00:00Z`) / 1000;
    const answers = fullAnswers(undefined, (max) => pick(max, i));
    const res = await postJson(app, { token: await visitToken(app, code), answers, comment: comment(i) });
    if (res.status !== 201) throw new Error(`response ${i} refused: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}
