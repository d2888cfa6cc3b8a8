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
  private months = new Map<
    string,
    { unitId: string; month: string; measure: string; n: number; total: number; totalSq: number }
  >();
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
    for (const m of inc.month) {
      const k = `${m.unitId}|${m.month}|${m.measure}`;
      const cur = this.months.get(k);
      if (cur) {
        cur.n += m.n;
        cur.total += m.total;
        cur.totalSq += m.totalSq;
      } else this.months.set(k, { ...m });
    }
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
    const months = [...this.months.values()];
    for (let i = 0; i < months.length; i += 500) {
      const s = multiInsert(
        "rollup_month (unit_id, month, measure, n, total, total_sq)",
        months.slice(i, i + 500).map((r) => [r.unitId, r.month, r.measure, r.n, r.total, r.totalSq]),
      );
      stmts.push({
        sql: `${s.sql} on conflict do update set n = n + excluded.n, total = total + excluded.total, total_sq = total_sq + excluded.total_sq`,
        args: s.args,
      });
    }
    if (stmts.length > 0) await this.client.batch(stmts, "write");
    this.months.clear();
    this.profiles.clear();
    this.items.clear();
    this.scores.clear();
    this.days.clear();
  }
}

function multiInsert(target: string, rows: unknown[][]): { sql: string; args: never[] } {
  const one = `(${rows[0]!.map(() => "?").join(",")})`;
  return { sql: `insert into ${target} values ${rows.map(() => one).join(",")}`, args: rows.flat() as never[] };
}
