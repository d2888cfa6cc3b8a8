import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/db";
import { insertFollowUp } from "../../db/queries/follow-ups";
import { insertSnapshot } from "../../db/queries/publications";
import { organizations } from "../../db/schema";
import { CLI_ACTOR } from "../../worker/actions/action";
import { recordPublication, setCapaian } from "../../worker/actions/zi";
import { ziResponse } from "../../worker/api/zi-schemas";
import { randomId } from "../../worker/crypto";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
const at = (iso: string) => Date.parse(iso) / 1000;

/** Submits through the real survey API at a given instant. */
async function submit(db: Db, code: string, when: string, answers: Record<string, number>) {
  let now = at(when);
  const { app } = createTestApp(db, {}, () => now);
  const token = await visitToken(app, code);
  now = at(when);
  const res = await postJson(app, { token, answers, steered: false });
  expect(res.status).toBe(201);
}

async function orgWith(settings: Record<string, unknown>) {
  const unit = await seedTouchpoint(t.db);
  await t.db
    .update(organizations)
    .set({ settings: JSON.stringify(settings) })
    .where(eq(organizations.id, unit.orgId));
  return { ...unit, token: (await seedEvaluatorToken(t.db, unit.orgId)).token };
}

const keys = (prefix: string, values: number[]) => Object.fromEntries(values.map((v, i) => [`${prefix}${i + 1}`, v]));
// Varied answers, deterministic: respondent i.
const varied = (i: number) => ({
  ...keys(
    "U",
    [...Array(9)].map((_, k) => ((i * 3 + k) % 4) + 1),
  ),
  ...keys(
    "P",
    [...Array(8)].map((_, k) => ((i * 5 + k * 2) % 6) + 1),
  ),
  ...keys(
    "A",
    [...Array(5)].map((_, k) => 6 - ((i + k) % 3)),
  ),
});
const allOf = (u: number, p: number, a: number[]) => ({
  ...keys("U", Array(9).fill(u)),
  ...keys("P", Array(8).fill(p)),
  ...keys("A", a),
});
// Eight respondents whose 40 IPAK answers sum to 213: raw 5.325, linear index4 exactly 3.595 (→ 3.60).
const ON_THE_LINE = [
  [6, 6, 6, 6, 6],
  [6, 6, 6, 6, 6],
  [6, 6, 6, 6, 6],
  [6, 6, 6, 6, 6],
  [6, 6, 6, 6, 6],
  [6, 6, 4, 4, 4],
  [4, 4, 4, 4, 4],
  [4, 4, 4, 4, 3],
];

let main: Awaited<ReturnType<typeof orgWith>>;
let child: Awaited<ReturnType<typeof seedChildUnit>>;
let line: Awaited<ReturnType<typeof orgWith>>;
let below: Awaited<ReturnType<typeof seedChildUnit>>;
let notEntered: Awaited<ReturnType<typeof seedChildUnit>>;
let thin: Awaited<ReturnType<typeof orgWith>>;

beforeAll(async () => {
  t = await createTestDb();
  main = await orgWith({ minRespondents: 3 });
  child = await seedChildUnit(t.db, main.orgId, main.unitId);
  const whens = [
    ...["2026-01-10", "2026-02-11", "2026-03-31"].map((d) => `${d}T03:00:00Z`),
    ...["2026-04-02", "2026-05-05", "2026-06-30"].map((d) => `${d}T03:00:00Z`),
    ...["2026-08-01", "2026-09-09"].map((d) => `${d}T03:00:00Z`), // Q3: two, below the minimum n
    ...["2026-10-01", "2026-11-11"].map((d) => `${d}T03:00:00Z`),
    "2026-12-31T16:30:00Z", // 23:30 WIB: still 2026 in the unit's calendar
    "2026-12-31T17:30:00Z", // 00:30 WIB on 1 January 2027: not 2026
  ];
  for (const [i, when] of whens.entries()) await submit(t.db, main.code, when, varied(i));
  await setCapaian(t.db, CLI_ACTOR, { unitId: main.unitId, year: 2026, grade: "B" }, at("2026-12-01T00:00:00Z"));
  const log = (period: string, channel: string, publishedOn: string, online?: string) =>
    recordPublication(
      t.db,
      CLI_ACTOR,
      { unitId: main.unitId, fields: { period, channel, publishedOn, reference: "https://contoh.go.id/skm", online } },
      at("2026-12-20T00:00:00Z"),
    );
  await log("2026-Q1", "poster", "2026-04-10");
  await log("2026-Q2", "poster", "2026-07-10");
  await log("2026-Q2", "social_media", "2026-07-11");
  await log("2025", "leaflet", "2026-01-15"); // another year's results: not counted
  await insertSnapshot(t.db, {
    id: randomId(),
    unitId: main.unitId,
    period: "2026-Q1",
    version: 1,
    publishedAt: at("2026-04-05T00:00:00Z"),
    publishedBy: "cli",
    data: "{}",
  });
  const plan = (period: string, status: string, doneOn: string | null, evidence: string | null) =>
    insertFollowUp(t.db, {
      id: randomId(),
      unitId: main.unitId,
      period,
      item: "U3",
      problem: "Antrean lama",
      action: "Tambah loket",
      owner: "Kepala TU",
      status,
      doneOn,
      evidence,
    });
  await plan("2026-Q1", "selesai", "2026-04-20", "Laporan pelaksanaan");
  await plan("2026-Q1", "selesai", "2026-05-20", "Foto loket baru");
  await plan("2026-Q2", "selesai", "2026-08-01", "Laporan");
  await plan("2026-Q2", "rencana", null, null);
  await plan("2026-Q3", "berjalan", null, null);
  await plan("2025-Q4", "selesai", "2026-01-05", "x"); // last year's plan

  line = await orgWith({ minRespondents: 3, conversion: "linear" });
  for (const [i, a] of ON_THE_LINE.entries())
    await submit(t.db, line.code, `2026-05-0${i + 1}T03:00:00Z`, allOf(4, 6, a));
  await setCapaian(t.db, CLI_ACTOR, { unitId: line.unitId, year: 2026, grade: "B" }, at("2026-12-01T00:00:00Z"));
  const twin = await seedChildUnit(t.db, line.orgId, line.unitId);
  below = twin;
  for (const [i, a] of ON_THE_LINE.entries())
    await submit(t.db, twin.code, `2026-05-0${i + 1}T03:00:00Z`, allOf(4, 6, i === 7 ? [4, 4, 4, 4, 2] : a));
  await setCapaian(t.db, CLI_ACTOR, { unitId: twin.unitId, year: 2026, grade: "B" }, at("2026-12-01T00:00:00Z"));
  notEntered = await seedChildUnit(t.db, line.orgId, line.unitId);
  for (const [i, a] of ON_THE_LINE.entries())
    await submit(t.db, notEntered.code, `2026-06-0${i + 1}T03:00:00Z`, allOf(4, 6, a));

  thin = await orgWith({ minRespondents: 3 });
  for (const d of ["2026-02-01", "2026-02-02"]) await submit(t.db, thin.code, `${d}T03:00:00Z`, varied(1));
  await setCapaian(t.db, CLI_ACTOR, { unitId: thin.unitId, year: 2026, grade: "A" }, at("2026-12-01T00:00:00Z"));
});
afterAll(() => t.close());

function api(token: string | null, path: string) {
  const { app } = createTestApp(t.db);
  return app.request(`/api/v1${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}
const zi = async (token: string, unitId: string, year = "2026") => {
  const res = await api(token, `/units/${unitId}/zi?year=${year}`);
  expect(res.status).toBe(200);
  return ziResponse.parse(await res.json());
};

type Row = { localDate: string; answers: Record<string, number> };
async function anonymisedRows(token: string, unitId: string): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor = "";
  do {
    const res = await api(token, `/units/${unitId}/responses?period=2026&limit=2${cursor && `&cursor=${cursor}`}`);
    const page = (await res.json()) as { data: Row[]; nextCursor: string | null };
    rows.push(...page.data);
    cursor = page.nextCursor ?? "";
  } while (cursor);
  return rows;
}

/** Integer arithmetic only: hundredths, half up, of a ratio index4 (k items, every respondent answers every item). */
function ratioIndex4Hundredths(rows: Row[], prefix: string, k: number) {
  const answered = rows.filter((r) => r.answers[`${prefix}1`] !== undefined);
  const n = answered.length;
  const sum = answered.reduce(
    (s, r) =>
      s +
      Object.entries(r.answers)
        .filter(([key]) => key.startsWith(prefix))
        .reduce((a, [, v]) => a + v, 0),
    0,
  );
  // index4 = (4/6) × sum / (k n); × 100, half up: floor((400 sum + 3kn) / (6kn)).
  return { n, h: Math.floor((400 * sum + 3 * k * n) / (6 * k * n)) };
}
const lkeHundredths = (h: number) => Math.floor((35 * h + 4) / 8); // 17.5 × h/100 / 4, half up

describe("GET /api/v1/units/{unitId}/zi", () => {
  it("equals an independent recomputation from the anonymised rows of the year", async () => {
    const got = await zi(main.token, main.unitId);
    const rows = await anonymisedRows(main.token, main.unitId);
    expect(rows).toHaveLength(11); // the 00:30 WIB answer of 1 January 2027 is not in 2026
    const ipak = ratioIndex4Hundredths(rows, "A", 5);
    const ipkp = ratioIndex4Hundredths(rows, "P", 8);
    const [ipakLke, ipkpLke] = [lkeHundredths(ipak.h), lkeHundredths(ipkp.h)];
    expect(got.ipak).toEqual({ n: ipak.n, index4: ipak.h / 100, lke: ipakLke / 100 });
    expect(got.ipkp).toEqual({ n: ipkp.n, index4: ipkp.h / 100, lke: ipkpLke / 100 });
    expect(got.capaianKinerja).toEqual({ grade: "B", points: 3.75 });
    expect(got.bersihAkuntabel).toBe((ipakLke + 375) / 100);
    expect(got.hasil).toBe((ipakLke + 375 + ipkpLke) / 100);
    const failing = (minIpak: number, minIpkp: number, minCapaian: number, minBersih: number) =>
      [
        ipak.h < minIpak && "ipak",
        ipkp.h < minIpkp && "ipkp",
        375 < minCapaian && "capaian",
        ipakLke + 375 < minBersih && "bersihAkuntabel",
      ].filter(Boolean);
    const verdict = (f: unknown[]) => ({ verdict: f.length ? "does_not_meet" : "meets", failing: f });
    expect(got.wbk).toEqual(verdict(failing(360, 320, 250, 1825)));
    expect(got.wbbm).toEqual(verdict(failing(360, 360, 375, 1950)));

    const perQuarter = [1, 2, 3, 4].map(
      (q) => rows.filter((r) => Math.ceil(+r.localDate.slice(5, 7) / 3) === q).length,
    );
    expect(perQuarter).toEqual([3, 3, 2, 3]);
    expect(got.skm).toEqual({ periodsWithResults: 3, score: 0.75 });
    // poster and social media logged, plus the public page (2026-Q1 published); the 2025 leaflet is another year's.
    expect(got.publication).toEqual({ online: true, offline: true, channels: 3, score: 1 });
    expect(got.followUp).toEqual({ planned: 5, done: 3, score: 0.67 });
    expect(got.pekppp).toEqual({
      implementation: { stage: "followed_up", score: 5 },
      channels: { count: 3, score: 3 },
      completion: { planned: 5, done: 3, share: 0.6, report: true, score: 3 },
      speed: { withinMonths: null, score: 0 },
    });
    expect(got.formulaVersion).toMatch(/index4=round-half-up-2.*lke-skm\/1;period=triwulan-min-n;most>50%.*pekppp\/1/);
  });

  it("takes index4 3.595 as 3.60: meets WBK and WBBM exactly on the line, and 3.58 does not", async () => {
    const on = await zi(line.token, line.unitId);
    expect(on.ipak).toEqual({ n: 8, index4: 3.6, lke: 15.75 });
    expect(on.bersihAkuntabel).toBe(19.5);
    expect(on.wbk).toEqual({ verdict: "meets", failing: [] });
    expect(on.wbbm).toEqual({ verdict: "meets", failing: [] });
    const off = await zi(line.token, below.unitId);
    expect(off.ipak).toEqual({ n: 8, index4: 3.58, lke: 15.66 });
    expect(off.wbk).toEqual({ verdict: "does_not_meet", failing: ["ipak"] });
    expect(off.wbbm).toEqual({ verdict: "does_not_meet", failing: ["ipak", "bersihAkuntabel"] });
  });

  it("says insufficient_data below the minimum n, with null index4 and lke, never does_not_meet", async () => {
    const got = await zi(thin.token, thin.unitId);
    expect(got.ipak).toEqual({ n: 2, index4: null, lke: null });
    expect(got.ipkp).toEqual({ n: 2, index4: null, lke: null });
    expect([got.bersihAkuntabel, got.hasil]).toEqual([null, null]);
    expect(got.wbk).toEqual({ verdict: "insufficient_data", failing: [] });
    expect(got.wbbm).toEqual({ verdict: "insufficient_data", failing: [] });
    expect(got.skm).toEqual({ periodsWithResults: 0, score: 0 });
    expect(got.pekppp.implementation).toEqual({ stage: "collected", score: 1 });
    const empty = await zi(thin.token, thin.unitId, "2025");
    expect(empty.ipak).toEqual({ n: 0, index4: null, lke: null });
    expect(empty.capaianKinerja).toEqual({ grade: null, points: null });
    expect(empty.pekppp.implementation).toEqual({ stage: "none", score: 0 });
  });

  it("says not_entered while capaian kinerja is missing, and still gives the indices' LKE values", async () => {
    const got = await zi(line.token, notEntered.unitId);
    expect(got.capaianKinerja).toEqual({ grade: null, points: null });
    expect(got.ipak.lke).toBe(15.75);
    expect([got.bersihAkuntabel, got.hasil]).toEqual([null, null]);
    expect(got.wbk.verdict).toBe("not_entered");
    expect(got.wbbm.verdict).toBe("not_entered");
  });

  it("answers 404 outside the token's scope and for unknown units, 401 without a token", async () => {
    const childToken = (await seedEvaluatorToken(t.db, main.orgId, child.unitId)).token;
    expect((await api(childToken, `/units/${main.unitId}/zi?year=2026`)).status).toBe(404);
    expect((await api(childToken, `/units/${child.unitId}/zi?year=2026`)).status).toBe(200);
    expect((await api(main.token, `/units/${line.unitId}/zi?year=2026`)).status).toBe(404);
    expect((await api(main.token, `/units/nope/zi?year=2026`)).status).toBe(404);
    expect((await api(null, `/units/${main.unitId}/zi?year=2026`)).status).toBe(401);
  });

  it.each(["abc", "1999", "2101", "", "2026.5", "02026", "２０２６", "2026&year=2027", "-2026"])(
    "refuses year=%s with 400 and the API's error shape",
    async (year) => {
      const res = await api(main.token, `/units/${main.unitId}/zi?year=${encodeURIComponent(year)}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
      expect(body.error.code).toBe("VALIDATION_FAILED");
      expect(body.error.issues[0]!.path).toBe("year");
    },
  );

  it("refuses a missing year with 400", async () => {
    expect((await api(main.token, `/units/${main.unitId}/zi`)).status).toBe(400);
  });
});
