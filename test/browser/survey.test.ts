import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answers, responses } from "../../db/schema";
import { texts } from "../../web/i18n";
import { seedTouchpoint } from "../helpers/factories";
import { PHONE, SKIP_BROWSER, wireSize } from "./harness";
import { browserSuite } from "./suite";

const ID = texts.id;
const SKM = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];
const STARS = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "A1", "A2", "A3", "A4", "A5"];
const ALL_ITEMS = [...SKM, ...STARS];
const PAGE_BUDGET = 20 * 1024;

/** The answer a "person" gives to each item: varied, so a mixed-up field would show. */
function chosenValue(key: string, index: number): number {
  return SKM.includes(key) ? (index % 4) + 1 : (index % 6) + 1;
}

/** The visible text of an option, as printed on the page. */
function optionText(key: string, value: number): string {
  const labels = ID.items[key as keyof typeof ID.items]?.options;
  return labels ? labels[value - 1]! : `★${value}`;
}

/** The option label of one question with exactly this visible text ("Sesuai" must not hit "Sangat sesuai"). */
function option(page: Page, key: string, text: string) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Star labels read "★6" on screen and carry "6 dari 6, sangat setuju" for screen readers only.
  return page.locator(`fieldset#q-${key} label.opt`, {
    hasText: new RegExp(`^\\s*${escaped}(\\d dari \\d.*)?\\s*$`, "i"),
  });
}

async function answerEverything(page: Page, skip: string[] = []) {
  for (const [i, key] of ALL_ITEMS.entries()) {
    if (skip.includes(key)) continue;
    const label = option(page, key, optionText(key, chosenValue(key, i)));
    await expect.poll(() => label.count()).toBe(1);
    await label.tap();
  }
  await option(page, "steered", "Tidak").tap();
  await page.locator("select#age").selectOption({ label: "30–39 tahun" });
  await page.locator("textarea#comment").fill("Antrean cepat, petugas ramah.");
}

async function expectAllChecked(page: Page, skip: string[] = []) {
  for (const [i, key] of ALL_ITEMS.entries()) {
    if (skip.includes(key)) continue;
    const radio = page.locator(`fieldset#q-${key} input[type=radio][value="${chosenValue(key, i)}"]`);
    expect(await radio.isChecked(), `${key} keeps its answer`).toBe(true);
  }
  expect(await page.locator('input[name="steered"][value="tidak"]').isChecked()).toBe(true);
}

describe.skipIf(SKIP_BROWSER)("survey page in a real browser (Chromium, 360×740)", { timeout: 60_000 }, () => {
  const suite = browserSuite();

  async function withPage<T>(
    opts: { javaScriptEnabled?: boolean },
    run: (page: Page, ctx: BrowserContext) => Promise<T>,
  ) {
    const ctx = await suite.browser.newContext({ ...PHONE, javaScriptEnabled: opts.javaScriptEnabled ?? true });
    try {
      return await run(await ctx.newPage(), ctx);
    } finally {
      await ctx.close();
    }
  }

  async function storedFor(touchpointId: string) {
    const rows = await suite.db.select().from(responses).where(eq(responses.touchpointId, touchpointId));
    const items = rows[0] ? await suite.db.select().from(answers).where(eq(answers.responseId, rows[0].id)) : [];
    return { rows, items: Object.fromEntries(items.map((a) => [a.item, a.value])) };
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`a citizen answers every question and sends it (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const tp = await seedTouchpoint(suite.db);
      await withPage({ javaScriptEnabled }, async (page) => {
        const first = await page.goto(`${suite.server.origin}/s/${tp.code}`);
        expect(first?.status()).toBe(200);
        await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("id");

        // What the person sees for the first question, word for word.
        const u1 = page.locator("fieldset#q-U1 label", { hasText: "Sangat sesuai" });
        await expect.poll(() => u1.isVisible()).toBe(true);

        await answerEverything(page);
        // A tap on the label checks the visually hidden radio behind it; its accessible name is the label text
        // (the star and digit are hidden from screen readers, "5 dari 6" is read instead).
        const u1Value = chosenValue("U1", 0);
        expect(
          await page
            .locator("fieldset#q-U1")
            .getByRole("radio", { name: optionText("U1", u1Value), exact: true })
            .isChecked(),
        ).toBe(true);
        const p8Value = chosenValue("P8", ALL_ITEMS.indexOf("P8"));
        expect(
          await page
            .locator("fieldset#q-P8")
            .getByRole("radio", { name: `${p8Value} dari 6`, exact: true })
            .isChecked(),
        ).toBe(true);
        await expectAllChecked(page);

        const [post] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === "POST"),
          page.getByRole("button", { name: "Kirim penilaian" }).tap(),
        ]);
        // With JavaScript the offline-safe script sends it through the JSON API; without, the form posts itself.
        expect(post.status()).toBe(javaScriptEnabled ? 201 : 303);
        await page.waitForURL(/\/terima-kasih\?lang=id$/);
        await expect.poll(() => page.locator("h2, h1").filter({ hasText: "Terima kasih!" }).count()).toBeGreaterThan(0);
      });

      const { rows, items } = await storedFor(tp.touchpointId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        lang: "id",
        steered: false,
        age: "30-39",
        comment: "Antrean cepat, petugas ramah.",
      });
      expect(items).toEqual(Object.fromEntries(ALL_ITEMS.map((key, i) => [key, chosenValue(key, i)])));
    });
  }

  it("an unanswered question comes back (422) with a message next to it and the other answers kept", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withPage({}, async (page) => {
      await page.goto(`${suite.server.origin}/s/${tp.code}`);
      const posts: string[] = [];
      page.on("request", (req) => {
        if (req.method() === "POST") posts.push(req.url());
      });
      await answerEverything(page, ["U5"]);

      // First the browser's own `required` check stops the form: U5 is the first invalid field, nothing is sent.
      await page.getByRole("button", { name: "Kirim penilaian" }).tap();
      expect(
        await page.evaluate(() => (document.querySelector("form input:invalid") as HTMLInputElement | null)?.name),
      ).toBe("U5");
      expect(await page.evaluate(() => document.querySelector("form")!.checkValidity())).toBe(false);

      // Drop `required` to reach the server's own check.
      await page.evaluate(() =>
        document.querySelectorAll("[required]").forEach((el) => el.removeAttribute("required")),
      );

      // The script's JSON send is refused (400), so it lets the form post itself for the server's own page.
      const [post] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/s/")),
        page.getByRole("button", { name: "Kirim penilaian" }).tap(),
      ]);
      expect(post.status()).toBe(422);
      await page.waitForLoadState("domcontentloaded");

      const u5 = page.locator("fieldset#q-U5");
      expect(await u5.getAttribute("class")).toContain("bad");
      expect(await u5.locator("p.err").textContent()).toBe(ID.ui.issue.required);
      // Screen readers hear the message with the question.
      expect(await u5.getAttribute("aria-describedby")).toBe("U5-err");
      expect(await page.locator("#form-alert[role=alert] a[href='#q-U5']").count()).toBe(1);
      console.log(`[422 summary] ${(await page.locator("#form-alert").innerText()).replace(/\s+/g, " ")}`);
      // Only that question is marked.
      expect(await page.locator("fieldset.bad").count()).toBe(1);
      expect(await u5.locator("input:checked").count()).toBe(0);

      await expectAllChecked(page, ["U5"]);
      expect(await page.locator("select#age").inputValue()).toBe("30-39");
      expect(await page.locator("textarea#comment").inputValue()).toBe("Antrean cepat, petugas ramah.");
      expect((await storedFor(tp.touchpointId)).rows).toHaveLength(0);

      // The person fixes it and sends again with the same form: it goes through.
      await option(page, "U5", optionText("U5", chosenValue("U5", SKM.indexOf("U5")))).tap();
      await page.getByRole("button", { name: "Kirim penilaian" }).tap();
      await page.waitForURL(/\/terima-kasih\?lang=id$/);
      // The refused one (JSON, then the form itself) and the fixed one; the blocked press sent nothing.
      expect(posts.map((url) => new URL(url).pathname)).toEqual([
        "/api/v1/responses",
        `/s/${tp.code}`,
        "/api/v1/responses",
      ]);
    });
    expect((await storedFor(tp.touchpointId)).rows).toHaveLength(1);
  });

  it(`the page weighs at most ${PAGE_BUDGET} bytes gzip, all from our own origin`, async () => {
    const tp = await seedTouchpoint(suite.db);
    type Seen = { url: string; status: number; encoding?: string; type: string; browserBodyBytes: number };
    const pending: Promise<Seen>[] = [];
    const consoleErrors: string[] = [];
    let declaresIcon = false;
    const from = suite.server.log.length;
    await withPage({}, async (page) => {
      page.on("requestfinished", (req) => {
        pending.push(
          (async () => {
            const res = await req.response();
            const sizes = await req.sizes();
            return {
              url: req.url(),
              status: res?.status() ?? 0,
              encoding: res?.headers()["content-encoding"],
              type: req.resourceType(),
              browserBodyBytes: sizes.responseBodySize,
            };
          })(),
        );
      });
      page.on("requestfailed", (req) => consoleErrors.push(`failed: ${req.url()}`));
      page.on("console", (m) => {
        // Chromium's own /favicon.ico probe 404s (the app has no icon); it is counted in the weight below.
        if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico"))
          consoleErrors.push(`${m.text()} (${m.location().url})`);
      });
      await page.goto(`${suite.server.origin}/s/${tp.code}`, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      declaresIcon = (await page.locator('link[rel~="icon"]').count()) > 0;
    });
    const seen = await Promise.all(pending);

    // One request for the page (the stylesheet is inline: test/routes/one-request.test.ts), then the offline script.
    expect(seen.map((r) => r.type).sort()).toEqual(["document", "script"]);
    for (const r of seen) {
      expect(new URL(r.url).origin, r.url).toBe(suite.server.origin);
      expect(r.status, r.url).toBe(200);
      // The browser got compressed bodies, as from the Node entry.
      expect(r.encoding, r.url).toBe("gzip");
    }
    // Nothing blocked by the Content-Security-Policy, nothing failed.
    expect(consoleErrors).toEqual([]);

    // Browsers also ask for things the page never mentions: the server's own log has them, and they cost the
    // citizen bytes too. Without a declared icon every browser asks for /favicon.ico (sometimes after "networkidle"),
    // so it is always counted then, to keep the figure steady.
    const pageUrls = new Set(seen.map((r) => r.url));
    const extras = new Set(
      suite.server.log
        .slice(from)
        .filter((line) => line.startsWith("GET "))
        .map((line) => `${suite.server.origin}${line.slice(4)}`)
        .filter((url) => !pageUrls.has(url)),
    );
    if (!declaresIcon) extras.add(`${suite.server.origin}/favicon.ico`);

    let gzip = 0;
    let raw = 0;
    const lines: string[] = [];
    for (const url of [...pageUrls, ...extras]) {
      const z = await wireSize(url);
      const plain = await wireSize(url, {});
      const browser = seen.find((r) => r.url === url);
      if (browser) expect(z.status).toBe(200);
      gzip += z.bytes;
      raw += plain.bytes;
      lines.push(
        `  ${(browser?.type ?? "(browser)").padEnd(10)} ${z.status} ${String(z.bytes).padStart(6)} B ${z.encoding ?? "identity"}` +
          `  ${String(plain.bytes).padStart(6)} B raw${browser ? `  (browser saw ${browser.browserBodyBytes} B)` : ""}  ${new URL(url).pathname}`,
      );
    }
    console.log(
      `[page weight] /s/{code}: ${pageUrls.size + extras.size} requests, ${gzip} bytes gzip (${raw} bytes uncompressed), budget ${PAGE_BUDGET}\n${lines.join("\n")}`,
    );
    expect(gzip).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it("options are big enough to tap at 360px, nothing scrolls sideways, keyboard focus is visible", async () => {
    const tp = await seedTouchpoint(suite.db);
    await withPage({}, async (page) => {
      await page.goto(`${suite.server.origin}/s/${tp.code}`);

      const labels = await page.locator("label.opt").all();
      expect(labels).toHaveLength(9 * 4 + 13 * 6 + 2);
      const small: string[] = [];
      let minW = Infinity;
      let minH = Infinity;
      for (const label of labels) {
        const box = await label.boundingBox();
        expect(box).not.toBeNull();
        minW = Math.min(minW, box!.width);
        minH = Math.min(minH, box!.height);
        if (box!.height < 44 || box!.width < 44)
          small.push(`${(await label.innerText()).trim()} ${box!.width}×${box!.height}`);
      }
      expect(small, "tap targets under 44×44 CSS px").toEqual([]);
      const other = await page.getByRole("link", { name: "English" }).boundingBox();
      const submit = await page.getByRole("button", { name: "Kirim penilaian" }).boundingBox();
      console.log(
        `[tap targets] ${labels.length} options, smallest ${minW.toFixed(1)}×${minH.toFixed(1)} px; ` +
          `submit ${submit?.width.toFixed(1)}×${submit?.height.toFixed(1)}; language link ${other?.width.toFixed(1)}×${other?.height.toFixed(1)}`,
      );

      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(360);
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);

      const stamp = Date.now();
      const shot = join(tmpdir(), `zi-survey-360-${stamp}.png`);
      await page.screenshot({ path: shot, fullPage: true, scale: "css" });
      const fold = join(tmpdir(), `zi-survey-360-first-screen-${stamp}.png`);
      await page.screenshot({ path: fold, scale: "css" });
      console.log(`[screenshot] full page: ${shot}\n[screenshot] first screen: ${fold}`);

      // Keyboard: Tab past the language link lands on the first option of U1, and its box shows a focus ring.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("A");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("U1");
      const ring = await page.evaluate(() => {
        const span = document.activeElement?.nextElementSibling;
        if (!span) return null;
        const s = getComputedStyle(span);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(ring?.style).toBe("solid");
      expect(ring?.width).toBeGreaterThanOrEqual(2);
      // Arrow keys choose within the question, as for any radio group.
      await page.keyboard.press("ArrowDown");
      expect(await page.locator('input[name="U1"][value="2"]').isChecked()).toBe(true);
    });
  });
});
