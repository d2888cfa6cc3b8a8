import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { randomCode, randomId } from "../../worker/crypto";
import { qrTargetProblem } from "../../worker/qr/public-url";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { getPage, login, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const PUBLIC = { PUBLIC_URL: "https://survei.example.go.id" };

/** A unit with "Loket 1" (from the factory) plus the given touchpoints of the same service, and a viewer. */
async function seedDesks(extra: { label: string; active: boolean }[]) {
  const tp = await seedTouchpoint(t.db);
  const codes = [tp.code];
  for (const e of extra) {
    const code = randomCode();
    await insertTouchpoint(t.db, { id: randomId(), unitId: tp.unitId, serviceId: tp.serviceId, code, ...e });
    codes.push(code);
  }
  return { ...tp, codes, viewer: await seedUser(t.db, tp.orgId, "viewer", tp.unitId) };
}

const svgCount = (html: string) => (html.match(/<svg /g) ?? []).length;

describe("posters and table cards", () => {
  it("names the loket on the poster, so two desks of one service get different posters", async () => {
    const u = await seedDesks([{ label: "Loket Prioritas <Lansia>", active: true }]);
    const { app } = createTestApp(t.db, PUBLIC);
    const cookie = await login(app, u.viewer);
    const [one, two] = await Promise.all(
      u.codes.map(
        async (code) => (await getPage(app, cookie, `/admin/units/${u.unitId}/touchpoints/${code}/poster`)).html,
      ),
    );
    expect(one).toContain(">Loket 1<");
    expect(two).toContain(">Loket Prioritas &lt;Lansia><");
    for (const [i, page] of [one!, two!].entries()) {
      const code = u.codes[i]!;
      expect(page).toContain("Perizinan");
      expect(page).toContain('<h1 class="a4-unit">UPT Uji</h1>');
      expect(page).toContain("Pindai kode QR");
      expect(page).toContain("Tanpa nama, tanpa data pribadi");
      expect(page).toContain(`https://survei.example.go.id/s/${code}`);
      expect(svgCount(page)).toBe(1);
      expect(page).not.toContain('role="alert"');
    }
  });

  it("puts one QR card per open touchpoint on the sheet, and is linked from the touchpoints page", async () => {
    const extra = [2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ label: `Loket ${i}`, active: true }));
    const u = await seedDesks([...extra, { label: "Loket Tutup", active: false }]);
    const { app } = createTestApp(t.db, PUBLIC);
    const cookie = await login(app, u.viewer);
    const base = `/admin/units/${u.unitId}/touchpoints`;
    const sheet = (await getPage(app, cookie, `${base}/cards`)).html;
    expect(svgCount(sheet)).toBe(9);
    expect((sheet.match(/class="a4-sheet"/g) ?? []).length).toBe(2);
    expect(sheet).toContain("Loket 9");
    expect(sheet).not.toContain("Loket Tutup");
    for (const code of u.codes.slice(0, 9)) expect(sheet).toContain(`https://survei.example.go.id/s/${code}`);
    expect((await getPage(app, cookie, base)).html).toContain(`href="${base}/cards"`);
  });

  it("keeps another unit's touchpoints and sheets out of reach (404, no hint)", async () => {
    const mine = await seedDesks([]);
    const other = await seedDesks([]);
    const { app } = createTestApp(t.db, PUBLIC);
    const cookie = await login(app, mine.viewer);
    for (const path of [
      `/admin/units/${mine.unitId}/touchpoints/${other.code}/poster`,
      `/admin/units/${other.unitId}/touchpoints/cards`,
      `/admin/units/${mine.unitId}/touchpoints/%3Cscript%3E/poster`,
      `/admin/units/${mine.unitId}/touchpoints/${"x".repeat(5000)}/poster`,
    ])
      expect((await app.request(path, { headers: { Cookie: cookie } })).status, path).toBe(404);
  });
});

describe("the PUBLIC_URL warning", () => {
  it("tells the operator, on the touchpoints page, poster and cards, when the QR would reach only this machine", async () => {
    const u = await seedDesks([]);
    const base = `/admin/units/${u.unitId}/touchpoints`;
    const pages = [base, `${base}/${u.code}/poster`, `${base}/cards`];
    for (const [env, url, expected] of [
      [{}, "http://localhost", /alert[^]*http:\/\/localhost[^]*hanya bisa dibuka di komputer server/],
      [{ PUBLIC_URL: "http://127.0.0.1:8787" }, "http://localhost", /alert[^]*http:\/\/127\.0\.0\.1:8787/],
      [{}, "https://survei.contoh.go.id", /alert[^]*PUBLIC_URL belum diatur[^]*https:\/\/survei\.contoh\.go\.id/],
      [PUBLIC, "http://localhost", null],
    ] as const) {
      const { app } = createTestApp(t.db, env);
      const cookie = await login(app, u.viewer);
      for (const path of pages) {
        const html = await (await app.request(`${url}${path}`, { headers: { Cookie: cookie } })).text();
        if (expected) expect(html, `${path} ${JSON.stringify(env)}`).toMatch(expected);
        else expect(html, path).not.toContain('role="alert"');
      }
    }
    const { app } = createTestApp(t.db, {});
    const cookie = await login(app, u.viewer);
    const english = await (await app.request(`${base}?lang=en`, { headers: { Cookie: cookie } })).text();
    expect(english).toContain("only the server's own computer can open");
  });

  it("counts every loopback spelling as this machine, and a missing PUBLIC_URL as worth a word", () => {
    for (const base of [
      "http://localhost:8787",
      "http://LOCALHOST",
      "http://app.localhost",
      "http://127.0.0.1:8787",
      "http://127.1.2.3",
      "http://0.0.0.0:8787",
      "http://[::1]:8787",
      "http://[::]:8787",
      "not a url",
    ])
      expect(qrTargetProblem(base, base), base).toBe("loopback");
    expect(qrTargetProblem(undefined, "https://survei.contoh.go.id")).toBe("unset");
    expect(qrTargetProblem("https://survei.contoh.go.id", "https://survei.contoh.go.id")).toBeNull();
    expect(qrTargetProblem("http://10.0.0.5:8787", "http://10.0.0.5:8787")).toBeNull();
  });
});
