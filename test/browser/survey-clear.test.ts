import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedTouchpoint } from "../helpers/factories";
import { PHONE, SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

// 200% zoom on a 360 px phone lays the page out in 180 CSS px: the same as a 180 px wide viewport at twice
// the pixel density, which is how Chromium's own zoom behaves for layout.
const ZOOMED: BrowserContextOptions = { ...PHONE, viewport: { width: 180, height: 370 }, deviceScaleFactor: 4 };

type Rgb = [number, number, number];

function parseRgb(css: string): Rgb {
  const m = css.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    // What sticks out, named, so a failure says where to look.
    wide: [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`),
  }));

describe.skipIf(SKIP_BROWSER)("a clearer survey in a real browser (Chromium)", { timeout: 60_000 }, () => {
  const suite = browserSuite();

  async function withPage<T>(opts: BrowserContextOptions, run: (page: Page) => Promise<T>) {
    const ctx = await suite.browser.newContext(opts);
    try {
      return await run(await ctx.newPage());
    } finally {
      await ctx.close();
    }
  }

  /** Sends the form with nothing answered: the browser's own check is switched off, so the server refuses it. */
  async function refusedForm(page: Page, code: string) {
    await page.goto(`${suite.server.origin}/s/${code}`);
    await page.evaluate(() => {
      document.querySelector("form")!.noValidate = true;
    });
    const [post] = await Promise.all([
      // The form's own POST (the offline script first tries the JSON API, which refuses it with a 400).
      page.waitForResponse((r) => r.request().method() === "POST" && r.request().isNavigationRequest()),
      page.getByRole("button", { name: "Kirim penilaian" }).click(),
    ]);
    expect(post.status()).toBe(422);
    // The refused form has replaced the survey once its title says so.
    await page.waitForFunction(() => document.title.startsWith("Periksa kembali isian"));
  }

  it("at 200% zoom on a 360 px phone nothing scrolls sideways, and the stars wrap to two rows", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withPage(ZOOMED, async (page) => {
      await page.goto(`${suite.server.origin}/s/${tp.code}`);
      expect(await noSideScroll(page)).toMatchObject({ wide: [] });
      const w = await noSideScroll(page);
      expect(w.scroll).toBeLessThanOrEqual(w.client);
      const rows = await page
        .locator("fieldset#q-P1 label.opt")
        .evaluateAll((labels) => new Set(labels.map((l) => Math.round(l.getBoundingClientRect().top))).size);
      expect(rows).toBe(2);

      await refusedForm(page, tp.code);
      const r = await noSideScroll(page);
      expect(r.wide).toEqual([]);
      expect(r.scroll).toBeLessThanOrEqual(r.client);
    });
  });

  it("the keyboard focus ring stands out 3:1 from the page and from the white option boxes", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withPage(PHONE, async (page) => {
      await page.goto(`${suite.server.origin}/s/${tp.code}`);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("U1");
      const colours = await page.evaluate(() => {
        const span = document.activeElement!.nextElementSibling!;
        const fieldset = span.closest("fieldset")!;
        return {
          ring: getComputedStyle(span).outlineColor,
          ringStyle: getComputedStyle(span).outlineStyle,
          page: getComputedStyle(document.body).backgroundColor,
          box: getComputedStyle(fieldset).backgroundColor,
          option: getComputedStyle(span).backgroundColor,
        };
      });
      expect(colours.ringStyle).toBe("solid");
      for (const behind of [colours.page, colours.box, colours.option]) {
        expect(
          contrast(parseRgb(colours.ring), parseRgb(behind)),
          `ring ${colours.ring} on ${behind}`,
        ).toBeGreaterThanOrEqual(3);
      }
      // A chosen option: its text against its fill, and its fill against the white box around it.
      await page.keyboard.press("Space");
      const chosen = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!.nextElementSibling!);
        return { text: s.color, fill: s.backgroundColor };
      });
      expect(contrast(parseRgb(chosen.text), parseRgb(chosen.fill))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(parseRgb(chosen.fill), parseRgb(colours.box))).toBeGreaterThanOrEqual(3);
    });
  });

  it("asks what most needs to improve only once an SKM answer is 1 or 2, with no script", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withPage({ ...PHONE, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${suite.server.origin}/s/${tp.code}`);
      const box = page.locator("#q-improvement");
      expect(await box.isVisible()).toBe(false);
      await page.locator("fieldset#q-U3 label.opt", { hasText: /^Cepat$/ }).tap();
      expect(await box.isVisible()).toBe(false);
      await page.locator("fieldset#q-U6 label.opt", { hasText: /^Kurang kompeten$/ }).tap();
      expect(await box.isVisible()).toBe(true);
      await page.locator("textarea#improvement").fill("Petugas perlu pelatihan");
      // A low star on the perception items is not an SKM answer: changing U6 back hides the box again.
      await page.locator("fieldset#q-P1 label.opt").first().tap();
      await page.locator("fieldset#q-U6 label.opt", { hasText: /^Kompeten$/ }).tap();
      expect(await box.isVisible()).toBe(false);
      await page.locator("fieldset#q-U9 label.opt", { hasText: /^Tidak ada$/ }).tap();
      expect(await box.isVisible()).toBe(true);
    });
  });

  it("a refused form says so in its title and puts the keyboard focus on the error summary", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withPage(PHONE, async (page) => {
      await refusedForm(page, tp.code);
      await expect.poll(() => page.title()).toBe("Periksa kembali isian · Survei Kepuasan Layanan · UPT Uji");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("form-alert");
      // The next Tab goes to the first link of the summary, which leads to the first question to fix.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#q-U1");
    });
  });
});
