import type { Client } from "@libsql/client";
import { is, Param, Placeholder, sql, type Query } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import Database from "libsql";
import type { Db } from "../db";
import { outboxEvents } from "../schema";
import { outboxEventRow } from "./outbox";
import { incrementRateBucket, type RateCharge } from "./rate-buckets";
import { flagRows, responseWrites, rollupIncrements, type NewResponse } from "./responses";
import { mergeIncrements } from "./rollup-merge";
import { submitContextOf, submitContextQuery, touchpointByCodeQuery, type SubmitContext } from "./touchpoints";

type Statement = ReturnType<Database.Database["prepare"]>;
export type GroupItem = { r: NewResponse; rate?: RateCharge };

/**
 * The survey's hot path on the embedded database (Node, `file:`): its own connection whose statements are
 * prepared once and kept. The SQL is drizzle's (the same builders as `insertResponse` and the submit's
 * read, with placeholders), so this path writes exactly what the batched path writes; only preparation and
 * query building are skipped. Everything here is synchronous: a group's transaction runs to its end with
 * no other request in between.
 */
export function openHotSubmit(path: string) {
  // No busy wait here: a writer elsewhere (an operator thread, the CLI) makes BEGIN fail at once, and the
  // group commit retries on a timer instead of blocking every citizen's request on this thread.
  const conn = new Database(path, { timeout: 0 });
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
  const compiled = compileWrites(db, ph);
  const run = (q: Compiled, values: Record<string, unknown>) => prepare(q.sql).run(bind(q, values));
  const exec = (text: string) => prepare(text).run([]);

  const byCode = touchpointByCodeQuery(db, ph("code")).prepare();
  const context = submitContextQuery(db, { touchpointId: ph("t"), nonce: ph("n"), rateKey: ph("k") }).prepare();

  /** One response's own rows, inside the group's transaction. */
  function writeOne({ r, rate }: GroupItem) {
    if (rate) run(compiled.rate, rate);
    const { profile, answers, flag, ...row } = r;
    run(compiled.response, {
      ...row,
      ...profile,
      channel: r.channel ?? "online",
    });
    for (const a of answers) run(compiled.answer, { responseId: r.id, ...a });
    if (flag && flag.reasons.length > 0) {
      const { row: flagRow, event } = flagRows(r, flag);
      run(compiled.flag, flagRow);
      run(compiled.outbox, outboxEventRow(event));
    }
  }

  return {
    touchpointByCode: async (code: string) => (await byCode.get({ code })) ?? null,
    submitContext: async (q: { touchpointId: string; nonce: string; rateKey: string }): Promise<SubmitContext> =>
      submitContextOf(await context.get({ t: q.touchpointId, n: q.nonce, k: q.rateKey })),
    /**
     * Many submissions in one transaction (one sync): each in its own savepoint, so one that fails (a
     * replayed nonce, a full rate bucket) is rolled back alone and its error returned in its place; then
     * the rollup increments of the rest, merged, one upsert per rollup key. Throws (and writes nothing)
     * only when the transaction itself fails, e.g. SQLITE_BUSY while another connection writes.
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
        const merged = mergeIncrements(items.filter((_, i) => errors[i] === null).map((i) => rollupIncrements(i.r)));
        for (const table of ROLLUPS) for (const row of merged[table]) run(compiled[table], row);
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

export type HotSubmit = ReturnType<typeof openHotSubmit>;

const ROLLUPS = ["unit", "items", "scores", "profile", "month", "serviceMonth", "serviceDay"] as const;

const RESPONSE_COLUMNS = [
  "id",
  "unitId",
  "serviceId",
  "touchpointId",
  "localDate",
  "submittedAt",
  "lang",
  "nonce",
  "steered",
  "comment",
  "improvement",
  "channel",
  "enteredBy",
  "age",
  "gender",
  "education",
  "occupation",
] as const;

type Compiled = Query;
type Ph = (name: string) => ReturnType<typeof sql.placeholder>;

/** Every write of the hot path as SQL with named placeholders, built once by the shared builders. */
function compileWrites(db: Db, ph: Ph) {
  const w = responseWrites;
  const row = <K extends string>(...names: K[]) =>
    Object.fromEntries(names.map((n) => [n, ph(n)])) as Record<K, ReturnType<Ph>>;
  const measure = row("unitId", "n", "total", "totalSq", "measure");
  return {
    rate: incrementRateBucket(db, row("key", "max", "expiresAt")).toSQL(),
    response: w.response(db, row(...RESPONSE_COLUMNS)).toSQL(),
    answer: w.answers(db, [row("responseId", "instrument", "item", "value")]).toSQL(),
    flag: w.flag(db, row("responseId", "unitId", "localDate", "reasons", "createdAt")).toSQL(),
    outbox: db
      .insert(outboxEvents)
      .values(row("id", "orgId", "unitId", "type", "data", "createdAt"))
      .toSQL(),
    unit: w.unitDaily(db, [row("unitId", "localDate", "respondents", "steeredYes", "steeredAnswered")]).toSQL(),
    items: w.items(db, [row("unitId", "localDate", "instrument", "item", "value", "count")]).toSQL(),
    scores: w.scores(db, [row("unitId", "localDate", "instrument", "respondents", "scoreSum", "scoreSqSum")]).toSQL(),
    profile: w.profile(db, [row("unitId", "localDate", "field", "band", "count")]).toSQL(),
    month: w.month(db, [{ ...measure, month: ph("month") }]).toSQL(),
    serviceMonth: w.serviceMonth(db, [{ ...measure, month: ph("month"), serviceId: ph("serviceId") }]).toSQL(),
    serviceDay: w.serviceDay(db, [{ ...measure, localDate: ph("localDate"), serviceId: ph("serviceId") }]).toSQL(),
  };
}

/** A profile band or a column the caller left out is bound as null, as the batched insert leaves it. */
function bind(q: Compiled, values: Record<string, unknown>) {
  return q.params.map((p) => {
    if (is(p, Placeholder)) return values[p.name] ?? null;
    if (!is(p, Param) || !is(p.value, Placeholder)) return p;
    // A column's own encoding (a boolean as 0/1), as drizzle applies it to a value it binds.
    const v = values[p.value.name] ?? null;
    return v === null ? null : p.encoder.mapToDriverValue(v);
  });
}

/**
 * Just enough of a libSQL client for drizzle's prepared reads: statements from the cache, rows as arrays
 * (what drizzle maps), answered synchronously.
 */
function cachedClient(prepare: (text: string) => Statement): Client {
  return {
    execute: async (stmt: { sql: string; args: unknown[] }) => {
      const s = prepare(stmt.sql);
      if (!s.reader) return { rows: [], columns: [], rowsAffected: s.run(stmt.args).changes };
      return { rows: s.all(stmt.args), columns: [] };
    },
  } as unknown as Client;
}
