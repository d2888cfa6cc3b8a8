import type { BrowserContext, Page } from "playwright-core";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ensureServiceId, getUnit, updateOrganizationSettings } from "../../db/queries/admin";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { CLI_ACTOR } from "../../worker/actions/action";
import { publish } from "../../worker/actions/publishing";
import { touchpoints, units } from "../../db/schema";
import { randomCode, randomId } from "../../worker/crypto";
import { createTestApp } from "../helpers/app";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { login, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";
import { PHONE, SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

const MM = 96 / 25.4;
/** Pages in a PDF Chromium wrote (one /Type /Page object per page; /Pages is the tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** How far the page reaches past the viewport's width: 0 when nothing scrolls sideways. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(SKIP_BROWSER)("posters and table cards printed by Chromium", { timeout: 120_000 }, () => {
  const LONG_SERVICE = "Pengaduan dan Informasi Perizinan Berusaha Berbasis Risiko Terintegrasi";
  let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
  let cookie: { name: string; value: string };
  let unitCode: string;

  const suite = browserSuite(async (db) => {
    tp = await seedTouchpoint(db);
    // A second service with a long name, for the public page's per-service table on a phone.
    const secondService = await ensureServiceId(db, tp.unitId, LONG_SERVICE, randomId());
    const secondCode = randomCode();
    // Nine open touchpoints (two sheets of cards) and one closed one.
    for (let i = 2; i <= 10; i++)
      await insertTouchpoint(db, {
        id: randomId(),
        unitId: tp.unitId,
        serviceId: i === 2 ? secondService : tp.serviceId,
        code: i === 2 ? secondCode : randomCode(),
        label: `Loket ${i}`,
        active: i !== 10,
      });
    // Published results with a long unit name and a trend of six months, for the phone-width checks.
    await updateOrganizationSettings(db, tp.orgId, JSON.stringify({ minRespondents: 2 }));
    let now = 0;
    const { app } = createTestApp(db, {}, () => now);
    for (let m = 1; m <= 6; m++) {
      now = Date.UTC(2026, m - 1, 10, 3) / 1000;
      for (const code of [tp.code, tp.code, secondCode])
        await postJson(app, {
          token: await visitToken(app, code),
          answers: fullAnswers(undefined, (max) => max - (m % 2)),
        });
    }
    await db
      .update(units)
      .set({ name: "Unit Pelaksana Teknis Daerah Pelayanan Perizinan Terpadu Satu Pintu Kabupaten" })
      .where(eq(units.id, tp.unitId));
    for (let m = 1; m <= 6; m++)
      await publish(db, CLI_ACTOR, { unitId: tp.unitId, period: `2026-0${m}` }, Date.UTC(2026, 7, 1) / 1000);
    unitCode = (await getUnit(db, tp.unitId))!.code;
    // Signed in on the real clock: the server that reads the cookie runs on it.
    const viewer = createTestApp(db).app;
    const [name, value] = (await login(viewer, await seedUser(db, tp.orgId, "viewer", tp.unitId))).split("=");
    cookie = { name: name!, value: value! };
  });

  async function signedIn(width: number): Promise<BrowserContext> {
    const ctx = await suite.browser.newContext({ viewport: { width, height: 900 }, locale: "id-ID" });
    await ctx.addCookies([{ ...cookie, url: suite.server.origin }]);
    return ctx;
  }

  async function printPoster(ctx: BrowserContext) {
    const page = await ctx.newPage();
    await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}/touchpoints/${tp.code}/poster`);
    // On screen the operator is told the QR points at this machine (the test server has no PUBLIC_URL).
    expect(await page.getByRole("alert").textContent()).toContain("127.0.0.1");
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("alert").isVisible()).toBe(false);
    const qr = (await page.locator(".a4-qr svg").boundingBox())!;
    const main = (await page.locator("main").boundingBox())!;
    const last = (await page.locator(".a4-thanks").boundingBox())!;
    const pages = pdfPages(await page.pdf({ format: "A4", printBackground: true }));
    return { qrMm: qr.height / MM, fill: (last.y + last.height - main.y) / main.height, pages };
  }

  it("prints the poster on exactly one A4 page, the QR filling the space the words leave", async () => {
    const ctx = await signedIn(Math.floor(186 * MM));
    try {
      const normal = await printPoster(ctx);
      console.log(`[poster] QR ${normal.qrMm.toFixed(0)} mm, filled ${(normal.fill * 100).toFixed(0)}%`);
      expect(normal.pages).toBe(1);
      expect(normal.qrMm).toBeGreaterThan(120);
      expect(normal.fill).toBeGreaterThan(0.95);

      // The longest names the forms accept still give one page, with a smaller QR that still scans.
      await suite.db
        .update(units)
        .set({ name: "Kantor Pelayanan Pajak Pratama ".repeat(6).trim() })
        .where(eq(units.id, tp.unitId));
      await suite.db
        .update(touchpoints)
        .set({ label: "Loket Prioritas ".repeat(6).trim() })
        .where(eq(touchpoints.code, tp.code));
      const long = await printPoster(ctx);
      console.log(`[poster, long names] QR ${long.qrMm.toFixed(0)} mm`);
      expect(long.pages).toBe(1);
      expect(long.qrMm).toBeGreaterThan(90);
    } finally {
      await ctx.close();
    }
  });

  it("prints nine open touchpoints as table cards on two A4 pages", async () => {
    const ctx = await signedIn(Math.floor(186 * MM));
    try {
      const page = await ctx.newPage();
      await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}/touchpoints/cards`);
      expect(await page.locator(".a4-card svg").count()).toBe(9);
      await page.emulateMedia({ media: "print" });
      expect(pdfPages(await page.pdf({ format: "A4", printBackground: true }))).toBe(2);
    } finally {
      await ctx.close();
    }
  });

  it("fits the home page and the public results page on a 390 px phone, the chart's words readable", async () => {
    const ctx = await suite.browser.newContext({ ...PHONE, viewport: { width: 390, height: 844 } });
    try {
      const page = await ctx.newPage();
      await page.goto(`${suite.server.origin}/`);
      expect(await page.locator(`a[href="/p/${unitCode}"]`).count()).toBe(1);
      expect(await sideways(page)).toBe(0);
      await page.goto(`${suite.server.origin}/p/${unitCode}`);
      await page.locator("details").evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await page.locator("#periode-2026-06 .unsur-public").last().locator("tbody tr").count()).toBe(2);
      expect(await page.getByText(LONG_SERVICE).first().isVisible()).toBe(true);
      expect(await sideways(page)).toBe(0);
      // The smallest chart text as drawn on the phone: the period labels and values, not a 4 px squiggle.
      const smallest = await page
        .locator(".trend svg text")
        .evaluateAll((els) => Math.min(...els.map((el) => (el as SVGTextElement).getBoundingClientRect().height)));
      expect(await page.locator(".trend svg circle").count()).toBe(6);
      expect(smallest).toBeGreaterThanOrEqual(10);
    } finally {
      await ctx.close();
    }
  });
});
