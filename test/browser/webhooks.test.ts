import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedTouchpoint } from "../helpers/factories";
import { PASSWORD, seedUser } from "../helpers/session";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

/** What sticks out to the right of <main>, and whether the page or <main> scrolls sideways. */
function overflowOf(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const right = main.getBoundingClientRect().right;
    const outside = [...main.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > right + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
    return {
      pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
      mainScrolls: main.scrollWidth > main.clientWidth,
      outside: outside.slice(0, 5),
    };
  });
}
const FITS = { pageScrolls: false, mainScrolls: false, outside: [] };

describe.skipIf(SKIP_BROWSER)("webhooks page in Chromium at 1,280 and 390 px", { timeout: 120_000 }, () => {
  let email: string;

  const suite = browserSuite(async (db) => {
    const tp = await seedTouchpoint(db);
    email = await seedUser(db, tp.orgId, "admin");
  });

  for (const width of [1280, 390]) {
    it(`refuses, creates (secret once) and disables a webhook at ${width} px`, async () => {
      const ctx = await suite.browser.newContext({ viewport: { width, height: 900 }, locale: "id-ID" });
      const page = await ctx.newPage();
      try {
        await page.goto(`${suite.server.origin}/admin/settings`);
        await page.waitForURL(/\/login\?next=/);
        await page.fill("#email", email);
        await page.fill("#password", PASSWORD);
        await Promise.all([page.waitForURL(/\/admin/), page.getByRole("button", { name: "Masuk" }).click()]);
        await page.getByRole("link", { name: "Webhook (WhatsApp, meja pengaduan)" }).click();
        await page.waitForURL(/\/admin\/settings\/webhooks$/);
        expect(await overflowOf(page)).toEqual(FITS);

        // Plain http to another host: refused beside the field, the input kept, the menu still there.
        await page.fill("#url", "http://relay.example/wa");
        await page.check("input[value='response.flagged']");
        await page.getByRole("button", { name: "Buat webhook" }).click();
        expect(await page.locator("#url-error").textContent()).toContain("http:// hanya boleh");
        expect(await page.inputValue("#url")).toBe("http://relay.example/wa");
        expect(await page.isChecked("input[value='response.flagged']")).toBe(true);
        expect(await page.getByRole("navigation").textContent()).toContain("Pengaturan");
        expect(await overflowOf(page)).toEqual(FITS);

        const url = `https://relay.example/whatsapp/${"sangat-panjang-".repeat(8)}${width}`;
        await page.fill("#url", url);
        await page.check("input[value='followup.overdue']");
        await page.getByRole("button", { name: "Buat webhook" }).click();
        const secret = await page.locator("#secret code").textContent();
        expect(secret).toMatch(/^whsec_/);
        expect(await page.locator("#secret").textContent()).toContain("tidak akan ditampilkan lagi");
        expect(await overflowOf(page)).toEqual(FITS);
        await page.screenshot({ path: join(tmpdir(), `zi-webhooks-${width}.png`), fullPage: true });

        await page.goto(`${suite.server.origin}/admin/settings/webhooks`);
        expect(await page.content()).not.toContain(secret!);
        const mine = page.locator(".webhook", { hasText: url });
        expect(await mine.textContent()).toContain("Jawaban perlu perhatian, Tindak lanjut lewat tenggat");

        await Promise.all([page.waitForURL(/disabled=1/), mine.getByRole("button", { name: "Nonaktifkan" }).click()]);
        expect(await page.locator("[role=status]").textContent()).toContain("Webhook dinonaktifkan");
        expect(await page.locator(".webhook", { hasText: url }).textContent()).toContain("Dinonaktifkan");
        expect(await overflowOf(page)).toEqual(FITS);
      } finally {
        await ctx.close();
      }
    });
  }
});
