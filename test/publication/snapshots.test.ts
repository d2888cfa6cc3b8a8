import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganization, insertUnit } from "../../db/queries/admin";
import { listSnapshots } from "../../db/queries/publications";
import { publishedSnapshots } from "../../db/schema";
import { CLI_ACTOR } from "../../worker/actions/action";
import { publish } from "../../worker/actions/publishing";
import { readSnapshot, writeSnapshot } from "../../worker/publication/snapshot-schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

// A snapshot exactly as the code before schemaVersion wrote it (JSON.stringify of the publish step's object).
const V1 = readFileSync(new URL("./snapshot-v1.json", import.meta.url), "utf8").trim();
const v1 = () =>
  JSON.parse(V1) as Record<string, unknown> & { ikm: Record<string, unknown>; followUps: Record<string, unknown>[] };

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
  await insertOrganization(t.db, { id: "org-v1", slug: "org-v1", name: "Dinas Uji", timeZone: "Asia/Jakarta" });
  // Renamed since: the open data keeps the name the snapshot froze.
  await insertUnit(t.db, {
    id: "unit-v1-id",
    orgId: "org-v1",
    code: "unit-v1",
    name: "UPT Uji Baru",
    population: 1000,
  });
  await t.db.insert(publishedSnapshots).values({
    id: "snap-v1",
    unitId: "unit-v1-id",
    period: "2026-Q3",
    version: 1,
    publishedAt: 1786330800,
    publishedBy: "test",
    data: V1,
  });
});
afterAll(() => t.close());

const get = (path: string, headers: Record<string, string> = {}) => createTestApp(t.db).app.request(path, { headers });

describe("a version 1 snapshot (no schemaVersion), stored raw", () => {
  it("is served by /p/{code} as before", async () => {
    const html = await (await get("/p/unit-v1")).text();
    expect(html).toContain('<strong class="big">75,00</strong> mutu C (Kurang Baik)');
    expect(html).toContain("Jumlah responden: 3");
    // Published before per-service numbers were frozen: the page says so rather than computing live ones.
    expect(html).toContain("angka per layanan belum termasuk dalam data publikasi");
    expect(html).toContain("(IPKP): 3,33 (nilai LKE 14,58); WBK memenuhi, WBBM belum memenuhi.");
    expect(html).toContain('Tambah loket <span class="hint">(Waktu penyelesaian; proses; Tahun 2026)</span>');
    expect(await (await get("/p/unit-v1/badge.svg")).text()).toContain("75.00 (C) · 2026-Q3");
  });

  it("is served by data.json field for field, now with its schemaVersion", async () => {
    const body = (await (await get("/p/unit-v1/data.json")).json()) as {
      unit: unknown;
      snapshots: unknown[];
      dictionary: { snapshot: Record<string, string> };
    };
    expect(body.unit).toEqual({ code: "unit-v1", name: "UPT Uji Baru", organization: "Dinas Uji" });
    // The only fields it gains: the sample basis it was computed on (before the setting, always prorated),
    // no publication flags (a version 1 snapshot was published before confirmations existed), no services.
    const frozen = v1() as ReturnType<typeof v1> & { sample: Record<string, unknown> };
    expect(body.snapshots).toEqual([
      {
        version: 1,
        schemaVersion: 1,
        ...frozen,
        sample: { ...frozen.sample, basis: "prorated" },
        flags: [],
        serviceResults: [],
      },
    ]);
    expect(body.dictionary.snapshot.schemaVersion).toBeTruthy();
  });

  it("is served by data.csv with the same columns and values", async () => {
    const text = (await (await get("/p/unit-v1/data.csv")).text()).replace(/^\uFEFF/, "");
    expect(text.split("\r\n")).toEqual([
      "unit_code,unit_name,period,period_from,period_to,version,published_at,respondents,ikm_converted,ikm_grade,ipkp_index4,ipkp_lke,ipak_index4,ipak_lke,sample_required,sample_adequate,formula_version,flags",
      "unit-v1,UPT Uji,2026-Q3,2026-07-01,2026-09-30,1,2026-08-10T03:00:00.000Z,3,75,C,3.333333333333333,14.583333333333332,3.333333333333333,14.583333333333332,152,false,zi-survei/1 ikm=permenpanrb-14-2017;w=exact zi=permenpanrb-90-2021;conversion=ratio ci=student-t-95 sample=krejcie-morgan-1970,",
      "",
    ]);
  });

  it("keeps its ETag and 304 (with the caching headers) on the page and the open data; errors are not cached", async () => {
    for (const path of ["/p/unit-v1", "/p/unit-v1/data.json", "/p/unit-v1/data.csv"]) {
      const first = await get(path);
      const again = await get(path, { "If-None-Match": first.headers.get("etag")! });
      expect(again.status, path).toBe(304);
      expect([
        again.headers.get("etag"),
        again.headers.get("cache-control"),
        again.headers.get("access-control-allow-origin"),
      ]).toEqual([first.headers.get("etag"), "public, max-age=300", "*"]);
    }
    const missing = await get("/p/no-such-unit");
    expect(missing.status).toBe(404);
    expect([missing.headers.get("etag"), missing.headers.get("cache-control")]).toEqual([null, null]);
  });
});

describe("the snapshot schema", () => {
  it("is what publishing writes: the current schemaVersion and exactly the schema's fields", async () => {
    const tp = await seedTouchpoint(t.db);
    const now = Date.UTC(2026, 7, 10, 3) / 1000;
    const { app } = createTestApp(t.db, {}, () => now);
    expect((await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers() })).status).toBe(201);
    await publish(t.db, CLI_ACTOR, { unitId: tp.unitId, period: "2026-Q3", confirm: true }, now);
    const [row] = await listSnapshots(t.db, tp.unitId);
    const stored = JSON.parse(row!.data) as Record<string, unknown>;
    expect(stored.schemaVersion).toBe(3);
    expect(readSnapshot(row!.data)).toEqual(stored);
    expect(Object.keys(stored).sort()).toEqual(
      Object.keys({ schemaVersion: 3, ...v1(), flags: [], serviceResults: [] }).sort(),
    );
    expect(stored.flags).toEqual(["period_running", "sample_below_minimum"]);
    expect(stored.serviceResults).toEqual([
      {
        name: "Perizinan",
        respondents: 1,
        ikm: { n: 1, value: expect.any(Number), sufficient: false, grade: null },
        ipkp: { n: 1, value: expect.any(Number), sufficient: false },
        ipak: { n: 1, value: expect.any(Number), sufficient: false },
      },
    ]);
  });

  it("refuses to write a snapshot whose indices no longer fit it, loudly", () => {
    const good: ReturnType<typeof v1> = { ...v1(), flags: [], serviceResults: [] };
    const { zi: _zi, ...withoutZi } = good;
    expect(() => writeSnapshot(good as never)).not.toThrow();
    expect(() => writeSnapshot(withoutZi as never)).toThrow();
    expect(() => writeSnapshot({ ...good, ikm: { ...good.ikm, converted: "75" } } as never)).toThrow();
    expect(() => writeSnapshot({ ...good, respondents: Infinity } as never)).toThrow();
    expect(() => writeSnapshot({ ...good, flags: ["looked_fine"] } as never)).toThrow();
    expect(() => writeSnapshot(v1() as never)).toThrow();
    expect(() => writeSnapshot({ ...good, serviceResults: [{ name: "X", respondents: -1 }] } as never)).toThrow();
  });

  it("drops on read what lies outside the shape (the first release's follow-up problem text), and refuses an unknown version", () => {
    const old = v1();
    old.followUps = [{ ...old.followUps[0], problem: "Kata petugas: 'Budi, 0812…'" }];
    expect(readSnapshot(JSON.stringify(old)).followUps).toEqual(v1().followUps);
    expect(() => readSnapshot(JSON.stringify({ ...v1(), schemaVersion: 4 }))).toThrow();
    // Version 3 must say its services; version 2 reads with none.
    expect(() => readSnapshot(JSON.stringify({ ...v1(), schemaVersion: 3, flags: [] }))).toThrow();
    expect(readSnapshot(JSON.stringify({ ...v1(), schemaVersion: 2, flags: [] })).serviceResults).toEqual([]);
    // Version 2 must say its flags; version 1 never had any.
    expect(() => readSnapshot(JSON.stringify({ ...v1(), schemaVersion: 2 }))).toThrow();
    expect(readSnapshot(JSON.stringify({ ...v1(), schemaVersion: 2, flags: ["period_running"] })).flags).toEqual([
      "period_running",
    ]);
    expect(readSnapshot(JSON.stringify(v1())).flags).toEqual([]);
    expect(() => readSnapshot("[]")).toThrow();
  });
});
