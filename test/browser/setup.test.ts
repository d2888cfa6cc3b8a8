import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedTouchpoint } from "../helpers/factories";
import { seedUser } from "../helpers/session";
import { FITS, overflowOf, pageAt, signIn } from "./admin";
import { SKIP_BROWSER } from "./harness";
import { browserSuite } from "./suite";

describe.skipIf(SKIP_BROWSER)("unit setup and units.csv in Chromium at 1,280 and 390 px", { timeout: 120_000 }, () => {
  let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
  let email: string;

  const suite = browserSuite(async (db) => {
    tp = await seedTouchpoint(db);
    email = await seedUser(db, tp.orgId, "admin");
  });

  for (const width of [1280, 390]) {
    it(`creates a unit, adds a service, deactivates it, and imports a CSV at ${width} px`, async () => {
      const page = await pageAt(suite.browser, width);
      const code = `kanwil-${width}`;
      try {
        await page.goto(`${suite.server.origin}/admin/setup`);
        await page.waitForURL(/\/login\?next=/);
        await signIn(page, email);
        await page.getByRole("link", { name: "Pengaturan unit" }).first().click();
        await page.waitForURL(/\/admin\/setup$/);
        expect(await overflowOf(page)).toEqual(FITS);

        // A refused form comes back with what was typed.
        await page.fill("#name", `Kanwil Uji ${width}`);
        await page.fill("#code", "Bukan Kode!");
        await page.getByRole("button", { name: "Buat unit" }).click();
        expect(await page.locator(".alert").textContent()).toContain("Kode harus");
        expect(await page.inputValue("#name")).toBe(`Kanwil Uji ${width}`);
        expect(await page.getByRole("navigation").textContent()).toContain("Pengaturan unit");

        await page.fill("#code", code);
        await page.selectOption("#parentId", tp.unitId);
        await page.fill("#population", "12.000");
        await Promise.all([page.waitForURL(/saved=1/), page.getByRole("button", { name: "Buat unit" }).click()]);
        expect(await page.locator("[role=status]").textContent()).toContain("Tersimpan.");
        await page.fill("#service-name", "Konsultasi Pajak");
        await page.fill("#service-population", "2500");
        await Promise.all([page.waitForURL(/saved=1/), page.getByRole("button", { name: "Tambah layanan" }).click()]);
        expect(await page.inputValue("input[name=name][value='Konsultasi Pajak']")).toBe("Konsultasi Pajak");
        expect(await overflowOf(page)).toEqual(FITS);
        await page.screenshot({ path: join(tmpdir(), `zi-setup-unit-${width}.png`), fullPage: true });
        await Promise.all([page.waitForURL(/saved=1/), page.getByRole("button", { name: "Nonaktifkan unit" }).click()]);
        // The URL already said saved=1, so waitForURL does not wait for the new page: poll for its notice.
        await expect.poll(() => page.locator(".alert").first().textContent()).toContain("Unit ini nonaktif.");
        await page.getByRole("link", { name: "← Pengaturan unit" }).click();
        expect(await page.locator(".setup-tree").textContent()).toContain("nonaktif");

        await page.getByRole("link", { name: "Impor unit dari CSV" }).click();
        const csv = [
          "code,name,parent_code,population,services",
          `kpp-${width}-1,KPP Pratama Satu dengan nama yang sangat panjang sekali untuk menguji lebar,kpp-${width}-0,1000,Pendaftaran NPWP;Konsultasi`,
          `kpp-${width}-0,KPP Induk,,,`,
        ].join("\n");
        await page.setInputFiles("#file", { name: "units.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
        await page.getByRole("button", { name: "Periksa (tanpa menyimpan)" }).click();
        expect(await page.locator("#preview [role=status]").textContent()).toBe(
          "2 unit baru, 0 diperbarui, 0 tidak berubah.",
        );
        expect(await overflowOf(page)).toEqual(FITS);
        await page.screenshot({ path: join(tmpdir(), `zi-setup-import-${width}.png`), fullPage: true });
        await Promise.all([page.waitForURL(/created=2/), page.getByRole("button", { name: "Terapkan" }).click()]);
        expect(await page.locator("[role=status]").textContent()).toContain("Impor selesai: 2 unit baru");
        expect(await page.locator(".setup-tree").textContent()).toContain("KPP Induk");

        // A file with an error: line numbers, nothing saved, no Terapkan.
        await page.getByRole("link", { name: "Impor unit dari CSV" }).click();
        await page.fill("#csv", `code,name,parent_code,population,services\nx-${width},X,tidak-ada,,`);
        await page.getByRole("button", { name: "Periksa (tanpa menyimpan)" }).click();
        expect(await page.locator("#errors").textContent()).toContain('Induk "tidak-ada" tidak ada');
        expect(await page.getByRole("button", { name: "Terapkan" }).count()).toBe(0);
        expect(await overflowOf(page)).toEqual(FITS);
      } finally {
        await page.context().close();
      }
    });
  }
});
