/**
 * How long the unit page is on a phone (390 px) and a desktop (1,280 px), in Chromium, on the demo
 * instansi: `npx tsx bench/unit-page-length.ts`. Prints document.body.scrollHeight per demo unit.
 */
import { getOrganizationBySlug } from "../db/queries/admin";
import { listOrgUnits } from "../db/queries/units";
import { seedDemo } from "../worker/cli/demo";
import { launchBrowser, startServer } from "../test/browser/harness";
import { createTestDb } from "../test/helpers/db";
import { PASSWORD, seedUser } from "../test/helpers/session";

const testDb = await createTestDb();
await seedDemo(testDb.db, "http://127.0.0.1:8787");
const org = (await getOrganizationBySlug(testDb.db, "demo"))!;
const email = await seedUser(testDb.db, org.id, "admin");
const server = await startServer(testDb.db);
const browser = await launchBrowser();
try {
  const year = new Date().getUTCFullYear();
  for (const width of [390, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 844 }, locale: "id-ID" });
    const page = await ctx.newPage();
    await page.goto(`${server.origin}/login`);
    await page.fill("#email", email);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(/\/admin/), page.getByRole("button", { name: "Masuk" }).click()]);
    for (const unit of await listOrgUnits(testDb.db, org.id)) {
      await page.goto(`${server.origin}/admin/units/${unit.id}?period=${year}`);
      const height = await page.evaluate(() => document.body.scrollHeight);
      console.log(`${width} px  ${String(height).padStart(6)} px  ${unit.name}`);
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
  testDb.close();
}
