import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOrganizationById, getUnit, updateOrganizationSettings } from "../../db/queries/admin";
import { publishedSnapshots, units } from "../../db/schema";
import { insertFollowUp } from "../../db/queries/follow-ups";
import { CLI_ACTOR } from "../../worker/actions/action";
import { publish } from "../../worker/actions/publishing";
import { createTouchpoint } from "../../worker/actions/touchpoints";
import { randomId } from "../../worker/crypto";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const AUG = Date.UTC(2026, 7, 10, 3) / 1000;

/** A unit in its own organization with `n` responses in July 2026 (all answers `pick`), optionally published. */
async function seedUnit(o: { orgName: string; n: number; pick?: (max: number) => number; publishJuly?: boolean }) {
  const tp = await seedTouchpoint(t.db, { orgName: o.orgName });
  await updateOrganizationSettings(t.db, tp.orgId, JSON.stringify({ minRespondents: 2 }));
  const { app } = createTestApp(t.db, {}, () => Date.UTC(2026, 6, 10, 3) / 1000);
  for (let i = 0; i < o.n; i++)
    expect(
      (await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers(undefined, o.pick) })).status,
    ).toBe(201);
  if (o.publishJuly) await publish(t.db, CLI_ACTOR, { unitId: tp.unitId, period: "2026-07" }, AUG);
  return { ...tp, unitCode: (await getUnit(t.db, tp.unitId))!.code };
}

const page = async (path: string) => {
  const res = await createTestApp(t.db).app.request(path);
  return { status: res.status, html: await res.text() };
};

describe("the home page", () => {
  it("offers sign-in, English, and the published units of every organization, never an unpublished one", async () => {
    const shown = await seedUnit({ orgName: "Dinas Terbit", n: 2, publishJuly: true });
    const hidden = await seedUnit({ orgName: "Dinas Diam", n: 2 });
    const { status, html } = await page("/");
    expect(status).toBe(200);
    expect(html).toContain('href="/admin"');
    expect(html).toContain('href="/?lang=en"');
    expect(html).toContain(`href="/p/${shown.unitCode}"`);
    expect(html).toMatch(new RegExp(`href="/p\\?org=org-${shown.orgId.toLowerCase()}">Dinas Terbit</a>`));
    expect(html).not.toContain(`/p/${hidden.unitCode}`);
    expect(html).not.toContain("Dinas Diam");
    const english = (await page("/?lang=en")).html;
    expect(english).toContain('<html lang="en"');
    expect(english).toContain("Sign in to the dashboard");
    expect(english).toContain('href="/?lang=id"');
  });
});

describe("the public results page", () => {
  it("shows the trend across published periods, in Indonesian numbers, with the services surveyed", async () => {
    const u = await seedUnit({ orgName: "Dinas Tren", n: 3, pick: (max) => max - 1, publishJuly: true });
    await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-06", confirm: true }, AUG);
    const { html } = await page(`/p/${u.unitCode}`);
    // Three answers of 3 on every unsur: NRR 3,00, IKM 75,00; June had no responses (no IKM, a gap).
    expect(html).toMatch(/<desc id="trend-desc">Jun 2026: tanpa IKM; Jul 2026: 75,00<\/desc>/);
    expect(html).toContain('<strong class="big">75,00</strong>');
    expect(html.replace(/<[^>]*>/g, " ")).not.toMatch(/\d\.\d\d\b/);
    expect(html).toContain("Layanan yang disurvei: Perizinan.");
    expect(html).toContain("Semua jawaban periode terbaru berasal dari satu layanan");
    expect(html).toMatch(/<th scope="row">Persyaratan<\/th><td class="num">3,00<\/td><td class="num">75,00<\/td>/);
  });

  it("lists the follow-up actions under way or done as the publication recorded them, not a plan or the problem", async () => {
    const u = await seedUnit({ orgName: "Dinas Tindak", n: 2 });
    const row = {
      unitId: u.unitId,
      period: "2026",
      item: "U3",
      owner: "Kepala",
      problem: "Antrean panjang, kata Budi",
    };
    await insertFollowUp(t.db, { id: randomId(), ...row, action: "Menambah loket sore", status: "selesai" });
    await insertFollowUp(t.db, { id: randomId(), ...row, action: "Rencana aplikasi antrean", status: "rencana" });
    await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-07" }, AUG);
    // Done after the publication: the published page waits for the next one.
    await insertFollowUp(t.db, { id: randomId(), ...row, action: "Kursi tunggu baru", status: "selesai" });
    const { html } = await page(`/p/${u.unitCode}`);
    expect(html).toContain('Menambah loket sore <span class="hint">(Waktu penyelesaian; selesai; Tahun 2026)</span>');
    expect(html).toContain("Menurut catatan unit saat hasil dipublikasikan (terakhir 10 Agustus 2026)");
    expect(html).not.toContain("Rencana aplikasi antrean");
    expect(html).not.toContain("Kursi tunggu baru");
    expect(html).not.toContain("Budi");
  });

  it("answers hostile unit codes with 404, never a 5xx", async () => {
    for (const code of [
      "%00",
      "..%2F..%2Fetc",
      "%3Cscript%3E",
      "x".repeat(4000),
      "'%20OR%201=1--",
      "%F0%9F%98%80",
      "%E0%A4%A",
    ]) {
      for (const tail of ["", "/poster", "/badge.svg", "/data.json"]) {
        const { status } = await page(`/p/${code}${tail}`);
        expect(status, `${code}${tail}`).toBe(404);
      }
    }
  });
});

describe("per-service results on the public page", () => {
  it("lists each service with its respondents and indices, and marks a service below the minimum", async () => {
    const u = await seedUnit({ orgName: "Dinas Dua Layanan", n: 2 });
    const second = await createTouchpoint(
      t.db,
      CLI_ACTOR,
      { unitId: u.unitId, label: "Loket 2", service: "Pengaduan" },
      AUG,
    );
    const { app } = createTestApp(t.db, {}, () => Date.UTC(2026, 6, 12, 3) / 1000);
    const answers = fullAnswers(undefined, () => 2);
    expect((await postJson(app, { token: await visitToken(app, second.code), answers })).status).toBe(201);
    await publish(t.db, CLI_ACTOR, { unitId: u.unitId, period: "2026-07" }, AUG);

    const { html } = await page(`/p/${u.unitCode}`);
    const table = html.slice(html.indexOf("Hasil per jenis layanan"));
    // Two answers of 4 on Perizinan (minimum n is 2), one answer of 2 on Pengaduan: 100,00 (A) and 50,00*.
    expect(table).toMatch(/Perizinan<\/th><td class="num">2<\/td><td class="num">100,00 \(A\)<\/td>/);
    expect(table).toMatch(/Pengaduan<\/th><td class="num">1<\/td><td class="num">50,00\*<\/td>/);
    expect(table).toContain("di bawah jumlah minimum");
    expect(html).toContain("Angka setiap layanan ada pada tabel “Hasil per jenis layanan”");

    const data = (await (await createTestApp(t.db).app.request(`/p/${u.unitCode}/data.json`)).json()) as {
      snapshots: { serviceResults: { name: string; respondents: number }[] }[];
    };
    expect(data.snapshots[0]!.serviceResults.map((s) => [s.name, s.respondents])).toEqual([
      ["Pengaduan", 1],
      ["Perizinan", 2],
    ]);
  });
});

describe("the list of published units", () => {
  it("pages through a ministry's hundreds of units, a hundred at a time, and refuses a bad page number", async () => {
    const tp = await seedTouchpoint(t.db, { orgName: "Kementerian Banyak Satker" });
    const org = (await getOrganizationById(t.db, tp.orgId))!;
    const ids = Array.from({ length: 101 }, (_, i) => `satker-${String(i).padStart(3, "0")}-${randomId()}`);
    await t.db.insert(units).values(ids.map((id) => ({ id, orgId: tp.orgId, code: id.toLowerCase(), name: id })));
    await t.db.insert(publishedSnapshots).values(
      ids.map((id) => ({
        id,
        unitId: id,
        period: "2026",
        version: 1,
        publishedAt: AUG,
        publishedBy: "t",
        data: "{}",
      })),
    );
    const first = await page(`/p?org=${org.slug}`);
    expect(first.html.match(/<li>/g)).toHaveLength(100);
    expect(first.html).toContain(`href="/p?org=${org.slug}&amp;page=2"`);
    expect(first.html).not.toContain("Sebelumnya");
    const second = await page(`/p?org=${org.slug}&page=2`);
    expect(second.html.match(/<li>/g)).toHaveLength(1);
    expect(second.html).toContain(ids[100]);
    expect(second.html).toContain(`href="/p?org=${org.slug}&amp;page=1"`);
    expect(second.html).not.toContain("Berikutnya");
    for (const bad of ["0", "-1", "abc", "1e3", "9999999"]) {
      const res = await page(`/p?page=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.html).toContain("Nomor halaman tidak valid");
    }
  });
});
