import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app";
import { seedUser } from "../helpers/session";
import { seedUnitTree } from "../helpers/unit-tree";
import { FITS, overflowOf, pageAt, signIn } from "./admin";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

describe.skipIf(SKIP_BROWSER)("the leaders' overview in Chromium at 1,280 and 390 px", { timeout: 90_000 }, () => {
  let email: string;

  const suite = browserSuite(async (db) => {
    let now = 0;
    const { app } = createTestApp(db, {}, () => now);
    const tree = await seedUnitTree(db, app, (v) => (now = v));
    email = await seedUser(db, tree.orgId, "admin");
  });

  for (const width of [1280, 390]) {
    it(`fits the tree and the ranking in ${width} px without sideways overflow`, async () => {
      const page = await pageAt(suite.browser, width);
      try {
        await page.goto(`${suite.server.origin}/admin?period=2026`);
        await page.waitForURL(/\/login\?next=/);
        await signIn(page, email);
        await page.goto(`${suite.server.origin}/admin?period=2026`);
        expect(await page.locator("th.unit a").allTextContents()).toEqual([
          "UPT Uji",
          "Kanwil A",
          "KPP A1",
          "KPP A2",
          "Kanwil B",
          "KPP B1",
        ]);
        // The last column's heading is whole at desktop width (it was cut to "Unsur terle…").
        if (width > 700)
          expect(await page.getByRole("columnheader", { name: "Unsur terlemah" }).isVisible()).toBe(true);
        expect(await overflowOf(page)).toEqual(FITS);
        await page.screenshot({ path: join(tmpdir(), `zi-overview-${width}.png`), fullPage: true });

        await page.getByRole("link", { name: "Peringkat", exact: true }).click();
        await page.waitForURL(/view=ranking/);
        expect(await page.locator("td.rank").allTextContents()).toEqual(["1=", "1=", "3"]);
        expect(await overflowOf(page)).toEqual(FITS);

        await page.selectOption("#flag", "any");
        await Promise.all([page.waitForURL(/flag=any/), page.getByRole("button", { name: "Terapkan" }).click()]);
        expect(await page.locator("td.rank").count()).toBeGreaterThan(0);
      } finally {
        await page.context().close();
      }
    });
  }
});
