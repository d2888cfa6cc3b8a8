import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedTouchpoint } from "../helpers/factories";
import { seedUser } from "../helpers/session";
import { sidewaysPx, signedInPage } from "./admin";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

describe.skipIf(SKIP_BROWSER)(
  "the paper questionnaire entry at 1,280 and 390 px (Chromium)",
  { timeout: 120_000 },
  () => {
    let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
    let email: string;

    const suite = browserSuite(async (db) => {
      tp = await seedTouchpoint(db);
      email = await seedUser(db, tp.orgId, "manager", tp.unitId);
    });

    async function signIn(width: number): Promise<Page> {
      return signedInPage(suite.browser, suite.server.origin, email, width);
    }

    it.each([1280, 390])(
      "at %i px: a refused form keeps its input, a saved one comes back empty with the count",
      async (width) => {
        const page = await signIn(width);
        try {
          await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}`);
          await Promise.all([
            page.waitForURL(/\/entry$/),
            page.getByRole("link", { name: "Input kuesioner kertas" }).click(),
          ]);
          expect(await sidewaysPx(page)).toEqual({ page: 0, main: 0 });

          // Half of the SKM part answered: refused, the answers and the comment still there.
          for (const item of ["U1", "U2", "U3"]) await page.locator(`input[name="${item}"][value="3"] + span`).click();
          await page.fill("#comment", "Disalin dari kertas");
          await Promise.all([
            page.waitForLoadState("load"),
            page.getByRole("button", { name: "Simpan kuesioner" }).click(),
          ]);
          await expect.poll(() => page.locator("#form-alert").isVisible()).toBe(true);
          expect(await page.locator("#comment").inputValue()).toBe("Disalin dari kertas");
          expect(await page.locator('input[name="U2"][value="3"]').isChecked()).toBe(true);
          expect(await page.locator("header.bar nav a").count()).toBeGreaterThan(0);
          expect(await sidewaysPx(page)).toEqual({ page: 0, main: 0 });

          for (const item of ["U4", "U5", "U6", "U7", "U8", "U9"])
            await page.locator(`input[name="${item}"][value="4"] + span`).click();
          await page.locator('input[name="skip_spkp"]').check();
          await page.locator('input[name="skip_spak"]').check();
          await page.selectOption("#service", { label: "Perizinan" });
          await page.locator('input[name="channel"][value="interview"] + span').click();
          await Promise.all([
            page.waitForURL(/saved=1/),
            page.getByRole("button", { name: "Simpan kuesioner" }).click(),
          ]);
          expect(await page.locator('p[role="status"]').textContent()).toMatch(
            /^Tersimpan\. Jawaban luring unit ini: \d+\.$/,
          );
          expect(await page.locator("#comment").inputValue()).toBe("");
          expect(await page.locator('input[name="U1"]:checked').count()).toBe(0);
          // The visit's service and channel stay for the next questionnaire of the stack.
          expect(await page.locator('input[name="channel"][value="interview"]').isChecked()).toBe(true);
          expect(await sidewaysPx(page)).toEqual({ page: 0, main: 0 });

          await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}`);
          expect(await page.locator("#without-offline").textContent()).toMatch(/Tanpa jawaban kertas\/wawancara/);
          expect(await sidewaysPx(page)).toEqual({ page: 0, main: 0 });
        } finally {
          await page.context().close();
        }
      },
    );
  },
);
