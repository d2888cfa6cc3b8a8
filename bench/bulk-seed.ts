import type { Client, InStatement } from "@libsql/client";
import { rollupIncrements, type NewResponse } from "../db/queries/responses";

/**
 * A fast path for seeding many responses: raw rows in large multi-row inserts, and rollups summed in
 * memory with the insert path's own `rollupIncrements`, then added in one go. The rollups therefore
 * hold exactly what one-by-one submissions would have written; the benchmark checks that at the end.
 */
export class BulkSeeder {
  private items = new Map<
    string,
    { unitId: string; localDate: string; instrument: string; item: string; value: number; count: number }
  >();
  private scores = new Map<
    string,
    { unitId: string; localDate: string; instrument: string; respondents: number; scoreSum: number; scoreSqSum: number }
  >();
  private profiles = new Map<
    string,
    { unitId: string; localDate: string; field: string; band: string; count: number }
  >();
  private days = new Map<
    string,
    { unitId: string; localDate: string; respondents: number; steeredYes: number; steeredAnswered: number }
  >();
  private months = new Map<string, MeasureRow>();
  private serviceMonths = new Map<string, MeasureRow>();
  private serviceDays = new Map<string, MeasureRow>();
  private pending: NewResponse[] = [];

  constructor(private client: Client) {}

  async add(r: NewResponse) {
    const inc = rollupIncrements(r);
    for (const i of inc.items) {
      const k = `${i.unitId}|${i.localDate}|${i.item}|${i.value}`;
      const cur = this.items.get(k);
      if (cur) cur.count += 1;
      else this.items.set(k, { ...i });
    }
    for (const s of inc.scores) {
      const k = `${s.unitId}|${s.localDate}|${s.instrument}`;
      const cur = this.scores.get(k);
      if (cur) {
        cur.respondents += 1;
        cur.scoreSum += s.scoreSum;
        cur.scoreSqSum += s.scoreSqSum;
      } else this.scores.set(k, { ...s });
    }
    for (const p of inc.profile) {
      const k = `${p.unitId}|${p.localDate}|${p.field}|${p.band}`;
      const cur = this.profiles.get(k);
      if (cur) cur.count += 1;
      else this.profiles.set(k, { ...p });
    }
    for (const m of inc.month) addMeasure(this.months, [m.unitId, m.month, m.measure], m);
    for (const m of inc.serviceMonth) addMeasure(this.serviceMonths, [m.unitId, m.month, m.serviceId, m.measure], m);
    for (const m of inc.serviceDay) addMeasure(this.serviceDays, [m.unitId, m.localDate, m.serviceId, m.measure], m);
    const d = inc.unit;
    const k = `${d.unitId}|${d.localDate}`;
    const cur = this.days.get(k);
    if (cur) {
      cur.respondents += 1;
      cur.steeredYes += d.steeredYes;
      cur.steeredAnswered += d.steeredAnswered;
    } else this.days.set(k, { ...d });
    this.pending.push(r);
    if (this.pending.length >= 2000) await this.flushRows();
  }

  private async flushRows() {
    const rows = this.pending;
    this.pending = [];
    const stmts: InStatement[] = [];
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      stmts.push(
        multiInsert(
          "responses (id, unit_id, service_id, touchpoint_id, local_date, submitted_at, lang, age, gender, education, occupation, steered, comment, nonce)",
          chunk.map((r) => [
            r.id,
            r.unitId,
            r.serviceId,
            r.touchpointId,
            r.localDate,
            r.submittedAt,
            r.lang,
            r.profile.age ?? null,
            r.profile.gender ?? null,
            r.profile.education ?? null,
            r.profile.occupation ?? null,
            r.steered === null ? null : Number(r.steered),
            r.comment,
            r.nonce,
          ]),
        ),
      );
    }
    const answers = rows.flatMap((r) => r.answers.map((a) => [r.id, a.instrument, a.item, a.value]));
    for (let i = 0; i < answers.length; i += 500)
      stmts.push(multiInsert("answers (response_id, instrument, item, value)", answers.slice(i, i + 500)));
    await this.client.batch(stmts, "write");
  }

  /** Writes what is pending and adds the summed rollups to whatever the tables hold. */
  async flush() {
    await this.flushRows();
    const stmts: InStatement[] = [];
    const items = [...this.items.values()];
    for (let i = 0; i < items.length; i += 500) {
      const s = multiInsert(
        "rollup_item_daily (unit_id, local_date, instrument, item, value, count)",
        items.slice(i, i + 500).map((r) => [r.unitId, r.localDate, r.instrument, r.item, r.value, r.count]),
      );
      stmts.push({ sql: `${s.sql} on conflict do update set count = count + excluded.count`, args: s.args });
    }
    const scores = [...this.scores.values()];
    for (let i = 0; i < scores.length; i += 500) {
      const s = multiInsert(
        "rollup_score_daily (unit_id, local_date, instrument, respondents, score_sum, score_sq_sum)",
        scores
          .slice(i, i + 500)
          .map((r) => [r.unitId, r.localDate, r.instrument, r.respondents, r.scoreSum, r.scoreSqSum]),
      );
      stmts.push({
        sql: `${s.sql} on conflict do update set respondents = respondents + excluded.respondents, score_sum = score_sum + excluded.score_sum, score_sq_sum = score_sq_sum + excluded.score_sq_sum`,
        args: s.args,
      });
    }
    const days = [...this.days.values()];
    for (let i = 0; i < days.length; i += 500) {
      const s = multiInsert(
        "rollup_unit_daily (unit_id, local_date, respondents, steered_yes, steered_answered)",
        days.slice(i, i + 500).map((r) => [r.unitId, r.localDate, r.respondents, r.steeredYes, r.steeredAnswered]),
      );
      stmts.push({
        sql: `${s.sql} on conflict do update set respondents = respondents + excluded.respondents, steered_yes = steered_yes + excluded.steered_yes, steered_answered = steered_answered + excluded.steered_answered`,
        args: s.args,
      });
    }
    const profiles = [...this.profiles.values()];
    for (let i = 0; i < profiles.length; i += 500) {
      const s = multiInsert(
        "rollup_profile_daily (unit_id, local_date, field, band, count)",
        profiles.slice(i, i + 500).map((r) => [r.unitId, r.localDate, r.field, r.band, r.count]),
      );
      stmts.push({ sql: `${s.sql} on conflict do update set count = count + excluded.count`, args: s.args });
    }
    stmts.push(
      ...measureUpserts("rollup_month (unit_id, month, measure", this.months),
      ...measureUpserts("rollup_service_month (unit_id, month, service_id, measure", this.serviceMonths),
      ...measureUpserts("rollup_service_daily (unit_id, local_date, service_id, measure", this.serviceDays),
    );
    if (stmts.length > 0) await this.client.batch(stmts, "write");
    this.months.clear();
    this.serviceMonths.clear();
    this.serviceDays.clear();
    this.profiles.clear();
    this.items.clear();
    this.scores.clear();
    this.days.clear();
  }
}

/** A row of a measure table: its key columns, then n, total and total of squares. */
type MeasureRow = { key: unknown[]; n: number; total: number; totalSq: number };

function addMeasure(to: Map<string, MeasureRow>, key: unknown[], m: { n: number; total: number; totalSq: number }) {
  const k = key.join("|");
  const cur = to.get(k);
  if (cur) {
    cur.n += m.n;
    cur.total += m.total;
    cur.totalSq += m.totalSq;
  } else to.set(k, { key, n: m.n, total: m.total, totalSq: m.totalSq });
}

/** `target` names the table and its key columns, left open for n, total and total_sq. */
function measureUpserts(target: string, rows: Map<string, MeasureRow>): InStatement[] {
  const list = [...rows.values()];
  const out: InStatement[] = [];
  for (let i = 0; i < list.length; i += 400) {
    const s = multiInsert(
      `${target}, n, total, total_sq)`,
      list.slice(i, i + 400).map((r) => [...r.key, r.n, r.total, r.totalSq]),
    );
    out.push({
      sql: `${s.sql} on conflict do update set n = n + excluded.n, total = total + excluded.total, total_sq = total_sq + excluded.total_sq`,
      args: s.args,
    });
  }
  return out;
}

function multiInsert(target: string, rows: unknown[][]): { sql: string; args: never[] } {
  const one = `(${rows[0]!.map(() => "?").join(",")})`;
  return { sql: `insert into ${target} values ${rows.map(() => one).join(",")}`, args: rows.flat() as never[] };
}
