import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { updateOrganizationSettings } from "../../db/queries/admin";
import { createTestApp } from "../helpers/app";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";
import { signIn } from "./admin";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

describe.skipIf(SKIP_BROWSER)("the dashboard in a real browser (Chromium, desktop)", { timeout: 90_000 }, () => {
  let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
  let email: string;

  const suite = browserSuite(async (db) => {
    tp = await seedTouchpoint(db);
    await updateOrganizationSettings(db, tp.orgId, JSON.stringify({ minRespondents: 5 }));
    email = await seedUser(db, tp.orgId, "manager", tp.unitId);
    let now = 0;
    const { app } = createTestApp(db, {}, () => now);
    for (let i = 0; i < 24; i++) {
      now = Date.UTC(2026, i % 10, 3 + (i % 20), 3) / 1000;
      const answers = fullAnswers(undefined, (max) => max - (i % 3));
      expect(
        (
          await postJson(app, {
            token: await visitToken(app, tp.code),
            answers,
            comment: i % 4 ? null : `Saran nomor ${i}`,
            profile: { gender: i % 2 ? "L" : "P" },
          })
        ).status,
      ).toBe(201);
    }
  });

  it("signs in, opens the unit page with its chart, downloads the CSV and prints the report to PDF", async () => {
    const ctx = await suite.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "id-ID",
      acceptDownloads: true,
    });
    const page = await ctx.newPage();
    try {
      await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}?period=2026`);
      await page.waitForURL(/\/login\?next=/);
      await signIn(page, email, new RegExp(`/admin/units/${tp.unitId}`));

      expect(await page.locator("h1").textContent()).toContain("UPT Uji");
      const chart = page.locator("figure.chart svg[role=img]").first();
      expect(await chart.isVisible()).toBe(true);
      expect(await chart.locator("desc").textContent()).toMatch(/Jan 2026: \d+,\d\d/);
      expect(await page.locator(".card .big").first().textContent()).toMatch(/^\d+,\d\d$/);
      expect(await page.locator("p.comment", { hasText: "Saran nomor 0" }).isVisible()).toBe(true);
      await page.screenshot({ path: join(tmpdir(), "zi-dashboard-unit.png"), fullPage: false });

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "CSV", exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^skm-unit-.*-2026\.csv$/);
      const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
      expect(csv.trim().split("\r\n")).toHaveLength(25);

      await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}/report?period=2026`);
      expect(await page.locator("h2").allTextContents()).toEqual([
        "Lembar Pengesahan",
        "BAB I Pendahuluan",
        "BAB II Pengumpulan Data",
        "BAB III Hasil Pengolahan Data",
        "BAB IV Analisis Hasil",
        "BAB V Penutup",
        "Lampiran 1 Kuesioner",
        "Lampiran 2 Hasil IPKP dan IPAK",
      ]);
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      const text = Buffer.from(pdf).toString("latin1");
      expect(text.startsWith("%PDF-")).toBe(true);
      const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`[report pdf] ${pdf.length} bytes, ${pages} A4 pages`);
      expect(pages).toBeGreaterThanOrEqual(1);
    } finally {
      await ctx.close();
    }
  });
});
