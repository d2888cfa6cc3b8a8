import { is, Param, Placeholder, sql, type Query } from "drizzle-orm";
import type Database from "libsql";
import type { Db } from "../db";
import { outboxEvents } from "../schema";
import { incrementRateBucket } from "./rate-buckets";
import { responseWrites as w } from "./responses";

type Statement = ReturnType<Database.Database["prepare"]>;
type Row = Record<string, unknown>;
type Ph = Record<string, Placeholder>;
type Write = { cols: readonly string[]; multi: boolean; build: (db: Db, rows: Ph[]) => { toSQL(): Query } };

const RESPONSE_COLUMNS = [
  ...["id", "unitId", "serviceId", "touchpointId", "localDate", "submittedAt", "lang", "nonce", "steered"],
  ...["comment", "improvement", "channel", "enteredBy", "age", "gender", "education", "occupation"],
];
const MEASURE = ["unitId", "measure", "n", "total", "totalSq"];

// Each write of the hot path: its columns, whether rows may share one statement, and its shared builder.
const WRITES = {
  rate: { cols: ["key", "max", "expiresAt"], multi: false, build: (db, [r]) => incrementRateBucket(db, r as never) },
  response: { cols: RESPONSE_COLUMNS, multi: false, build: (db, [r]) => w.response(db, r as never) },
  flag: {
    cols: ["responseId", "unitId", "localDate", "reasons", "createdAt"],
    multi: false,
    build: (db, [r]) => w.flag(db, r as never),
  },
  outbox: {
    cols: ["id", "orgId", "unitId", "type", "data", "createdAt"],
    multi: false,
    build: (db, [r]) => db.insert(outboxEvents).values(r as never),
  },
  answers: {
    cols: ["responseId", "instrument", "item", "value"],
    multi: true,
    build: (db, r) => w.answers(db, r as never),
  },
  unit: {
    cols: ["unitId", "localDate", "respondents", "steeredYes", "steeredAnswered"],
    multi: true,
    build: (db, r) => w.unitDaily(db, r as never),
  },
  items: {
    cols: ["unitId", "localDate", "instrument", "item", "value", "count"],
    multi: true,
    build: (db, r) => w.items(db, r as never),
  },
  scores: {
    cols: ["unitId", "localDate", "instrument", "respondents", "scoreSum", "scoreSqSum"],
    multi: true,
    build: (db, r) => w.scores(db, r as never),
  },
  profile: {
    cols: ["unitId", "localDate", "field", "band", "count"],
    multi: true,
    build: (db, r) => w.profile(db, r as never),
  },
  month: { cols: [...MEASURE, "month"], multi: true, build: (db, r) => w.month(db, r as never) },
  serviceMonth: {
    cols: [...MEASURE, "month", "serviceId"],
    multi: true,
    build: (db, r) => w.serviceMonth(db, r as never),
  },
  serviceDay: {
    cols: [...MEASURE, "localDate", "serviceId"],
    multi: true,
    build: (db, r) => w.serviceDay(db, r as never),
  },
} satisfies Record<string, Write>;

export type WriteKind = keyof typeof WRITES;

// Rows per statement: a few fixed sizes, so a table has at most six statement texts to prepare and keep.
const CHUNKS = [32, 16, 8, 4, 2, 1];

type Compiled = { stmt: Statement; slots: ((rows: Row[], at: number) => unknown)[] };

/**
 * The hot path's writes as statements prepared once: `run(kind, rows)` writes the rows in as few
 * statements as the chunk sizes allow. The SQL is built by the same builders as the batched path
 * (`responseWrites`), with placeholders; binding reads each row's columns directly.
 */
export function hotWrites(db: Db, prepare: (text: string) => Statement) {
  const compiled = new Map<string, Compiled>();
  const get = (kind: WriteKind, size: number): Compiled => {
    const id = `${kind}:${size}`;
    let c = compiled.get(id);
    if (!c) {
      const { cols, build } = WRITES[kind] as Write;
      const rows = Array.from({ length: size }, (_, i) =>
        Object.fromEntries(cols.map((col) => [col, sql.placeholder(`${i}:${col}`)])),
      );
      const q = build(db, rows).toSQL();
      c = { stmt: prepare(q.sql), slots: q.params.map(slotOf) };
      compiled.set(id, c);
    }
    return c;
  };
  return function run(kind: WriteKind, rows: Row[]) {
    const multi = (WRITES[kind] as Write).multi;
    for (let at = 0; at < rows.length;) {
      const size = multi ? CHUNKS.find((n) => n <= rows.length - at)! : 1;
      const { stmt, slots } = get(kind, size);
      stmt.run(slots.map((slot) => slot(rows, at)));
      at += size;
    }
  };
}

/** How one bound parameter is read: a row's column (encoded as drizzle encodes it), or a constant. */
function slotOf(p: unknown): Compiled["slots"][number] {
  const ph = is(p, Placeholder) ? p : is(p, Param) && is(p.value, Placeholder) ? p.value : null;
  if (!ph) return () => p;
  const [i, col] = [Number(ph.name.split(":")[0]), ph.name.split(":")[1]!];
  const encoder = is(p, Param) ? p.encoder : null;
  // A column the row leaves out (a profile band, an optional text) is bound as null, as the batched insert does.
  return (rows, at) => {
    const v = rows[at + i]![col] ?? null;
    return v === null || !encoder ? v : encoder.mapToDriverValue(v);
  };
}
