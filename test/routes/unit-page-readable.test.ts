import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOrganizationSettings } from "../../db/queries/admin";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedDatedResponses } from "../helpers/dated-responses";
import { seedTouchpoint } from "../helpers/factories";
import { getPage, login, seedUser } from "../helpers/session";

const t = await createTestDb();
afterAll(() => t.close());

/** A unit with 23 comments, one a day from 1 to 23 January 2026 ("#01#" … "#23#"), and one February answer. */
async function seedUnit() {
  const tp = await seedTouchpoint(t.db);
  await updateOrganizationSettings(t.db, tp.orgId, JSON.stringify({ minRespondents: 5 }));
  const days = Array.from({ length: 23 }, (_, i) => `2026-01-${String(i + 1).padStart(2, "0")}`);
  await seedDatedResponses(t.db, tp.code, days, (i) => `Saran #${String(i + 1).padStart(2, "0")}#`);
  // February has one respondent: below the minimum of 5, a month that must not read as a drop.
  await seedDatedResponses(
    t.db,
    tp.code,
    ["2026-02-10"],
    () => null,
    () => 1,
  );
  const cookie = await login(createTestApp(t.db).app, await seedUser(t.db, tp.orgId, "manager", tp.unitId));
  return { ...tp, cookie };
}

let u: Awaited<ReturnType<typeof seedUnit>>;
beforeAll(async () => {
  u = await seedUnit();
});

const page = (path: string) => getPage(createTestApp(t.db).app, u.cookie, `/admin/units/${u.unitId}${path}`);
const marks = (html: string) => [...html.matchAll(/<p class="comment">Saran #(\d\d)#/g)].map((m) => Number(m[1]));

describe("the unit page in the reader's language", () => {
  it("writes Indonesian numbers and dates on an Indonesian page, English ones on an English page", async () => {
    const id = (await page("?period=2026")).html;
    const en = (await page("?period=2026&lang=en")).html;
    const big = (html: string) => [...html.matchAll(/<p class="big">([^<]+)<\/p>/g)].map((m) => m[1]);
    expect(big(id)[0]).toMatch(/^\d{2,3},\d\d$/);
    expect(big(en)[0]).toMatch(/^\d{2,3}\.\d\d$/);
    expect(big(id)[0]!.replace(",", ".")).toBe(big(en)[0]);
    expect(id).toContain("23 Jan 2026");
    expect(en).toContain("23 Jan 2026");
    expect(id).not.toContain("2026-01-23");
    // Selang kepercayaan with a decimal comma; the chart's description too.
    expect(id).toMatch(/Selang kepercayaan 95%: \d+,\d\d – \d+,\d\d/);
    expect(en).toMatch(/95% confidence interval: \d+\.\d\d – \d+\.\d\d/);
    expect(id).toMatch(/<desc id="lc-desc">Jan 2026: \d+,\d\d; Feb 2026: \d+,\d\d \(n = 1\); Mar 2026: tidak ada data/);
    expect(en).toMatch(/<desc id="lc-desc">Jan 2026: \d+\.\d\d; Feb 2026: \d+\.\d\d \(n = 1\); Mar 2026: no data/);
  });

  it("draws a month below the minimum n hollow, unjoined, with its n, and says why", async () => {
    const { html } = await page("?period=2026");
    const chart = html.slice(html.indexOf('<figure class="chart">'), html.indexOf("</figure>"));
    expect(chart.match(/<g class="thin">/g)).toHaveLength(1);
    expect(chart).toContain(">n=1</text>");
    // January alone is solid: no line segment leaves it, so February's one answer draws no drop.
    expect(chart).not.toMatch(/<line x1="4%"[^>]*stroke-width="2.5"/);
    expect(html).toContain("kurang dari 5 responden");
  });

  it("puts reading before actions: the publish button comes after the charts and comments", async () => {
    const { html } = await page("?period=2026");
    const at = (s: string) => html.indexOf(s);
    expect(at('id="publish"')).toBeGreaterThan(at('id="comments"'));
    expect(at('id="publish"')).toBeGreaterThan(at('<figure class="chart">'));
    // The first button of the page's own content is the picker's, not Publikasikan (the header has Keluar).
    const main = html.slice(at("<main"));
    expect(main.indexOf("<button")).toBe(main.indexOf('<button type="submit" class="small">Tampilkan'));
    expect(html).toContain('<a href="#publish">');
  });
});

describe("the period picker", () => {
  it("reads year and part of the year, and shows them chosen", async () => {
    const { res, html } = await page("?year=2026&part=Q1");
    expect(res.status).toBe(200);
    expect(html).toContain("UPT Uji · 2026-Q1");
    expect(html).toMatch(/<option value="2026" selected/);
    expect(html).toMatch(/<option value="Q1" selected/);
    expect((await page("?year=2026&part=Y")).html).toContain("UPT Uji · 2026<");
    expect((await page("?year=2026&part=02")).html).toContain("UPT Uji · 2026-02");
  });

  it.each([
    "year=abc",
    "year=2026&part=Q9",
    "year=2026&part=13",
    "year=2026&part=%3Cscript%3E",
    "part=Q1",
    "year=1999",
    "year=2026&part=S1S1S1S1S1S1",
    "from=2026-02-30&to=2026-03-01",
  ])("refuses %s with a 400 page that says why", async (query) => {
    const { res } = await page(`?${query}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Periode|Tahun|tanggal/i);
  });
});

describe("comments, ten a page", () => {
  it("shows the newest ten first, then the next, with links that keep the period and filters", async () => {
    const first = (await page("?period=2026")).html;
    expect(marks(first)).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14]);
    expect(first).toContain("Halaman 1 dari 3");
    expect(first).toContain("23 saran");
    expect(first).toContain(`href="/admin/units/${u.unitId}?period=2026&amp;page=2#comments"`);
    const third = (await page("?period=2026&page=3")).html;
    expect(marks(third)).toEqual([3, 2, 1]);
    expect(third).toContain('rel="prev"');
    expect(third).not.toContain('rel="next"');
    const searched = (await page("?period=2026&status=baru&q=Saran&page=2")).html;
    expect(marks(searched)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
    expect(searched).toContain("period=2026&amp;q=Saran&amp;status=baru&amp;page=3#comments");
  });

  it("shows a page past the last as the last page (the list can shrink under an open link)", async () => {
    const { res, html } = await page("?period=2026&page=99");
    expect(res.status).toBe(200);
    expect(marks(html)).toEqual([3, 2, 1]);
    expect(html).toContain("Halaman 3 dari 3");
  });

  it.each(["0", "-1", "abc", "1.5", "1e3", "9999999", "%00", "2%0A"])(
    "refuses page=%s with a 400 in the reader's language",
    async (p) => {
      const id = await page(`?period=2026&page=${p}`);
      expect(id.res.status).toBe(400);
      expect(await id.res.text()).toContain("Nomor halaman tidak valid");
      const en = await page(`?period=2026&page=${p}&lang=en`);
      expect(en.res.status).toBe(400);
      expect(await en.res.text()).toContain("Invalid page number");
    },
  );
});
