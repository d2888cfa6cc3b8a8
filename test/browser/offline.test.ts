import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SURVEY_JS_PATH } from "../../web/client/survey-script";
import { offlineText } from "../../web/text-offline";
import { seedTouchpoint } from "../helpers/factories";
import { answerAll, checkedItems, SKM, SPAK, SPKP, storedRows } from "./citizen";
import { PHONE, SKIP_BROWSER, wireSize } from "./harness";
import { browserSuite } from "./suite";

const ITEMS = [...SKM, ...SPKP, ...SPAK];
const SCRIPT_BUDGET = 3 * 1024;
// Tokens younger than this are "too fast": long enough that a fresh token after a reload would be refused.
const MIN_SECONDS = 3;
const API = "**/api/v1/responses";

describe.skipIf(SKIP_BROWSER)("offline-safe survey form (Chromium, phone)", { timeout: 90_000 }, () => {
  const suite = browserSuite(undefined, { SURVEY_MIN_SECONDS: String(MIN_SECONDS) });

  async function withContext(run: (ctx: BrowserContext) => Promise<void>) {
    const ctx = await suite.browser.newContext(PHONE);
    try {
      await run(ctx);
    } finally {
      await ctx.close();
    }
  }

  const status = (page: Page) => page.locator("#zi-st[role=status]").innerText();
  const submit = (page: Page) => page.getByRole("button", { name: "Kirim penilaian" }).click();
  /** The token's age must pass SURVEY_MIN_SECONDS before the first send can go through. */
  const waitPastMinimum = (page: Page) => page.waitForTimeout(MIN_SECONDS * 1000 + 500);

  /** A fully answered form of this touchpoint, sent past the minimum time while offline: kept as "tersimpan". */
  async function sendOffline(ctx: BrowserContext, code: string, comment: string) {
    const page = await ctx.newPage();
    await page.goto(`${suite.server.origin}/s/${code}`);
    await answerAll(page, comment);
    await waitPastMinimum(page);
    await ctx.setOffline(true);
    await submit(page);
    await expect.poll(() => status(page)).toContain("tersimpan");
    return page;
  }

  it("a send that fails offline says 'tersimpan', then goes out once when the network is back", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withContext(async (ctx) => {
      const page = await sendOffline(ctx, tp.code, "Dikirim setelah jaringan kembali.");
      expect(await status(page)).toBe(offlineText.id.saved);
      // Still the form, with the answers on the screen.
      expect(await checkedItems(page, ITEMS)).toEqual(ITEMS);
      expect(await storedRows(suite.db, tp.touchpointId)).toHaveLength(0);

      await ctx.setOffline(false);
      await page.waitForURL(/\/terima-kasih\?lang=id$/, { timeout: 20_000 });
      await expect.poll(() => page.locator("h1").innerText()).toBe("Terima kasih!");
      // The thank-you page's own script finds nothing left to send.
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => localStorage.getItem("zi-outbox"))).toBe("[]");
    });
    const rows = await storedRows(suite.db, tp.touchpointId);
    expect(rows.map((r) => r.comment)).toEqual(["Dikirim setelah jaringan kembali."]);
  });

  it("English: the page says 'saved'", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withContext(async (ctx) => {
      const page = await ctx.newPage();
      await page.goto(`${suite.server.origin}/s/${tp.code}?lang=en`);
      await answerAll(page, "");
      await ctx.setOffline(true);
      await page.getByRole("button", { name: "Send rating" }).click();
      await expect.poll(() => status(page)).toContain("saved");
      // Focus moves to the message, so a screen reader reads it at once.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("zi-st");
    });
  });

  it("after a failed send, a reload restores the answers and the original token; sending is not 'too fast'", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withContext(async (ctx) => {
      const page = await ctx.newPage();
      await page.goto(`${suite.server.origin}/s/${tp.code}`);
      const original = await page.locator("input[name=token]").inputValue();
      await answerAll(page, "Setelah muat ulang.");
      // The server is down (503) for this send and for the retries until it is "fixed".
      await page.route(API, (route) => route.fulfill({ status: 503, body: "{}" }));
      await submit(page);
      await expect.poll(() => status(page)).toContain("tersimpan");
      await waitPastMinimum(page);

      await page.reload();
      expect(await page.locator("input[name=token]").inputValue()).toBe(original);
      expect(await checkedItems(page, ITEMS)).toEqual(ITEMS);
      expect(await page.locator("textarea#comment").inputValue()).toBe("Setelah muat ulang.");
      expect(await page.locator("select#age").inputValue()).toBe("30-39");

      // Right after the reload (well within MIN_SECONDS of it): the original token is old enough.
      await page.unroute(API);
      const [post] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith("/api/v1/responses") && r.request().method() === "POST"),
        submit(page),
      ]);
      expect([200, 201]).toContain(post.status());
      await page.waitForURL(/\/terima-kasih\?lang=id$/);
    });
    expect(await storedRows(suite.db, tp.touchpointId)).toHaveLength(1);
  });

  it("answers tapped and then reloaded come back with the original token, before any send", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withContext(async (ctx) => {
      const page = await ctx.newPage();
      await page.goto(`${suite.server.origin}/s/${tp.code}`);
      const original = await page.locator("input[name=token]").inputValue();
      await answerAll(page, "Hampir selesai.");
      await waitPastMinimum(page);
      await page.reload();
      expect(await page.locator("input[name=token]").inputValue()).toBe(original);
      expect(await checkedItems(page, ITEMS)).toEqual(ITEMS);
      await submit(page);
      await page.waitForURL(/\/terima-kasih\?lang=id$/);
      // Sent: the draft is gone, a new visit starts empty.
      await page.goto(`${suite.server.origin}/s/${tp.code}`);
      expect(await checkedItems(page, ITEMS)).toEqual([]);
      expect(await page.locator("input[name=token]").inputValue()).not.toBe(original);
    });
    expect(await storedRows(suite.db, tp.touchpointId)).toHaveLength(1);
  });

  it("a tab closed while offline: the outbox goes out on the next visit to any page of ours, once", async () => {
    const tp = await seedTouchpoint(suite.db);
    const other = await seedTouchpoint(suite.db);
    await withContext(async (ctx) => {
      const page = await sendOffline(ctx, tp.code, "Tab ditutup.");
      await page.close();
      await ctx.setOffline(false);

      // Days later: the thank-you page of another counter (any page carrying the script).
      const later = await ctx.newPage();
      await later.goto(`${suite.server.origin}/s/${other.code}/terima-kasih`);
      await expect.poll(() => storedRows(suite.db, tp.touchpointId).then((r) => r.length)).toBe(1);
      await expect.poll(() => status(later)).toBe(offlineText.id.sent);
      // And the survey of the first counter again: nothing is sent twice, the form starts empty.
      await later.goto(`${suite.server.origin}/s/${tp.code}`);
      await later.waitForLoadState("networkidle");
      expect(await checkedItems(later, ITEMS)).toEqual([]);
    });
    expect((await storedRows(suite.db, tp.touchpointId)).map((r) => r.comment)).toEqual(["Tab ditutup."]);
    expect(await storedRows(suite.db, other.touchpointId)).toHaveLength(0);
  });

  it(`the script weighs at most ${SCRIPT_BUDGET} bytes gzip`, async () => {
    const z = await wireSize(`${suite.server.origin}${SURVEY_JS_PATH}`);
    const plain = await wireSize(`${suite.server.origin}${SURVEY_JS_PATH}`, {});
    console.log(`[script weight] ${SURVEY_JS_PATH}: ${z.bytes} B gzip, ${plain.bytes} B raw`);
    expect(z.status).toBe(200);
    expect(z.encoding).toBe("gzip");
    expect(z.bytes).toBeLessThanOrEqual(SCRIPT_BUDGET);
  });
});
