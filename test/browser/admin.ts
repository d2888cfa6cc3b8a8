import type { Browser, Page } from "playwright-core";
import { PASSWORD } from "../helpers/session";

/** Fills in the sign-in form the page shows and sends it, until the page reaches `landing`. */
export async function signIn(page: Page, email: string, landing: RegExp = /\/admin/) {
  await page.fill("#email", email);
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForURL(landing), page.getByRole("button", { name: "Masuk" }).click()]);
}

/** A page in a context of its own, `width` px wide and 900 high, in Indonesian. */
export async function pageAt(browser: Browser, width: number): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: "id-ID" });
  return ctx.newPage();
}

/** A page at `width` px (see pageAt), signed in from /login as `email`. */
export async function signedInPage(browser: Browser, origin: string, email: string, width: number) {
  const page = await pageAt(browser, width);
  await page.goto(`${origin}/login`);
  await signIn(page, email);
  return page;
}

/** How far the page and <main> scroll sideways, in px: 0 and 0 when everything fits. */
export const sidewaysPx = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector("main")!;
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      main: main.scrollWidth - main.clientWidth,
    };
  });

/** What sticks out to the right of <main>, and whether the page or <main> scrolls sideways. */
export function overflowOf(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const right = main.getBoundingClientRect().right;
    const outside = [...main.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > right + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
    const scrolled = [...main.querySelectorAll("*")]
      // A screen-reader-only text is a clipped 1 px box on purpose.
      .filter(
        (el) =>
          el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible",
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
    return {
      pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
      mainScrolls: main.scrollWidth > main.clientWidth,
      outside: outside.slice(0, 5),
      scrolled: scrolled.slice(0, 5),
    };
  });
}

/** overflowOf a page that fits. */
export const FITS = { pageScrolls: false, mainScrolls: false, outside: [], scrolled: [] };
