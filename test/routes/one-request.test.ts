import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../worker/app";
import { parseConfig } from "../../worker/env";
import { CSS_PATH } from "../../worker/render";
import { SITE_CSS } from "../../web/styles";
import { createTestApp, TEST_SECRET } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { login, seedUser } from "../helpers/session";
import { postForm, tokenFromPage } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const PAGE_BUDGET_GZIP = 6 * 1024;
const STYLE = /<style>([\s\S]*?)<\/style>/g;
const LINK = /<link rel="stylesheet" href="([^"]+)"/g;

const styleSrc = (res: Response) =>
  /(?:^|;\s*)style-src ([^;]*)/.exec(res.headers.get("content-security-policy")!)?.[1];

/** What the browser would check: the CSP's style-src allows exactly the page's one stylesheet, nothing more. */
async function expectInlineStyleAllowed(res: Response) {
  const html = await res.text();
  const styles = [...html.matchAll(STYLE)].map((m) => m[1]!);
  expect(styles).toEqual([SITE_CSS]);
  expect(html.match(LINK)).toBeNull();
  const hash = createHash("sha256").update(styles[0]!, "utf8").digest("base64");
  expect(styleSrc(res)).toBe(`'sha256-${hash}'`);
  return html;
}

/** An operator's page: a cacheable stylesheet from our origin, and no inline style allowed. */
async function expectLinkedStyle(res: Response) {
  const html = await res.text();
  expect(html).not.toContain("<style");
  expect([...html.matchAll(LINK)].map((m) => m[1])).toEqual([
    expect.stringMatching(/^\/assets\/[a-z]+\.[a-z0-9]+\.css$/),
  ]);
  expect(styleSrc(res)).toBe("'self'");
  return html;
}

describe("citizen pages are one request: the stylesheet inline, allowed by its hash", () => {
  it(`the survey with all three instruments weighs at most ${PAGE_BUDGET_GZIP} bytes gzip, in both languages`, async () => {
    const { code } = await seedTouchpoint(t.db);
    // As the Node entry serves it: compressed by the app itself.
    const config = parseConfig({ SECRET_KEY: TEST_SECRET });
    const app = createApp({ getDb: () => t.db, config, compress: true, clientAddress: () => "198.51.100.7" });
    for (const lang of ["id", "en"]) {
      const res = await app.request(`/s/${code}?lang=${lang}`, { headers: { "Accept-Encoding": "gzip" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe("gzip");
      const bytes = (await res.arrayBuffer()).byteLength;
      console.log(
        `[page weight] /s/{code}?lang=${lang}: ${bytes} bytes gzip, one request (budget ${PAGE_BUDGET_GZIP})`,
      );
      expect(bytes).toBeLessThanOrEqual(PAGE_BUDGET_GZIP);
      const plain = await app.request(`/s/${code}?lang=${lang}`);
      const html = await expectInlineStyleAllowed(plain);
      for (const item of ["U1", "U9", "P1", "P8", "A1", "A5"]) expect(html).toContain(`id="q-${item}"`);
    }
  });

  it("the refused form, thank-you, closed and unknown-code pages carry the same inline stylesheet", async () => {
    const open = await seedTouchpoint(t.db);
    const closed = await seedTouchpoint(t.db, { active: false });
    const { app } = createTestApp(t.db);
    const refused = await postForm(app, open.code, { token: await tokenFromPage(app, open.code), lang: "en" });
    expect(refused.status).toBe(422);
    await expectInlineStyleAllowed(refused);
    const pages = [
      [`/s/${open.code}/terima-kasih?lang=id`, 200],
      [`/s/${closed.code}`, 410],
      ["/s/tidak-ada", 404],
    ] as const;
    for (const [path, status] of pages) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      await expectInlineStyleAllowed(res);
    }
  });

  it("keeps dashboard, sign-in and public pages on the cacheable external stylesheet", async () => {
    const { orgId, unitId } = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const cookie = await login(app, await seedUser(t.db, orgId, "admin"));
    for (const path of ["/admin", `/admin/units/${unitId}`]) {
      const res = await app.request(path, { headers: { Cookie: cookie } });
      expect(res.status, path).toBe(200);
      await expectLinkedStyle(res);
    }
    await expectLinkedStyle(await app.request("/login"));
    await expectLinkedStyle(await app.request("/p"));
    // The home page lists published results with the dashboard's tables: not a QR landing page.
    await expectLinkedStyle(await app.request("/"));
  });

  it("serves the citizen stylesheet to an operator's error page, with a long cache", async () => {
    const { app } = createTestApp(t.db);
    const missing = await app.request("/tidak-ada");
    expect(missing.status).toBe(404);
    expect(await expectLinkedStyle(missing)).toContain(`href="${CSS_PATH}"`);
    const css = await app.request(CSS_PATH);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toContain("text/css");
    expect(css.headers.get("cache-control")).toContain("immutable");
    expect(await css.text()).toBe(SITE_CSS);
  });

  it("the stylesheet cannot end its own style element, so inlining it verbatim is safe", () => {
    expect(SITE_CSS.toLowerCase()).not.toContain("</");
  });
});
