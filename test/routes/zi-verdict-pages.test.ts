import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnit } from "../../db/queries/admin";
import { CLI_ACTOR } from "../../worker/actions/action";
import { publish } from "../../worker/actions/publishing";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { getPage, login, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let cookie: string;
const now = Date.UTC(2026, 7, 10, 3) / 1000;

// Three respondents, all answering the best value: far above every ZI minimum, far below the default minimum n (30).
beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
  const { app } = createTestApp(t.db, {}, () => now);
  for (let i = 0; i < 3; i++)
    expect((await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers() })).status).toBe(201);
  cookie = await login(app, await seedUser(t.db, tp.orgId, "manager", tp.unitId));
});
afterAll(() => t.close());

const page = async (path: string) => (await getPage(createTestApp(t.db, {}, () => now).app, cookie, path)).html;
/** How often the page's text (tags removed, spaces collapsed) says this. */
const count = (html: string, text: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .split(text).length - 1;

describe("the ZI verdict with too few respondents", () => {
  it("the report says 'data belum cukup', never 'belum memenuhi'", async () => {
    const html = await page(`/admin/units/${tp.unitId}/report?period=2026-Q3`);
    expect(count(html, "Jumlah responden pada Triwulan III 2026: 3.")).toBe(1);
    // Once for IPKP, once for IPAK.
    expect(count(html, "Predikat WBK: data belum cukup; predikat WBBM: data belum cukup.")).toBe(2);
    expect(html).not.toContain("belum memenuhi");
  });

  it("so do the unit page (in both languages) and the overview", async () => {
    const unit = await page(`/admin/units/${tp.unitId}?period=2026-Q3`);
    expect(count(unit, "WBK: data belum cukup · WBBM: data belum cukup")).toBe(2);
    expect(unit).not.toContain("belum memenuhi");
    const english = await page(`/admin/units/${tp.unitId}?period=2026-Q3&lang=en`);
    expect(count(english, "WBK: insufficient data · WBBM: insufficient data")).toBe(2);
    expect(english).not.toContain("does not meet");
    const overview = await page("/admin?period=2026-Q3");
    expect(count(overview, "WBK: data belum cukup · WBBM: data belum cukup")).toBe(2);
    expect(overview).not.toContain("belum memenuhi");
  });

  it("so does the public page of the published period", async () => {
    await publish(t.db, CLI_ACTOR, { unitId: tp.unitId, period: "2026-Q3", confirm: true }, now);
    const code = (await getUnit(t.db, tp.unitId))!.code;
    const html = await (await createTestApp(t.db).app.request(`/p/${code}`)).text();
    expect(count(html, "WBK data belum cukup, WBBM data belum cukup.")).toBe(2);
    expect(html).not.toContain("belum memenuhi");
  });
});
