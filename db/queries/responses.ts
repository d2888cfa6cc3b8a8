import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteInsertValue, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db";
import { outboxEventInsert } from "./outbox";
import { incrementRateBucket, type RateCharge } from "./rate-buckets";
import {
  answers,
  responseFlags,
  responses,
  rollupItemDaily,
  rollupMonth,
  rollupProfileDaily,
  rollupScoreDaily,
  rollupServiceDaily,
  rollupServiceMonth,
  rollupUnitDaily,
} from "../schema";

type InsertValue<T extends SQLiteTable> = SQLiteInsertValue<T>;
type Rows<T extends SQLiteTable> = InsertValue<T>[];

export type NewResponse = {
  id: string;
  unitId: string;
  serviceId: string | null;
  /** Null for answers collected elsewhere (paper, interview, another tool). */
  touchpointId: string | null;
  localDate: string;
  submittedAt: number;
  lang: string;
  nonce: string;
  steered: boolean | null;
  comment: string | null;
  // Optional so seeders and benchmarks that predate it need not name it.
  improvement?: string | null;
  /** online (default), paper, interview or other; and the operator who typed a paper questionnaire in. */
  channel?: string;
  enteredBy?: string | null;
  /** Set when the response is a warning sign: its flag row and response.flagged event join the batch. */
  flag?: { orgId: string; reasons: string[] };
  profile: { age?: string; gender?: string; education?: string; occupation?: string };
  answers: { item: string; instrument: string; value: number }[];
};

/**
 * What one response adds to each rollup table. The insert path and the benchmark's bulk seeder both
 * use this, so rollups written in bulk are exactly what submissions would have written.
 */
export function rollupIncrements(r: NewResponse) {
  const { unitId, localDate } = r;
  const totals = new Map<string, number>();
  for (const a of r.answers) totals.set(a.instrument, (totals.get(a.instrument) ?? 0) + a.value);
  return {
    unit: {
      unitId,
      localDate,
      respondents: 1,
      steeredYes: r.steered ? 1 : 0,
      steeredAnswered: r.steered === null ? 0 : 1,
    },
    items: r.answers.map((a) => ({
      unitId,
      localDate,
      instrument: a.instrument,
      item: a.item,
      value: a.value,
      count: 1,
    })),
    profile: Object.entries(r.profile)
      .filter((e): e is [string, string] => typeof e[1] === "string")
      .map(([field, band]) => ({ unitId, localDate, field, band, count: 1 })),
    // A respondent's score is kept as the integer total of their items, so sums of squares stay exact.
    scores: [...totals].map(([instrument, total]) => ({
      unitId,
      localDate,
      instrument,
      respondents: 1,
      scoreSum: total,
      scoreSqSum: total * total,
    })),
    ...measureIncrements(r, totals),
  };
}

/**
 * The same increments folded into measures (see `rollupMonth` in the schema): per unit and month, and
 * per unit, service ("" without one) and month or day, so the services of a unit add up to the unit.
 */
function measureIncrements(r: NewResponse, totals: Map<string, number>) {
  const row = (measure: string, n: number, total: number) => ({ measure, n, total, totalSq: total * total });
  const measures = [
    row("respondents", 1, 0),
    ...(r.steered === null ? [] : [row("steered", 1, r.steered ? 1 : 0)]),
    ...r.answers.map((a) => row(a.item, 1, a.value)),
    ...[...totals].map(([instrument, total]) => row(instrument, 1, total)),
  ];
  const { unitId, localDate } = r;
  const month = localDate.slice(0, 7);
  const serviceId = r.serviceId ?? "";
  return {
    month: measures.map((m) => ({ unitId, month, ...m })),
    serviceMonth: measures.map((m) => ({ unitId, month, serviceId, ...m })),
    serviceDay: measures.map((m) => ({ unitId, localDate, serviceId, ...m })),
  };
}

const add = (col: string) => sql.raw(`"${col}" + excluded."${col}"`);
const measureSums = { n: add("n"), total: add("total"), totalSq: add("total_sq") };
const sm = rollupServiceMonth;
const sd = rollupServiceDaily;
const i = rollupItemDaily;
const s = rollupScoreDaily;
const p = rollupProfileDaily;

/**
 * Each write of a response, given its values (one row or many, or placeholders for a prepared statement):
 * the submission's batch below and the embedded group commit (db/queries/hot-submit.ts) build the same SQL.
 */
export const responseWrites = {
  response: (db: Db, v: InsertValue<typeof responses>) => db.insert(responses).values(v),
  answers: (db: Db, v: Rows<typeof answers>) => db.insert(answers).values(v),
  unitDaily: (db: Db, v: Rows<typeof rollupUnitDaily>) =>
    db
      .insert(rollupUnitDaily)
      .values(v)
      .onConflictDoUpdate({
        target: [rollupUnitDaily.unitId, rollupUnitDaily.localDate],
        set: {
          respondents: add("respondents"),
          steeredYes: add("steered_yes"),
          steeredAnswered: add("steered_answered"),
        },
      }),
  month: (db: Db, v: Rows<typeof rollupMonth>) =>
    db
      .insert(rollupMonth)
      .values(v)
      .onConflictDoUpdate({ target: [rollupMonth.unitId, rollupMonth.month, rollupMonth.measure], set: measureSums }),
  serviceMonth: (db: Db, v: Rows<typeof sm>) =>
    db
      .insert(sm)
      .values(v)
      .onConflictDoUpdate({ target: [sm.unitId, sm.month, sm.serviceId, sm.measure], set: measureSums }),
  serviceDay: (db: Db, v: Rows<typeof sd>) =>
    db
      .insert(sd)
      .values(v)
      .onConflictDoUpdate({ target: [sd.unitId, sd.localDate, sd.serviceId, sd.measure], set: measureSums }),
  items: (db: Db, v: Rows<typeof i>) =>
    db
      .insert(i)
      .values(v)
      .onConflictDoUpdate({ target: [i.unitId, i.localDate, i.item, i.value], set: { count: add("count") } }),
  scores: (db: Db, v: Rows<typeof s>) =>
    db
      .insert(s)
      .values(v)
      .onConflictDoUpdate({
        target: [s.unitId, s.localDate, s.instrument],
        set: { respondents: add("respondents"), scoreSum: add("score_sum"), scoreSqSum: add("score_sq_sum") },
      }),
  profile: (db: Db, v: Rows<typeof p>) =>
    db
      .insert(p)
      .values(v)
      .onConflictDoUpdate({ target: [p.unitId, p.localDate, p.field, p.band], set: { count: add("count") } }),
  flag: (db: Db, v: InsertValue<typeof responseFlags>) => db.insert(responseFlags).values(v),
};

/**
 * The whole write of one submission, as one atomic batch and one round trip: the response, its answers,
 * every rollup increment and the rate counter. If the nonce was already used, or the rate counter is at
 * its maximum, the batch fails as a whole.
 */
export async function insertResponse(db: Db, r: NewResponse, rate?: RateCharge) {
  const statements = responseStatements(db, r, rate);
  await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
}

/** The statements of one response's write, for a batch that may hold more (an import's file). */
export function responseStatements(db: Db, r: NewResponse, rate?: RateCharge): BatchItem<"sqlite">[] {
  const inc = rollupIncrements(r);
  const { profile, answers: list, flag, ...row } = r;
  const w = responseWrites;
  const statements: BatchItem<"sqlite">[] = [
    // First, so a submission over its rate limit fails before anything else is written.
    ...(rate ? [incrementRateBucket(db, rate)] : []),
    w.response(db, { ...row, ...profile }),
    w.unitDaily(db, [inc.unit]),
    w.month(db, inc.month),
    w.serviceMonth(db, inc.serviceMonth),
    w.serviceDay(db, inc.serviceDay),
  ];
  if (list.length > 0)
    statements.push(
      w.answers(
        db,
        list.map((a) => ({ responseId: r.id, ...a })),
      ),
      w.items(db, inc.items),
      w.scores(db, inc.scores),
    );
  if (inc.profile.length > 0) statements.push(w.profile(db, inc.profile));
  if (flag && flag.reasons.length > 0) statements.push(...flagInserts(db, r, flag));
  return statements;
}

/** Perlu perhatian: the flag row for the unit's inbox and the response.flagged event for webhooks. */
function flagInserts(db: Db, r: NewResponse, flag: { orgId: string; reasons: string[] }) {
  const { row, event } = flagRows(r, flag);
  return [responseWrites.flag(db, row), outboxEventInsert(db, event)];
}

export function flagRows(r: NewResponse, flag: { orgId: string; reasons: string[] }) {
  const data = { unitId: r.unitId, responseId: r.id, reasons: flag.reasons };
  return {
    row: {
      responseId: r.id,
      unitId: r.unitId,
      localDate: r.localDate,
      reasons: JSON.stringify(flag.reasons),
      createdAt: r.submittedAt,
    },
    event: {
      id: `msg_${r.id}`,
      orgId: flag.orgId,
      unitId: r.unitId,
      type: "response.flagged" as const,
      data,
      createdAt: r.submittedAt,
    },
  };
}
