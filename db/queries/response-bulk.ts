import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db";
import { rollupIncrements, type NewResponse } from "./responses";
import {
  answers,
  outboxEvents,
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

type Row = Record<string, string | number | boolean | null | undefined>;
type Table = SQLiteTable & Record<string, unknown>;
const colName = (table: Table, prop: string) => `"${(table[prop] as SQLiteColumn).name}"`;

/** Rows with the same key folded into one, their counts summed: what many single upserts would leave. */
function fold(rows: Row[], key: string[], summed: string[]): Row[] {
  const out = new Map<string, Row>();
  for (const r of rows) {
    let k = "";
    for (const c of key) k += `${r[c]}\u0000`;
    const cur = out.get(k);
    // rollupIncrements makes fresh rows for each response: the first of a key can be summed into in place.
    if (!cur) out.set(k, r);
    else for (const c of summed) cur[c] = (cur[c] as number) + (r[c] as number);
  }
  return [...out.values()];
}

/**
 * Every row in one statement, sent as one JSON parameter that SQLite unpacks (json_each): building a
 * multi-row VALUES list through the query builder costs about a millisecond a row, this a few microseconds.
 * With `conflict`, rows whose key exists add their sums to it, as each single upsert would.
 */
function jsonInsert(db: Db, table: Table, rows: Row[], conflict?: { key: string[]; sums: string[] }) {
  if (rows.length === 0) return [];
  const list = conflict ? fold(rows, conflict.key, conflict.sums) : rows;
  const props = [...new Set(list.flatMap((r) => Object.keys(r)))];
  const data = JSON.stringify(list.map((r) => props.map((p) => r[p] ?? null)));
  const cols = props.map((p) => colName(table, p)).join(", ");
  const picks = props.map((_, i) => `json_extract(j.value, '$[${i}]')`).join(", ");
  // "where true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to the SELECT's join.
  const upsert = conflict
    ? ` where true on conflict (${conflict.key.map((k) => colName(table, k)).join(", ")}) do update set ${conflict.sums
        .map((c) => `${colName(table, c)} = ${colName(table, c)} + excluded.${colName(table, c)}`)
        .join(", ")}`
    : "";
  return [
    db.run(
      sql`insert into ${table} (${sql.raw(cols)}) select ${sql.raw(picks)} from json_each(${data}) j${sql.raw(upsert)}`,
    ),
  ];
}

const measure = { key: [] as string[], sums: ["n", "total", "totalSq"] };

/**
 * Many responses as a few statements for one batch: the same rows and the same rollup increments as
 * `insertResponse` writes one by one (rollupIncrements, summed per key), so a 5,000-line import is a
 * few dozen statements instead of tens of thousands. A nonce already used fails the whole batch.
 */
export function bulkResponseStatements(db: Db, list: NewResponse[]): BatchItem<"sqlite">[] {
  const inc = list.map(rollupIncrements);
  const rows = list.map(({ profile, answers: _a, flag: _f, ...row }) => ({ ...row, ...profile }));
  const answerRows = list.flatMap((r) => r.answers.map((a) => ({ responseId: r.id, ...a })));
  const flagged = list.filter((r) => r.flag && r.flag.reasons.length > 0);
  const t = (x: SQLiteTable) => x as Table;
  return [
    ...jsonInsert(db, t(responses), rows),
    ...jsonInsert(db, t(answers), answerRows),
    ...jsonInsert(
      db,
      t(rollupUnitDaily),
      inc.map((i) => i.unit),
      {
        key: ["unitId", "localDate"],
        sums: ["respondents", "steeredYes", "steeredAnswered"],
      },
    ),
    ...jsonInsert(
      db,
      t(rollupItemDaily),
      inc.flatMap((i) => i.items),
      {
        key: ["unitId", "localDate", "item", "value"],
        sums: ["count"],
      },
    ),
    ...jsonInsert(
      db,
      t(rollupScoreDaily),
      inc.flatMap((i) => i.scores),
      {
        key: ["unitId", "localDate", "instrument"],
        sums: ["respondents", "scoreSum", "scoreSqSum"],
      },
    ),
    ...jsonInsert(
      db,
      t(rollupProfileDaily),
      inc.flatMap((i) => i.profile),
      {
        key: ["unitId", "localDate", "field", "band"],
        sums: ["count"],
      },
    ),
    ...jsonInsert(
      db,
      t(rollupMonth),
      inc.flatMap((i) => i.month),
      { ...measure, key: ["unitId", "month", "measure"] },
    ),
    ...jsonInsert(
      db,
      t(rollupServiceMonth),
      inc.flatMap((i) => i.serviceMonth),
      {
        ...measure,
        key: ["unitId", "month", "serviceId", "measure"],
      },
    ),
    ...jsonInsert(
      db,
      t(rollupServiceDaily),
      inc.flatMap((i) => i.serviceDay),
      {
        ...measure,
        key: ["unitId", "localDate", "serviceId", "measure"],
      },
    ),
    // Perlu perhatian: each warning sign's inbox row and response.flagged event, as insertResponse writes them.
    ...jsonInsert(
      db,
      t(responseFlags),
      flagged.map((r) => ({
        responseId: r.id,
        unitId: r.unitId,
        localDate: r.localDate,
        reasons: JSON.stringify(r.flag!.reasons),
        createdAt: r.submittedAt,
      })),
    ),
    ...jsonInsert(
      db,
      t(outboxEvents),
      flagged.map((r) => ({
        id: `msg_${r.id}`,
        orgId: r.flag!.orgId,
        unitId: r.unitId,
        type: "response.flagged",
        data: JSON.stringify({ unitId: r.unitId, responseId: r.id, reasons: r.flag!.reasons }),
        createdAt: r.submittedAt,
      })),
    ),
  ];
}
