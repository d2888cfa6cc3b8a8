import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { updateOrganizationSettings } from "../../db/queries/admin";
import { seedDatedResponses } from "../helpers/dated-responses";
import { seedTouchpoint } from "../helpers/factories";
import { seedUser } from "../helpers/session";
import { sidewaysPx, signedInPage } from "./admin";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

describe.skipIf(SKIP_BROWSER)("the unit page at 1,280 and 390 px (Chromium)", { timeout: 120_000 }, () => {
  let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
  let email: string;

  const suite = browserSuite(async (db) => {
    tp = await seedTouchpoint(db);
    await updateOrganizationSettings(db, tp.orgId, JSON.stringify({ minRespondents: 5 }));
    // Six answers a month from January to October, and a November of two: a thin month at the end.
    const days = Array.from({ length: 62 }, (_, i) =>
      i < 60
        ? `2026-${String(Math.floor(i / 6) + 1).padStart(2, "0")}-${String((i % 6) + 2).padStart(2, "0")}`
        : `2026-11-0${i - 57}`,
    );
    await seedDatedResponses(db, tp.code, days, (i) =>
      i % 3 ? null : `Saran nomor ${i}: ${"antrean panjang ".repeat(i % 5)}`,
    );
    email = await seedUser(db, tp.orgId, "manager", tp.unitId);
  });

  async function open(width: number): Promise<Page> {
    const page = await signedInPage(suite.browser, suite.server.origin, email, width);
    await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}?period=2026`);
    return page;
  }

  it.each([1280, 390])(
    "at %i px: no sideways overflow, chart text at least 11 px, thin month hollow",
    async (width) => {
      const page = await open(width);
      try {
        const overflow = await sidewaysPx(page);
        expect(overflow).toEqual({ page: 0, main: 0 });
        const sizes = await page.evaluate(() =>
          [...document.querySelectorAll("figure.chart svg text")]
            .filter((t) => getComputedStyle(t).display !== "none")
            .map((t) => ({ text: t.textContent, height: t.getBoundingClientRect().height })),
        );
        expect(sizes.length).toBeGreaterThan(10);
        for (const s of sizes) expect(s.height, `"${s.text}"`).toBeGreaterThanOrEqual(11);
        expect(await page.locator("figure.chart g.thin").count()).toBe(1);
        expect(await page.locator("figure.chart g.thin text").textContent()).toBe("n=2");
        expect(await page.locator(".card .big").first().textContent()).toMatch(/^\d+,\d\d$/);
        // The picker's year, part and button share one line on a desktop.
        const tops = await page
          .locator(".pick")
          .first()
          .locator("select, button")
          .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
        if (width === 1280) expect(new Set(tops).size).toBe(1);
        const height = await page.evaluate(() => document.body.scrollHeight);
        console.log(`[unit page] ${width} px wide: ${height} px long`);
        await page.screenshot({ path: join(tmpdir(), `zi-unit-page-${width}.png`), fullPage: true });
      } finally {
        await page.context().close();
      }
    },
  );

  it("picks a triwulan, pages through comments and marks two as read, without a script", async () => {
    const page = await open(390);
    try {
      await page.selectOption("#pick-part", "Q1");
      await Promise.all([
        page.waitForURL(/year=2026&part=Q1/),
        page.getByRole("button", { name: "Tampilkan" }).first().click(),
      ]);
      expect(await page.locator("h1").textContent()).toContain("2026-Q1");
      expect(await page.locator("p.comment").count()).toBe(6);
      await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}?period=2026`);
      expect(await page.locator("p.comment").count()).toBe(10);
      await Promise.all([page.waitForURL(/page=2/), page.locator("a[rel=next]").click()]);
      expect(await page.locator("p.comment").count()).toBe(10);
      const boxes = page.locator('input[form="bulk-triage"]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await Promise.all([
        page.waitForURL(/page=2#comments$/),
        page.getByRole("button", { name: "Tandai dibaca" }).click(),
      ]);
      expect(await page.locator(".comments .hint", { hasText: "Dibaca" }).count()).toBe(2);
    } finally {
      await page.context().close();
    }
  });
});
