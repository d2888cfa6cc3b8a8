import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedTouchpoint } from "../helpers/factories";
import { seriousViolations } from "./axe";
import { PHONE, SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

type Lang = "id" | "en";
/** What a page needs to open itself: an open and a closed touchpoint, and navigation in the visitor's language. */
type Visit = { open: string; closed: string; kiosk: string; page: Page; goto(path: string): Promise<number> };

/**
 * Every page a citizen can land on, with the status it answers. One line per page; each is checked with
 * axe-core in both languages.
 */
const CITIZEN_PAGES: [name: string, status: number, open: (v: Visit) => Promise<number>][] = [
  ["survey form", 200, (v) => v.goto(`/s/${v.open}`)],
  ["refused form (answers missing)", 422, async (v) => (await v.goto(`/s/${v.open}`), submitAsIs(v.page))],
  ["thank-you", 200, (v) => v.goto(`/s/${v.open}/terima-kasih`)],
  ["closed survey", 410, (v) => v.goto(`/s/${v.closed}`)],
  ["unknown code", 404, (v) => v.goto("/s/tidak-ada")],
  ["kiosk", 200, (v) => v.goto(`/k/${v.kiosk}`)],
  ["kiosk of a touchpoint without kiosk mode", 404, (v) => v.goto(`/k/${v.open}`)],
];

/** The form sent as it stands: a native submission (no submit event, no `required` check), as a browser would post it. */
async function submitAsIs(page: Page): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.request().isNavigationRequest()),
    // The next "load" is the refused form's: the survey page fired its own before.
    page.waitForEvent("load"),
    // Deferred: the navigation it starts would otherwise end this evaluation before it returns.
    page.evaluate(() => void setTimeout(() => document.querySelector("form")!.submit())),
  ]);
  return response.status();
}

describe.skipIf(SKIP_BROWSER)(
  "citizen pages have no serious or critical axe-core violations",
  { timeout: 60_000 },
  () => {
    const suite = browserSuite();

    it("the check itself finds what it must (an unlabelled field, an image without text, faint text)", async () => {
      const ctx = await suite.browser.newContext(PHONE);
      try {
        const page = await ctx.newPage();
        await page.setContent(
          `<!doctype html><html lang="id"><title>x</title><main><img src="data:,"><input type="text">` +
            `<p style="color:#bbb;background:#fff">Teks samar</p></main></html>`,
        );
        const ids = (await seriousViolations(page)).map((v) => v.id).sort();
        expect(ids).toEqual(["color-contrast", "image-alt", "label"]);
      } finally {
        await ctx.close();
      }
    });

    describe.each<Lang>(["id", "en"])("in %s", (lang) => {
      it.each(CITIZEN_PAGES)("%s", async (_name, status, open) => {
        const [openTp, closedTp, kioskTp] = [
          await seedTouchpoint(suite.db),
          await seedTouchpoint(suite.db, { active: false }),
          await seedTouchpoint(suite.db, { kiosk: true }),
        ];
        const ctx = await suite.browser.newContext({ ...PHONE, locale: lang === "id" ? "id-ID" : "en-US" });
        try {
          const page = await ctx.newPage();
          const goto = async (path: string) =>
            (await page.goto(`${suite.server.origin}${path}?lang=${lang}`))!.status();
          expect(await open({ open: openTp.code, closed: closedTp.code, kiosk: kioskTp.code, page, goto })).toBe(
            status,
          );
          expect(await seriousViolations(page)).toEqual([]);
        } finally {
          await ctx.close();
        }
      });
    });
  },
);
