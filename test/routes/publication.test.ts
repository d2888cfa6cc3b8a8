import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnit, updateOrganizationSettings } from "../../db/queries/admin";
import { CLI_ACTOR } from "../../worker/actions/action";
import { publish } from "../../worker/actions/publishing";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
type Unit = Awaited<ReturnType<typeof seedTouchpoint>> & { unitCode: string; clock: number };

async function respond(u: Unit, values: (max: number) => number, comment: string | null = null, gender = "P") {
  const { app } = createTestApp(t.db, {}, () => u.clock);
  const res = await postJson(app, {
    token: await visitToken(app, u.code),
    answers: fullAnswers(undefined, values),
    comment,
    profile: { gender, education: "SMA" },
  });
  expect(res.status).toBe(201);
}

/** Each test's own unit (in its own organization) with three top-score responses, nothing published. */
async function seedUnit(): Promise<Unit> {
  const tp = await seedTouchpoint(t.db);
  await updateOrganizationSettings(t.db, tp.orgId, JSON.stringify({ minRespondents: 2 }));
  const u = { ...tp, unitCode: (await getUnit(t.db, tp.unitId))!.code, clock: Date.UTC(2026, 6, 10, 3) / 1000 };
  for (let i = 0; i < 3; i++) await respond(u, (max) => max, i === 0 ? "Nama saya Budi, rahasia" : null, i ? "L" : "P");
  return u;
}

/** Version 1 of 2026-Q3 over the three responses, a fourth a day later, then version 2. */
async function publishTwice(u: Unit) {
  await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-Q3", confirm: true }, u.clock);
  u.clock += 86400;
  await respond(u, () => 1);
  await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-Q3", confirm: true }, u.clock);
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const get = (path: string, headers: Record<string, string> = {}) => createTestApp(t.db).app.request(path, { headers });

describe("publishing", () => {
  it("shows a polite empty state before anything is published, and 404 for an unknown unit", async () => {
    const { unitCode } = await seedUnit();
    const res = await get(`/p/${unitCode}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("belum mempublikasikan hasil");
    expect((await get("/p/no-such-unit")).status).toBe(404);
  });

  it("freezes a snapshot that later responses do not move", async () => {
    const u = await seedUnit();
    const { unitCode } = u;
    const first = await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-Q3", confirm: true }, u.clock);
    expect(first).toMatchObject({ period: "2026-Q3", version: 1 });
    const before = await get(`/p/${unitCode}`);
    const page = await before.text();
    expect(page).toContain('<strong class="big">100,00</strong>');
    expect(page).toContain("mutu A (Sangat Baik)");
    expect(page).toContain("Jumlah responden: 3");
    expect(page).not.toContain("Budi");
    const json = await (await get(`/p/${unitCode}/data.json`)).text();

    u.clock += 86400;
    await respond(u, () => 1);
    const after = await get(`/p/${unitCode}`);
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
    expect(await (await get(`/p/${unitCode}/data.json`)).text()).toBe(json);
  });

  it("publishes the same period again as a new version, keeps the history and says it was updated", async () => {
    const tp = await seedUnit();
    const { unitCode } = tp;
    await publish(t.db, CLI_ACTOR, { unitId: tp.unitId, period: "2026-Q3", confirm: true }, tp.clock);
    tp.clock += 86400;
    await respond(tp, () => 1);
    const { app } = createTestApp(t.db, {}, () => tp.clock);
    const manager = await seedUser(t.db, tp.orgId, "manager", tp.unitId);
    const cookie = await login(app, manager);
    const res = await postAs(app, cookie, `/admin/units/${tp.unitId}/publish`, {
      _csrf: await csrfOf(app, cookie),
      period: "2026-Q3",
      confirm: "1",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("published=2");
    const page = await (await get(`/p/${unitCode}`)).text();
    expect(page).toContain("diperbarui");
    expect(page).toContain("Jumlah responden: 4");
    const data = (await (await get(`/p/${unitCode}/data.json`)).json()) as {
      snapshots: { version: number; respondents: number }[];
      dictionary: { csv: Record<string, string>; snapshot: Record<string, string> };
    };
    expect(data.snapshots.map((s) => [s.version, s.respondents])).toEqual([
      [2, 4],
      [1, 3],
    ]);
    expect(data.dictionary.csv.formula_version).toBeTruthy();
    expect(Object.keys(data.dictionary.snapshot).some((k) => k.includes("ci95"))).toBe(true);
    expect(JSON.stringify(data)).not.toContain("Budi");
    const viewer = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
    const viewerCookie = await login(app, viewer);
    expect(
      (
        await postAs(app, viewerCookie, `/admin/units/${tp.unitId}/publish`, {
          _csrf: await csrfOf(app, viewerCookie),
          period: "2026-Q3",
        })
      ).status,
    ).toBe(403);
  });

  it("offers open data, a badge and a poster, all cacheable", async () => {
    const u = await seedUnit();
    const { unitCode } = u;
    await publishTwice(u);
    const csv = await get(`/p/${unitCode}/data.csv`);
    const text = new TextDecoder().decode(await csv.arrayBuffer()).replace(/^\uFEFF/, "");
    const [header, ...rows] = text.trim().split("\r\n");
    expect(header).toBe(
      "unit_code,unit_name,period,period_from,period_to,version,published_at,respondents,ikm_converted,ikm_grade,ipkp_index4,ipkp_lke,ipak_index4,ipak_lke,sample_required,sample_adequate,formula_version,flags",
    );
    expect(rows).toHaveLength(2);
    const badge = await get(`/p/${unitCode}/badge.svg`);
    expect(badge.headers.get("content-type")).toBe("image/svg+xml");
    // Both versions were published before 2026-Q3 ended: no headline for the badge yet.
    expect(await badge.text()).toMatch(/^<svg[^]*IKM[^]*hasil sementara[^]*<\/svg>$/);
    const poster = await (await get(`/p/${unitCode}/poster?period=2026-Q3`)).text();
    expect(poster).toContain("Hasil Survei Kepuasan Masyarakat");
    expect((await get(`/p/${unitCode}/poster?period=2025`)).status).toBe(404);
    const res = await get(`/p/${unitCode}`);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect((await get(`/p/${unitCode}`, { "If-None-Match": res.headers.get("etag")! })).status).toBe(304);
    const index = await (await get("/p")).text();
    expect(index).toContain(`/p/${unitCode}`);
    expect(await (await get("/p?org=another-org")).text()).not.toContain(`/p/${unitCode}`);
    // Embeddable elsewhere: the badge and the open data, but not the dashboard.
    expect(badge.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect((await get(`/p/${unitCode}/data.json`)).headers.get("access-control-allow-origin")).toBe("*");
    expect((await get("/login")).headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("lists periods by date, not by label, and draws the trend over periods of one kind", async () => {
    const u = await seedUnit();
    const { unitCode } = u;
    await publishTwice(u);
    for (const period of ["2026-S1", "2026-07", "2026-Q2", "2025-Q4"])
      await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period, confirm: true }, u.clock);
    const page = await (await get(`/p/${unitCode}`)).text();
    const order = [...page.matchAll(/<section class="box" id="periode-([^"]+)">/g)].map((m) => m[1]);
    expect(order).toEqual(["2026-Q3", "2026-07", "2026-Q2", "2026-S1", "2025-Q4"]);
    expect(page).toMatch(
      /<desc id="trend-desc">TW IV 2025: tanpa IKM; TW II 2026: tanpa IKM; TW III 2026: \d+,\d\d<\/desc>/,
    );
  });
});
