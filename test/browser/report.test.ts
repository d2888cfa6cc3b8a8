import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedReportDemo } from "../helpers/report-demo";
import { seedUser } from "../helpers/session";
import { signIn } from "./admin";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

// A4 is 210 mm wide; the report's @page has 18 mm side margins: 174 mm of printable width, in CSS px.
const PRINTABLE_PX = (174 * 96) / 25.4;

/** Every element whose box reaches past the printable width (or starts left of it), with what it holds. */
const overflowing = (page: Page) =>
  page.evaluate((width) => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5)
        out.push(`${el.tagName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out;
  }, PRINTABLE_PX);

describe.skipIf(SKIP_BROWSER)("the laporan SKM in a real browser (Chromium, A4 print)", { timeout: 120_000 }, () => {
  let unitId: string;
  let email: string;

  const suite = browserSuite(async (db) => {
    const tp = await seedReportDemo(db);
    unitId = tp.unitId;
    email = await seedUser(db, tp.orgId, "manager", tp.unitId);
  });

  it("prints to A4 with every BAB on a new page, page numbers, nothing wider than the page and no codes", async () => {
    // The viewport is the printable width, so the print layout is what the screen measures.
    const ctx = await suite.browser.newContext({
      viewport: { width: Math.floor(PRINTABLE_PX), height: 900 },
      locale: "id-ID",
    });
    const page = await ctx.newPage();
    const blocked: string[] = [];
    page.on("console", (m) => (m.type() === "error" ? blocked.push(m.text()) : undefined));
    try {
      await page.goto(
        `${suite.server.origin}/login?next=${encodeURIComponent(`/admin/units/${unitId}/report?period=2026-Q3`)}`,
      );
      await signIn(page, email, /\/report\?period=2026-Q3$/);

      // The print button runs the browser's own print (the CSP lets the report's one script run).
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.getByRole("button", { name: "Cetak / Simpan PDF" }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      expect(blocked).toEqual([]);

      await page.emulateMedia({ media: "print" });
      expect(await page.getByRole("button", { name: "Cetak / Simpan PDF" }).isVisible()).toBe(false);
      const headings = await page.locator("h2").allTextContents();
      const chapters = ["BAB I", "BAB II", "BAB III", "BAB IV", "BAB V", "Lampiran 1", "Lampiran 2"];
      expect(headings.map((h) => h.split(" ").slice(0, 2).join(" "))).toEqual(["Lembar Pengesahan", ...chapters]);
      // Each BAB and appendix (and the pengesahan) starts a page; the cover is a page of its own kind.
      const breaks = await page
        .locator("section.bab, section.appendix, section.approval")
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
      expect(breaks).toEqual(Array(8).fill("page"));
      expect(await page.locator("section.cover").evaluate((e) => getComputedStyle(e).page)).toBe("report-cover");

      expect(await overflowing(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_PX + 0.5);

      // Page numbers: the report's @page rule has a bottom-center box counting pages.
      const pageRules = await page.evaluate(() =>
        [...document.styleSheets].flatMap((s) =>
          [...s.cssRules].filter((r) => r instanceof CSSPageRule).map((r) => r.cssText),
        ),
      );
      expect(pageRules.find((r) => r.startsWith("@page report "))).toMatch(/@bottom-center\s*{[^}]*counter\(page\)/);

      const text = await page.locator("body").innerText();
      for (const code of ["SWASTA", "D4-S1", "exact", "WIRASWASTA", "2026-Q3", "U3", "insufficient", "meets"])
        expect(text, code).not.toContain(code);
      for (const words of ["Triwulan III 2026", "Pegawai swasta", "D4/S1", "Laki-laki", "Waktu penyelesaian", "TW III"])
        expect(text, words).toContain(words);
      expect(text).toMatch(/IKM unit pelayanan \(IKM × 25\) = \d{2},\d\d/);
      expect(await page.locator("table.rtl tbody tr").count()).toBe(5);
      expect(await page.locator("table.rtl thead th").allTextContents()).toEqual([
        "No",
        "Prioritas unsur",
        "Program/kegiatan",
        "Waktu (TW I–IV)",
        "Penanggung jawab",
      ]);
      expect(await page.locator("figure.chart svg").count()).toBe(1);
      // Per jenis layanan: the three services, each with its respondents and IKM.
      const services = await page.locator("table.services tbody tr").allInnerTexts();
      expect(services).toHaveLength(3);
      for (const name of ["Perizinan", "Pendaftaran penduduk", "Pengaduan masyarakat"])
        expect(
          services.find((r) => r.includes(name)),
          name,
        ).toMatch(/\t[1-9]\d*\t\d{2},\d\d\t/);

      const bytes = await page.pdf({ format: "A4" });
      writeFileSync(join(tmpdir(), "zi-laporan-skm.pdf"), bytes);
      const pdf = Buffer.from(bytes).toString("latin1");
      expect(pdf.startsWith("%PDF-")).toBe(true);
      const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`[laporan SKM pdf] ${pages} A4 pages`);
      // Cover, pengesahan, five BAB and two appendices each start a page.
      expect(pages).toBeGreaterThanOrEqual(9);
    } finally {
      await ctx.close();
    }
  });
});
