import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedTouchpoint } from "../helpers/factories";
import { seedUser } from "../helpers/session";
import { overflowOf, pageAt, signIn } from "./admin";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

// Compared with toMatchObject: this page's checks never covered `scrolled` (what scrolls inside <main>).
const FITS = { pageScrolls: false, mainScrolls: false, outside: [] };

describe.skipIf(SKIP_BROWSER)("webhooks page in Chromium at 1,280 and 390 px", { timeout: 120_000 }, () => {
  let email: string;

  const suite = browserSuite(async (db) => {
    const tp = await seedTouchpoint(db);
    email = await seedUser(db, tp.orgId, "admin");
  });

  for (const width of [1280, 390]) {
    it(`refuses, creates (secret once) and disables a webhook at ${width} px`, async () => {
      const page = await pageAt(suite.browser, width);
      try {
        await page.goto(`${suite.server.origin}/admin/settings`);
        await page.waitForURL(/\/login\?next=/);
        await signIn(page, email);
        await page.getByRole("link", { name: "Webhook (WhatsApp, meja pengaduan)" }).click();
        await page.waitForURL(/\/admin\/settings\/webhooks$/);
        expect(await overflowOf(page)).toMatchObject(FITS);

        // Plain http to another host: refused beside the field, the input kept, the menu still there.
        await page.fill("#url", "http://relay.example/wa");
        await page.check("input[value='response.flagged']");
        await page.getByRole("button", { name: "Buat webhook" }).click();
        expect(await page.locator("#url-error").textContent()).toContain("http:// hanya boleh");
        expect(await page.inputValue("#url")).toBe("http://relay.example/wa");
        expect(await page.isChecked("input[value='response.flagged']")).toBe(true);
        expect(await page.getByRole("navigation").textContent()).toContain("Pengaturan");
        expect(await overflowOf(page)).toMatchObject(FITS);

        const url = `https://relay.example/whatsapp/${"sangat-panjang-".repeat(8)}${width}`;
        await page.fill("#url", url);
        await page.check("input[value='followup.overdue']");
        await page.getByRole("button", { name: "Buat webhook" }).click();
        const secret = await page.locator("#secret code").textContent();
        expect(secret).toMatch(/^whsec_/);
        expect(await page.locator("#secret").textContent()).toContain("tidak akan ditampilkan lagi");
        expect(await overflowOf(page)).toMatchObject(FITS);
        await page.screenshot({ path: join(tmpdir(), `zi-webhooks-${width}.png`), fullPage: true });

        await page.goto(`${suite.server.origin}/admin/settings/webhooks`);
        expect(await page.content()).not.toContain(secret!);
        const mine = page.locator(".webhook", { hasText: url });
        expect(await mine.textContent()).toContain("Jawaban perlu perhatian, Tindak lanjut lewat tenggat");

        await Promise.all([page.waitForURL(/disabled=1/), mine.getByRole("button", { name: "Nonaktifkan" }).click()]);
        expect(await page.locator("[role=status]").textContent()).toContain("Webhook dinonaktifkan");
        expect(await page.locator(".webhook", { hasText: url }).textContent()).toContain("Dinonaktifkan");
        expect(await overflowOf(page)).toMatchObject(FITS);
      } finally {
        await page.context().close();
      }
    });
  }
});
