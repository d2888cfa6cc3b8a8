import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnit, updateOrganizationSettings } from "../../db/queries/admin";
import { checkDateRange, checkPeriodLabel } from "../../worker/indices/period";
import { createTestApp } from "../helpers/app";
import { writtenRows } from "../helpers/counts";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

/**
 * The hostile periods that once hung the server (unpadded years looped forever) or answered 500, sent
 * to every route family that takes a period: each must be a 400 that says why, and change nothing.
 */
const HUGE = "2026".repeat(2560);
const LABELS = [
  "0000",
  "0001",
  "0999",
  "999",
  "0999-Q1",
  "0999-07",
  "1999",
  "2101",
  "2026-Q5",
  "2026-13",
  "2026-S3",
  "26",
  "2026-7",
  "2026 ",
  "-2026",
  "NaN",
  HUGE,
  "x".repeat(10_240),
];
const RANGES: [string, string][] = [
  ["0999-01-01", "0999-12-31"],
  ["1001-01-01", "2026-12-31"],
  ["2026-12-31", "2026-01-01"],
  ["2000-01-01", "2100-12-31"],
  ["2021-01-01", "2026-01-01"],
  ["2026-02-29", "2026-03-01"],
  ["2026-02-30", "2026-03-01"],
  ["2026-01-01", "0999-12-31"],
  [HUGE, "2026-12-31"],
  ["2026-01-01", ""],
];
const QUERIES = [
  ...LABELS.map((period) => new URLSearchParams({ period }).toString()),
  ...RANGES.map(([from, to]) => new URLSearchParams({ from, to }).toString()),
  "period=a&period=b",
];

let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let unitCode: string;
let token: string;
let followUpId: string;
type App = ReturnType<typeof createTestApp>["app"];
let web: App;
let api: App;
let viewer: string;
let manager: string;

/** Every row and sum a refused request could have changed, the follow-up plans' contents included. */
async function stored() {
  const [row] = await t.db.all<Record<string, unknown>>(sql`
    select
      (select count(*) from published_snapshots) as snapshots,
      (select count(*) from audit_log) as audit,
      (select group_concat(id || '|' || period || '|' || status || '|' || coalesce(updated_at, ''), ';') from follow_ups) as followUps`);
  return { ...(await writtenRows(t.db)), ...row };
}

beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
  await updateOrganizationSettings(t.db, tp.orgId, JSON.stringify({ minRespondents: 1 }));
  unitCode = (await getUnit(t.db, tp.unitId))!.code;
  const now = Date.UTC(2026, 6, 10, 3) / 1000;
  // The API's own rate counter is not what these tests count: off, so "nothing changed" is exact.
  web = createTestApp(t.db, {}, () => now).app;
  api = createTestApp(t.db, { API_RATE_LIMIT: "off" }, () => now).app;
  for (let i = 0; i < 2; i++)
    expect((await postJson(web, { token: await visitToken(web, tp.code), answers: fullAnswers() })).status).toBe(201);
  token = (await seedEvaluatorToken(t.db, tp.orgId)).token;
  viewer = await login(web, await seedUser(t.db, tp.orgId, "viewer", tp.unitId));
  manager = await login(web, await seedUser(t.db, tp.orgId, "manager", tp.unitId));
  const csrf = await csrfOf(web, manager);
  expect(
    (await postAs(web, manager, `/admin/units/${tp.unitId}/publish`, { _csrf: csrf, period: "2026-Q3", confirm: "1" }))
      .status,
  ).toBe(303);
  const plan = {
    _csrf: csrf,
    period: "2026-Q3",
    item: "U3",
    problem: "Antrean",
    action: "Tambah loket",
    owner: "Kepala",
    quarter: "3",
    dueDate: "",
    status: "rencana",
    evidence: "",
  };
  expect((await postAs(web, manager, `/admin/units/${tp.unitId}/follow-ups`, plan)).status).toBe(303);
  followUpId = (await t.db.all<{ id: string }>(sql`select id from follow_ups`))[0]!.id;
});
afterAll(() => t.close());

const expectedMessage = (query: string, lang: "id" | "en") => {
  const q = new URLSearchParams(query);
  const r = q.has("period") ? checkPeriodLabel(q.get("period")) : checkDateRange(q.get("from"), q.get("to"));
  return r.ok ? "(accepted)" : r.message[lang];
};

async function expectRefusedPage(res: Response, message: string, back: string) {
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toContain("text/html");
  const html = await res.text();
  expect(html).toContain(message.replace(/&/g, "&amp;"));
  expect(html).toContain(`<a href="${back}">`);
}

async function stillUp() {
  const res = await web.request("/healthz");
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
}

describe("bad periods", () => {
  it("are a 400 with the API's issues on every evaluator endpoint, computing nothing", async () => {
    const before = await stored();
    for (const path of ["indices", "trend", "trend?granularity=quarter", "responses"]) {
      for (const query of [...QUERIES, "from=2026-01-01&from=2026-01-02&to=2026-01-31"]) {
        const url = `/api/v1/units/${tp.unitId}/${path}${path.includes("?") ? "&" : "?"}${query}`;
        const res = await api.request(url, { headers: { Authorization: `Bearer ${token}` } });
        expect(res.status, `${path} ${query.slice(0, 40)}`).toBe(400);
        const { error } = (await res.json()) as {
          error: { code: string; message: string; issues: { path: string; message: string }[] };
        };
        expect(error.code).toBe("VALIDATION_FAILED");
        expect(error.issues.length).toBeGreaterThan(0);
        for (const issue of error.issues) expect(["period", "from", "to"]).toContain(issue.path);
      }
    }
    const res = await api.request(`/api/v1/units/${tp.unitId}/trend?period=0999`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await res.json()).toMatchObject({
      error: { message: "Invalid period", issues: [{ path: "period", message: "The year must be within 2000–2100" }] },
    });
    const range = await api.request(`/api/v1/units/${tp.unitId}/indices?from=2021-01-01&to=2026-01-01`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await range.json()).toMatchObject({
      error: { issues: [{ path: "to", message: "A date range may span at most 5 years" }] },
    });
    expect(await stored()).toEqual(before);
    await stillUp();
  }, 60_000);

  it("are a 400 page on every dashboard view and export, saying why, with a way back", async () => {
    const before = await stored();
    const unit = `/admin/units/${tp.unitId}`;
    for (const path of ["/admin", unit, `${unit}/report`, `${unit}/export.csv`, `${unit}/export.xlsx`]) {
      for (const query of QUERIES) {
        const res = await web.request(`${path}?${query}`, { headers: { Cookie: viewer } });
        await expectRefusedPage(res, expectedMessage(query, "id"), path.includes("/export.") ? unit : path);
      }
    }
    expect(await stored()).toEqual(before);
    await stillUp();
  }, 60_000);

  it("are said in Indonesian by default and in English when the dashboard speaks English", async () => {
    const unit = `/admin/units/${tp.unitId}`;
    await expectRefusedPage(
      await web.request(`${unit}?period=0999`, { headers: { Cookie: viewer } }),
      "Tahun periode harus antara 2000 dan 2100.",
      unit,
    );
    await expectRefusedPage(
      await web.request(`${unit}/report?period=0999&lang=en`, { headers: { Cookie: viewer } }),
      "The year must be within 2000–2100",
      `${unit}/report`,
    );
    const range = await web.request(`/admin?from=2020-01-01&to=2026-01-01`, {
      headers: { Cookie: `${viewer}; zis_lang=en` },
    });
    await expectRefusedPage(range, "A date range may span at most 5 years", "/admin");
    await expectRefusedPage(
      await web.request(`${unit}?from=2026-02-30&to=2026-03-31`, { headers: { Cookie: viewer } }),
      "Tanggal awal harus tanggal yang ada",
      unit,
    );
  });

  it("are refused when publishing or planning follow-ups from the dashboard, and nothing is written", async () => {
    const csrf = await csrfOf(web, manager);
    const before = await stored();
    const unit = `/admin/units/${tp.unitId}`;
    const plan = {
      _csrf: csrf,
      item: "U3",
      problem: "Antrean",
      action: "Tambah loket",
      owner: "Kepala",
      quarter: "3",
      dueDate: "",
      status: "selesai",
      evidence: "",
    };
    for (const period of [...LABELS, "", "2026-01-01..2026-03-31"]) {
      const checked = checkPeriodLabel(period);
      const why = checked.ok ? "(accepted)" : checked.message.id;
      await expectRefusedPage(await postAs(web, manager, `${unit}/publish`, { _csrf: csrf, period }), why, unit);
      await expectRefusedPage(await postAs(web, manager, `${unit}/follow-ups`, { ...plan, period }), why, unit);
      await expectRefusedPage(
        await postAs(web, manager, `${unit}/follow-ups/${followUpId}`, { ...plan, period }),
        why,
        unit,
      );
    }
    expect(await stored()).toEqual(before);
    await stillUp();
  }, 60_000);

  it("are a 400 on the public poster, and a valid period still finds its snapshot", async () => {
    for (const period of LABELS) {
      const res = await web.request(`/p/${unitCode}/poster?${new URLSearchParams({ period })}`);
      await expectRefusedPage(
        res,
        expectedMessage(new URLSearchParams({ period }).toString(), "id"),
        `/p/${unitCode}/poster`,
      );
    }
    expect((await web.request(`/p/${unitCode}/poster?period=2026-Q3`)).status).toBe(200);
    expect((await web.request(`/p/${unitCode}/poster?period=2026-Q4`)).status).toBe(404);
    await stillUp();
  });

  it("leave the valid edges of the window working", async () => {
    const unit = `/admin/units/${tp.unitId}`;
    for (const query of [
      "period=2000",
      "period=2100-Q4",
      "from=2021-01-01&to=2025-12-31",
      "from=2028-02-29&to=2028-02-29",
    ]) {
      expect((await web.request(`${unit}?${query}`, { headers: { Cookie: viewer } })).status, query).toBe(200);
      expect((await web.request(`/admin?${query}`, { headers: { Cookie: viewer } })).status, query).toBe(200);
      expect((await web.request(`${unit}/report?${query}`, { headers: { Cookie: viewer } })).status, query).toBe(200);
      const trend = await api.request(`/api/v1/units/${tp.unitId}/trend?${query}&granularity=quarter`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(trend.status, query).toBe(200);
    }
    const longest = await api.request(`/api/v1/units/${tp.unitId}/trend?from=2021-01-15&to=2026-01-14`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(((await longest.json()) as { series: unknown[] }).series).toHaveLength(61);
  });
});
