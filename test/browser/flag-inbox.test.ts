import { describe, expect, it } from "vitest";
import { createFollowUp } from "../../worker/actions/follow-ups";
import { CLI_ACTOR } from "../../worker/actions/action";
import { seedTouchpoint } from "../helpers/factories";
import { flagStates, submitAll } from "../helpers/flags";
import { seedUser } from "../helpers/session";
import { seriousViolations } from "./axe";
import { sidewaysPx, signedInPage } from "./admin";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

describe.skipIf(SKIP_BROWSER)("the Perlu perhatian inbox at 1,280 and 390 px (Chromium)", { timeout: 120_000 }, () => {
  const suite = browserSuite();

  /** A unit of its own with three flags, a follow-up plan, and its manager signed in on the unit page. */
  async function open(width: number) {
    const tp = await seedTouchpoint(suite.db);
    const ids = await submitAll(suite.db, tp.code, [
      { low: ["U3"] },
      { steered: true },
      { comment: `Ada calo di loket; ${"antrean panjang sekali ".repeat(12)}` },
    ]);
    const fields = { period: "2026", item: "U3", problem: "Antrean", action: "Tambah loket", owner: "Kepala UPT" };
    await createFollowUp(
      suite.db,
      CLI_ACTOR,
      { unitId: tp.unitId, fields: { ...fields, quarter: "2", status: "rencana" } },
      0,
    );
    const email = await seedUser(suite.db, tp.orgId, "manager", tp.unitId);
    const page = await signedInPage(suite.browser, suite.server.origin, email, width);
    await page.goto(`${suite.server.origin}/admin/units/${tp.unitId}?period=2026`);
    return { page, ids, unitId: tp.unitId };
  }

  it.each([1280, 390])("at %i px: from the unit page's card to bulk triage and a follow-up link", async (width) => {
    const { page, ids, unitId } = await open(width);
    try {
      expect(await sidewaysPx(page)).toEqual({ page: 0, main: 0 });
      await Promise.all([
        page.waitForURL(/\/perhatian\?status=baru$/),
        page.getByRole("link", { name: "Perlu perhatian: 3 baru" }).click(),
      ]);
      expect(await page.locator("ul.flag-list > li").count()).toBe(3);
      // The card's follow-up form opened: still no sideways scrolling.
      await page.locator("ul.flag-list > li summary").first().click();
      expect(await sidewaysPx(page)).toEqual({ page: 0, main: 0 });
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole("checkbox", { name: /Ada jawaban 1 pada unsur Waktu penyelesaian/ }).check();
      await page.getByRole("checkbox", { name: /Responden diarahkan/ }).check();
      await Promise.all([
        page.waitForURL(/status=baru$/),
        page.getByRole("button", { name: "Tandai ditangani" }).click(),
      ]);
      // The page was already at status=baru, so waitForURL does not wait for the new list: poll for it.
      await expect.poll(() => page.locator("ul.flag-list > li").count()).toBe(1);
      expect(await page.locator("ul.flag-list > li").textContent()).toContain("Komentar menyebut: calo");

      const card = page.locator("ul.flag-list > li").first();
      await card.getByLabel("Tindak lanjut").selectOption({ label: "2026 · U3 · Tambah loket" });
      await Promise.all([page.waitForURL(/status=baru$/), card.getByRole("button", { name: "Tautkan" }).click()]);
      await expect
        .poll(() => page.locator("ul.flag-list > li").first().textContent())
        .toContain("Ditautkan ke: 2026 · U3 · Tambah loket");
      expect(await sidewaysPx(page)).toEqual({ page: 0, main: 0 });

      const states = await flagStates(suite.db, ids);
      expect(ids.map((id) => states[id]!.status)).toEqual(["ditangani", "ditangani", "baru"]);
      expect(states[ids[2]!]!.followUpId).not.toBeNull();
      await page.goto(`${suite.server.origin}/admin/units/${unitId}?period=2026`);
      expect(await page.getByRole("link", { name: "Perlu perhatian: 1 baru" }).count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });
});
