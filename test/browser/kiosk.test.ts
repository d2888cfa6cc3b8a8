import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedTouchpoint } from "../helpers/factories";
import { checkedItems, SKM, SPAK, SPKP, storedRows, tapAnswers } from "./citizen";
import { PHONE, SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

const ITEMS = [...SKM, ...SPKP, ...SPAK];
/** A tablet on a stand at the counter. */
const TABLET = { ...PHONE, viewport: { width: 800, height: 1280 }, deviceScaleFactor: 1 };

describe.skipIf(SKIP_BROWSER)("kiosk mode (Chromium, tablet)", { timeout: 120_000 }, () => {
  const suite = browserSuite();

  const progress = (page: Page) => page.locator("#zi-step").innerText();
  const next = (page: Page) => page.getByRole("button", { name: "Lanjut", exact: true }).click();

  /** One respondent, one screen at a time: SKM, SPKP, SPAK, then the rest and "Kirim". */
  async function respond(page: Page, comment: string) {
    expect(await progress(page)).toBe("Bagian 1 dari 4");
    // A screen with an unanswered question does not move on.
    await next(page);
    expect(await progress(page)).toBe("Bagian 1 dari 4");
    for (const [i, keys] of [SKM, SPKP, SPAK].entries()) {
      expect(await page.locator(`fieldset#q-${keys[0]}`).isVisible()).toBe(true);
      expect(await page.locator("fieldset#q-steered").isVisible()).toBe(false);
      await tapAnswers(page, keys);
      await next(page);
      expect(await progress(page)).toBe(`Bagian ${i + 2} dari 4`);
    }
    await page.locator('fieldset#q-steered input[value="tidak"] + span').click();
    await page.locator("textarea#comment").fill(comment);
    await page.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect.poll(() => page.locator("#zi-st").innerText()).toContain("Terima kasih");
    expect(await page.locator("form").isVisible()).toBe(false);
  }

  /** After the thank-you the kiosk starts over by itself: first screen, nothing checked, a new token. */
  async function waitForReset(page: Page, previousToken: string) {
    await expect.poll(() => page.locator("form").isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await progress(page)).toBe("Bagian 1 dari 4");
    expect(await checkedItems(page, ITEMS)).toEqual([]);
    expect(await page.locator("textarea#comment").inputValue()).toBe("");
    const token = await page.locator("input[name=token]").inputValue();
    expect(token).not.toBe(previousToken);
    return token;
  }

  it("three respondents in a row, the second while offline: three rows, in order, none twice", async () => {
    const tp = await seedTouchpoint(suite.db, { kiosk: true });
    const ctx = await suite.browser.newContext(TABLET);
    try {
      const page = await ctx.newPage();
      await page.goto(`${suite.server.origin}/k/${tp.code}`);
      // The tokens for the next respondents are fetched ahead, so the kiosk can go on offline.
      await expect
        .poll(() =>
          page.evaluate((code) => JSON.parse(localStorage.getItem(`zi-tokens:${code}`) ?? "[]").length, tp.code),
        )
        .toBeGreaterThanOrEqual(3);
      let token = await page.locator("input[name=token]").inputValue();

      await respond(page, "Responden 1");
      await expect.poll(() => storedRows(suite.db, tp.touchpointId).then((r) => r.length)).toBe(1);
      token = await waitForReset(page, token);

      await ctx.setOffline(true);
      await respond(page, "Responden 2");
      await expect.poll(() => page.locator("#zi-st").innerText()).toContain("1 jawaban tersimpan");
      token = await waitForReset(page, token);
      expect(await storedRows(suite.db, tp.touchpointId)).toHaveLength(1);

      await ctx.setOffline(false);
      await respond(page, "Responden 3");
      await expect.poll(() => storedRows(suite.db, tp.touchpointId).then((r) => r.length), { timeout: 20_000 }).toBe(3);
      await waitForReset(page, token);
      expect(await page.evaluate(() => localStorage.getItem("zi-outbox"))).toBe("[]");
    } finally {
      await ctx.close();
    }
    const rows = await storedRows(suite.db, tp.touchpointId);
    expect(rows.map((r) => r.comment)).toEqual(["Responden 1", "Responden 2", "Responden 3"]);
    expect(new Set(rows.map((r) => r.nonce)).size).toBe(3);
  });

  it("a respondent who walks away half-way: the answers are cleared after the idle time", async () => {
    const tp = await seedTouchpoint(suite.db, { kiosk: true });
    const ctx = await suite.browser.newContext(TABLET);
    try {
      const page = await ctx.newPage();
      // The page's own clock, moved by hand: the idle time passes without the test waiting for it.
      await page.clock.install();
      await page.goto(`${suite.server.origin}/k/${tp.code}`);
      await tapAnswers(page, SKM);
      await next(page);
      await tapAnswers(page, SPKP.slice(0, 3));
      expect(await progress(page)).toBe("Bagian 2 dari 4");
      await page.clock.fastForward(60_000);
      expect(await checkedItems(page, SKM)).toEqual(SKM);
      await page.clock.fastForward(31_000);
      await expect.poll(() => progress(page)).toBe("Bagian 1 dari 4");
      expect(await checkedItems(page, ITEMS)).toEqual([]);
    } finally {
      await ctx.close();
    }
    expect(await storedRows(suite.db, tp.touchpointId)).toHaveLength(0);
  });
});
