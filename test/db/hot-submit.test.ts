import type { Client } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/db";
import { insertOrganization, insertUnit } from "../../db/queries/admin";
import { openHotSubmit, type GroupItem } from "../../db/queries/hot-submit";
import { isOverRateLimit } from "../../db/queries/rate-buckets";
import { insertResponse, type NewResponse } from "../../db/queries/responses";
import { readRollups, recountRollups } from "../../db/queries/rollups";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { services } from "../../db/schema";
import { isUniqueViolation } from "../../worker/actions/action";
import { INSTRUMENTS, PROFILE_BANDS, PROFILE_FIELDS } from "../../worker/survey/instruments";
import { createTestDb } from "../helpers/db";

/** A small seeded generator, so both paths get exactly the same responses and a failure can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

async function seedSame(db: Db) {
  await insertOrganization(db, { id: "org1", slug: "org-1", name: "Dinas", timeZone: "Asia/Jakarta" });
  for (const u of ["u1", "u2"]) {
    await insertUnit(db, { id: u, orgId: "org1", code: `c-${u}`, name: u, population: 100, settings: "{}" });
    await db.insert(services).values({ id: `s-${u}`, unitId: u, name: "Perizinan" });
    await insertTouchpoint(db, { id: `t-${u}`, unitId: u, serviceId: `s-${u}`, code: `tp-${u}`, label: "Loket" });
  }
}

/** Every kind of response the survey writes: partial instruments and profiles, flags, rate charges, replays. */
function responsesFor(seed: number, count: number): GroupItem[] {
  const pick = prng(seed);
  const items: GroupItem[] = [];
  for (let i = 0; i < count; i++) {
    const unitId = pick(2) ? "u1" : "u2";
    const shown = (["skm", "spkp", "spak"] as const).filter((ins) => ins === "skm" || pick(3) > 0);
    const answers = shown.flatMap((ins) =>
      INSTRUMENTS[ins].items.map((item) => ({ item, instrument: ins, value: 1 + pick(INSTRUMENTS[ins].max) })),
    );
    const profile = Object.fromEntries(
      PROFILE_FIELDS.filter(() => pick(2)).map((f) => [f, PROFILE_BANDS[f][pick(PROFILE_BANDS[f].length)]]),
    );
    // One in ten reuses an earlier nonce: a replay, which must fail alone.
    const nonce = i > 5 && pick(10) === 0 ? items[pick(i)]!.r.nonce : `n${seed}-${i}`;
    const r: NewResponse = {
      id: `r${seed}-${i}`,
      unitId,
      serviceId: pick(4) ? `s-${unitId}` : null,
      touchpointId: pick(5) ? `t-${unitId}` : null,
      localDate: ["2026-06-30", "2026-07-01", "2026-07-02"][pick(3)]!,
      submittedAt: 1_780_000_000 + i,
      lang: pick(2) ? "id" : "en",
      nonce,
      steered: [null, true, false][pick(3)]!,
      comment: pick(3) ? null : `komentar ${i}`,
      ...(pick(2) ? { improvement: pick(2) ? null : `perbaiki ${i}` } : {}),
      ...(pick(4) === 0 ? { channel: "paper", enteredBy: "user-1" } : {}),
      ...(pick(3) === 0 ? { flag: { orgId: "org1", reasons: ["skm_1"] } } : {}),
      profile,
      answers,
    };
    // Three rate buckets, one of them small enough to fill up.
    const key = ["a", "b", "tiny"][pick(3)]!;
    const rate = pick(3) ? { key, max: key === "tiny" ? 4 : 1000, expiresAt: 1_790_000_000 } : undefined;
    items.push({ r, ...(rate ? { rate } : {}) });
  }
  return items;
}

const outcome = (err: unknown) =>
  err === null ? "ok" : isOverRateLimit(err) ? "over_limit" : isUniqueViolation(err) ? "replay" : String(err);

async function dump(client: Client) {
  const tables = await client.execute(
    "select name from sqlite_master where type = 'table' and name not like '%migrations%' and name not like 'sqlite_%' order by name",
  );
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    const rows = (await client.execute(`select * from "${String(name)}"`)).rows.map((r) => JSON.stringify(r));
    out[String(name)] = rows.sort();
  }
  return out;
}

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((o) => o.close()));

describe("the embedded hot path (prepared statements, group commit)", () => {
  it.each([1, 2, 3])("writes exactly the rows and rollups the batched drizzle path writes (seed %i)", async (seed) => {
    const a = await createTestDb();
    const b = await createTestDb();
    open.push(a, b);
    await seedSame(a.db);
    await seedSame(b.db);
    const list = responsesFor(seed, 240);

    const viaBatch: string[] = [];
    for (const { r, rate } of list) {
      viaBatch.push(
        await insertResponse(a.db, r, rate).then(
          () => "ok",
          (e: unknown) => outcome(e),
        ),
      );
    }
    const hot = openHotSubmit(b.url.slice("file:".length));
    open.push(hot);
    const pick = prng(seed * 7);
    const viaGroups: string[] = [];
    for (let i = 0; i < list.length;) {
      const group = list.slice(i, i + 1 + pick(40));
      viaGroups.push(...hot.writeGroup(group).map(outcome));
      i += group.length;
    }

    expect(viaGroups).toEqual(viaBatch);
    expect(viaBatch).toContain("replay");
    expect(viaBatch).toContain("over_limit");
    expect(await dump(b.client)).toEqual(await dump(a.client));
    expect(await readRollups(b.db)).toEqual(await recountRollups(b.db));
  });

  it("reads a touchpoint and a submission's context as the drizzle queries do", async () => {
    const t = await createTestDb();
    open.push(t);
    await seedSame(t.db);
    const hot = openHotSubmit(t.url.slice("file:".length));
    open.push(hot);
    const [{ r }] = responsesFor(9, 1) as [GroupItem];
    expect(
      hot.writeGroup([{ r: { ...r, unitId: "u1", touchpointId: "t-u1" }, rate: { key: "k", max: 9, expiresAt: 2e9 } }]),
    ).toEqual([null]);

    const tp = await hot.touchpointByCode("tp-u1");
    expect(tp).toMatchObject({
      id: "t-u1",
      code: "tp-u1",
      active: true,
      unitId: "u1",
      orgId: "org1",
      serviceName: "Perizinan",
    });
    expect(await hot.touchpointByCode("nope")).toBeNull();
    const ctx = await hot.submitContext({ touchpointId: "t-u1", nonce: r.nonce, rateKey: "k" });
    expect(ctx).toEqual({ touchpoint: tp, existingId: r.id, rateCount: 1 });
    expect(await hot.submitContext({ touchpointId: "t-u1", nonce: "fresh", rateKey: "none" })).toMatchObject({
      existingId: null,
      rateCount: 0,
    });
  });
});
