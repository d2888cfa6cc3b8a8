import { unzipSync, strFromU8 } from "fflate";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, responses } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let manager: string;
let viewer: string;
const NOW = Date.UTC(2026, 7, 10, 3) / 1000;

beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
  manager = await seedUser(t.db, tp.orgId, "manager", tp.unitId);
  viewer = await seedUser(t.db, tp.orgId, "viewer", tp.unitId);
  const { app } = createTestApp(t.db, {}, () => NOW);
  for (const [i, comment] of ["Bagus sekali", '=HYPERLINK("http://x")', null].entries()) {
    const res = await postJson(app, {
      token: await visitToken(app, tp.code),
      answers: fullAnswers(undefined, (max) => max - i),
      comment,
      profile: { gender: "P" },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

describe("touchpoints and QR", () => {
  it("lets a manager create, rename and close a touchpoint, and a viewer only look", async () => {
    const { app } = createTestApp(t.db, { PUBLIC_URL: "https://survei.example.go.id" });
    const base = `/admin/units/${tp.unitId}/touchpoints`;
    const cookie = await login(app, manager);
    const csrf = await csrfOf(app, cookie);
    expect((await postAs(app, cookie, base, { _csrf: csrf, label: "Loket Prioritas", service: "KTP-el" })).status).toBe(
      303,
    );
    const page = (await getPage(app, cookie, base)).html;
    expect(page).toContain("Loket Prioritas");
    const code = page
      .match(/https:\/\/survei\.example\.go\.id\/s\/([a-z2-9]{8})/g)!
      .map((u) => u.slice(-8))
      .find((c) => c !== tp.code)!;
    expect((await postAs(app, cookie, `${base}/${code}`, { _csrf: csrf, label: "Loket Lansia" })).status).toBe(303);
    expect((await app.request(`/s/${code}`)).status).toBe(410);
    expect((await getPage(app, cookie, base)).html).toContain("Loket Lansia");

    const viewerCookie = await login(app, viewer);
    expect((await postAs(app, viewerCookie, base, { _csrf: await csrfOf(app, viewerCookie), label: "X" })).status).toBe(
      403,
    );
    expect((await getPage(app, viewerCookie, base)).html).not.toContain("Titik layanan baru");
  });

  it("serves the QR as SVG and PNG and a printable A4 poster", async () => {
    const { app } = createTestApp(t.db, { PUBLIC_URL: "https://survei.example.go.id" });
    const cookie = await login(app, viewer);
    const base = `/admin/units/${tp.unitId}/touchpoints/${tp.code}`;
    const svg = await app.request(`${base}/qr.svg`, { headers: { Cookie: cookie } });
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(await svg.text()).toMatch(/^<svg[^]*<path[^]*<\/svg>$/);
    const png = await app.request(`${base}/qr.png`, { headers: { Cookie: cookie } });
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await png.arrayBuffer()).subarray(1, 4)).toEqual(new TextEncoder().encode("PNG"));
    const poster = (await getPage(app, cookie, `${base}/poster`)).html;
    expect(poster).toContain("Nilai layanan kami");
    expect(poster).toContain(`https://survei.example.go.id/s/${tp.code}`);
    expect(poster).toContain("UPT Uji");
    expect(poster).toMatch(/<svg[^>]*viewBox/);
    expect(
      (await app.request(`/admin/units/${tp.unitId}/touchpoints/zzzzzzzz/qr.svg`, { headers: { Cookie: cookie } }))
        .status,
    ).toBe(404);
  });
});

describe("exports", () => {
  it("streams one CSV row per response with item columns, comments only for those who may read them", async () => {
    const { app } = createTestApp(t.db, {}, () => NOW);
    const path = `/admin/units/${tp.unitId}/export.csv?period=2026`;
    const res = await app.request(path, { headers: { Cookie: await login(app, manager) } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="skm-unit-.*-2026\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A UTF-8 byte order mark, so spreadsheet programs read Indonesian text right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("no,tanggal,layanan,bahasa,U1,")).toBe(true);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain(",saran");
    expect(text).toContain("Bagus sekali");
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const ids = (await t.db.select({ id: responses.id }).from(responses)).map((r) => r.id);
    for (const id of ids) expect(text).not.toContain(id);

    const asViewer = await (await app.request(path, { headers: { Cookie: await login(app, viewer) } })).text();
    expect(asViewer).not.toContain("saran");
    expect(asViewer).not.toContain("Bagus sekali");
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "export.csv"));
    expect(audit.map((a) => a.actor).sort()).toEqual([manager, viewer].sort());
  });

  it("builds an XLSX with the responses, an indices sheet and a data dictionary", async () => {
    const { app } = createTestApp(t.db, {}, () => NOW);
    const res = await app.request(`/admin/units/${tp.unitId}/export.xlsx?period=2026-Q3`, {
      headers: { Cookie: await login(app, manager) },
    });
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const workbook = strFromU8(files["xl/workbook.xml"]!);
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "Jawaban",
      "Indeks",
      "Kamus data",
    ]);
    const answers = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(answers.match(/<row /g)).toHaveLength(4);
    const indices = strFromU8(files["xl/worksheets/sheet2.xml"]!);
    expect(indices).toContain("IKM (konversi)");
    expect(indices).toContain("NRR U1");
    expect(strFromU8(files["xl/worksheets/sheet3.xml"]!)).toContain("Pertanyaan kendali");
  });
});
