import type { Client } from "@libsql/client";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import Database from "libsql";
import type { Db } from "../db";
import { outboxEventRow } from "./outbox";
import { hotWrites } from "./hot-statements";
import type { RateCharge } from "./rate-buckets";
import { flagRows, rollupIncrements, type NewResponse } from "./responses";
import { mergeIncrements } from "./rollup-merge";
import { submitContextOf, submitContextQuery, touchpointByCodeQuery, type SubmitContext } from "./touchpoints";

type Statement = ReturnType<Database.Database["prepare"]>;
export type GroupItem = { r: NewResponse; rate?: RateCharge };

/**
 * The survey's hot path on the embedded database (Node, `file:`): its own connection whose statements are
 * prepared once and kept. The SQL is drizzle's (the same builders as `insertResponse` and the submit's
 * read, with placeholders), so this path writes exactly what the batched path writes; only preparation and
 * query building are skipped. Everything here is synchronous: a group's transaction runs to its end with
 * nothing else on its connection in between.
 */
export function openHotSubmit(path: string, o: { busyTimeoutMs: number } = { busyTimeoutMs: 5000 }) {
  // The busy wait rides out another connection's write (an operator thread, the CLI); the Node entry
  // writes from a thread of its own, so that wait never holds the citizens' thread.
  const conn = new Database(path, { timeout: o.busyTimeoutMs });
  const cache = new Map<string, Statement>();
  const prepare = (text: string) => {
    let stmt = cache.get(text);
    if (!stmt) {
      stmt = conn.prepare(text);
      if (stmt.reader) stmt.raw(true);
      cache.set(text, stmt);
    }
    return stmt;
  };
  const db: Db = drizzle(cachedClient(prepare));
  const ph = (name: string) => sql.placeholder(name);
  const write = hotWrites(db, prepare);
  const exec = (text: string) => prepare(text).run([]);

  const byCode = touchpointByCodeQuery(db, ph("code")).prepare();
  const context = submitContextQuery(db, { touchpointId: ph("t"), nonce: ph("n"), rateKey: ph("k") }).prepare();

  /** One response's own row, its rate charge and its flag, inside the group's transaction. */
  function writeOne({ r, rate }: GroupItem) {
    if (rate) write("rate", [rate]);
    const { profile, answers: _answers, flag, ...row } = r;
    write("response", [{ ...row, ...profile, channel: r.channel ?? "online" }]);
    if (flag && flag.reasons.length > 0) {
      const { row: flagRow, event } = flagRows(r, flag);
      write("flag", [flagRow]);
      write("outbox", [outboxEventRow(event)]);
    }
  }

  return {
    touchpointByCode: async (code: string) => (await byCode.get({ code })) ?? null,
    submitContext: async (q: { touchpointId: string; nonce: string; rateKey: string }): Promise<SubmitContext> =>
      submitContextOf(await context.get({ t: q.touchpointId, n: q.nonce, k: q.rateKey })),
    /**
     * Many submissions in one transaction (one sync): each response row in its own savepoint, so one that
     * fails (a replayed nonce, a full rate bucket) is rolled back alone and its error returned in its
     * place; then the answers of the rest, and their rollup increments merged, one upsert per rollup key.
     * Throws (and writes nothing) only when the transaction itself fails, e.g. SQLITE_BUSY past the busy
     * timeout.
     */
    writeGroup(items: GroupItem[]): (unknown | null)[] {
      exec("BEGIN IMMEDIATE");
      try {
        const errors = items.map((item) => {
          exec("SAVEPOINT item");
          try {
            writeOne(item);
            exec("RELEASE item");
            return null;
          } catch (err) {
            exec("ROLLBACK TO item");
            exec("RELEASE item");
            return err;
          }
        });
        const written = items.filter((_, i) => errors[i] === null).map((i) => i.r);
        // The answers of every written response together: they cannot fail once their response is in.
        write(
          "answers",
          written.flatMap((r) => r.answers.map((a) => ({ responseId: r.id, ...a }))),
        );
        const merged = mergeIncrements(written.map(rollupIncrements));
        // Every rollup rollupIncrements names (the types make each one a write of hot-statements.ts).
        for (const table of Object.keys(merged) as (keyof typeof merged)[]) write(table, merged[table]);
        exec("COMMIT");
        return errors;
      } catch (err) {
        if (conn.inTransaction) exec("ROLLBACK");
        throw err;
      }
    },
    close: () => conn.close(),
  };
}

/**
 * Just enough of a libSQL client for drizzle's prepared one-row reads: statements from the cache, the row
 * as an array (what drizzle maps), answered synchronously.
 */
function cachedClient(prepare: (text: string) => Statement): Client {
  return {
    execute: async (stmt: { sql: string; args: unknown[] }) => {
      const s = prepare(stmt.sql);
      if (!s.reader) return { rows: [], columns: [], rowsAffected: s.run(stmt.args).changes };
      // Both reads here are one-row lookups (`limit 1`): get() skips all()'s iterator.
      const row = s.get(stmt.args);
      return { rows: row === undefined ? [] : [row], columns: [] };
    },
  } as unknown as Client;
}
