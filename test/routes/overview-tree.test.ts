import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { round2 } from "../../worker/scoring/ikm";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { gets, hostileQueries, sendFamily } from "../helpers/hostile";
import { getPage, login, seedUser } from "../helpers/session";
import { seedUnitTree } from "../helpers/unit-tree";

let t: Awaited<ReturnType<typeof createTestDb>>;
let tree: Awaited<ReturnType<typeof seedUnitTree>>;
let now = 0;
let app: ReturnType<typeof createTestApp>["app"];
let admin: string;

beforeAll(async () => {
  t = await createTestDb();
  ({ app } = createTestApp(t.db, {}, () => now));
  tree = await seedUnitTree(t.db, app, (v) => (now = v));
  admin = await login(app, await seedUser(t.db, tree.orgId, "admin"));
});
afterAll(() => t.close());

/** The unit rows of the tree table: id, depth (from the class and the data attribute) and name, in page order. */
function treeRows(html: string) {
  return [
    ...html.matchAll(
      /<th scope="row" class="unit lvl-(\d)" data-depth="(\d+)"><a href="\/admin\/units\/([^?]+)\?[^"]*">([^<]+)<\/a>/g,
    ),
  ].map((m) => ({ lvl: Number(m[1]), depth: Number(m[2]), id: m[3]!, name: m[4]! }));
}

/** RFC 4180 fields, enough for our exports (quotes doubled inside quoted fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)) {
    const cells: string[] = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) {
        cells.push(cur);
        cur = "";
      } else cur += ch;
    }
    rows.push([...cells, cur]);
  }
  return rows;
}

async function csv(path: string, cookie = admin) {
  const res = await app.request(path, { headers: { Cookie: cookie } });
  expect(res.status, path).toBe(200);
  const rows = parseCsv(await res.text());
  const [header, ...body] = rows;
  return { res, header: header!, rows: body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}

/** IKM (converted) and IPKP index4 recounted from the raw answers, as domain.md defines them. */
function recount(unitIds: string[]) {
  const answers = tree.answered.filter((a) => unitIds.includes(a.unitId)).map((a) => a.answers);
  const mean = (key: string) => answers.reduce((s, a) => s + a[key]!, 0) / answers.length;
  const ikm = ([1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((s, i) => s + mean(`U${i}`), 0) / 9) * 25;
  const ipkp = ([1, 2, 3, 4, 5, 6, 7, 8].reduce((s, i) => s + mean(`P${i}`), 0) / 8) * (4 / 6);
  return { n: answers.length, ikm: round2(ikm), ipkp: round2(ipkp) };
}

describe("the overview as a unit tree", () => {
  it("lists every unit under its parent, indented by depth, siblings by code", async () => {
    const { html } = await getPage(app, admin, "/admin?period=2026");
    const rows = treeRows(html);
    expect(rows.map((r) => r.name)).toEqual(["UPT Uji", "Kanwil A", "KPP A1", "KPP A2", "Kanwil B", "KPP B1"]);
    expect(rows.map((r) => r.depth)).toEqual([0, 1, 2, 2, 1, 2]);
    expect(rows.map((r) => r.lvl)).toEqual([0, 1, 2, 2, 1, 2]);
    expect(html).toContain("UPT Uji › Kanwil A");
  });

  it("gives each parent its subtree's indices, recomputed from the answers, equal in the page and the CSV", async () => {
    const { rows } = await csv("/admin/overview.csv?period=2026");
    const byName = new Map(rows.map((r) => [r.Unit, r]));
    const all = [tree.root, tree.kanwilA, tree.a1, tree.a2, tree.kanwilB, tree.b1].map((u) => u.unitId);
    const b = recount([tree.kanwilB.unitId, tree.b1.unitId]);
    const root = recount(all);
    expect(byName.get("Kanwil B")).toMatchObject({
      "Responden gabungan": String(b.n),
      "IKM gabungan": String(b.ikm),
      "IPKP gabungan": String(b.ipkp),
    });
    expect(byName.get("UPT Uji")).toMatchObject({
      "Responden gabungan": String(root.n),
      "IKM gabungan": String(root.ikm),
    });
    expect(byName.get("KPP B1")!["IKM (konversi)"]).toBe(String(recount([tree.b1.unitId]).ikm));
    // A unit with none below has no combined figures; its own are the same as the recount.
    expect(byName.get("KPP B1")!["IKM gabungan"]).toBe("");
    const { html } = await getPage(app, admin, "/admin?period=2026");
    const comma = (v: number) => v.toFixed(2).replace(".", ",");
    expect(html).toContain(`<strong>${comma(root.ikm)}</strong>`);
    expect(html).toContain(`<strong>${comma(b.ikm)}</strong>`);
    expect(html).not.toMatch(/<strong>\d+\.\d\d<\/strong>/);
    // The weakest unsur by its name, not its key alone.
    expect(html).toMatch(
      /<td data-label="Unsur terlemah">(Persyaratan|Sistem, mekanisme|Waktu|Biaya|Produk|Kompetensi|Perilaku|Sarana|Penanganan)/,
    );
  });

  it("writes numbers the English way on the English page", async () => {
    const { html } = await getPage(app, admin, "/admin?period=2026&lang=en");
    expect(html).toContain("<strong>100.00</strong>");
    expect(html).toContain("No survey this quarter");
  });
});

describe("flags", () => {
  it("says in words which units had no answer this quarter or fall short of their sample, with a legend", async () => {
    const { html } = await getPage(app, admin, "/admin?period=2026");
    const flagsOf = (name: string) => {
      const row = html.split("<tr").find((r) => r.includes(`>${name}</a>`))!;
      return [...row.matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1]);
    };
    expect(flagsOf("UPT Uji")).toEqual(["Belum ada survei triwulan ini", "Sampel di bawah minimum"]);
    expect(flagsOf("KPP B1")).toEqual(["Belum ada survei triwulan ini", "Sampel di bawah minimum"]);
    expect(flagsOf("KPP A1")).toEqual(["Sampel di bawah minimum"]);
    expect(flagsOf("KPP A2")).toEqual([]);
    expect(flagsOf("Kanwil B")).toEqual([]);
    // Kanwil A has no touchpoint of its own: it is an aggregate, not a unit that failed to survey.
    expect(flagsOf("Kanwil A")).toEqual([]);
    expect(html).toContain("tidak mengumpulkan jawaban sendiri");
    expect(html).toContain("2 unit di bawahnya bertanda");
    expect(html).toContain("Triwulan IV 2026");
    expect(html).toContain("Cara membaca");
    expect(html).not.toMatch(/[✓✗]/);
  });

  it("filters to the flagged units only", async () => {
    const names = async (flag: string) =>
      treeRows((await getPage(app, admin, `/admin?period=2026&flag=${flag}`)).html).map((r) => r.name);
    expect(await names("no-survey")).toEqual(["UPT Uji", "KPP B1"]);
    expect(await names("below-sample")).toEqual(["UPT Uji", "KPP A1", "KPP B1"]);
    expect(await names("any")).toEqual(["UPT Uji", "KPP A1", "KPP B1"]);
    const { html } = await getPage(app, admin, "/admin?period=2026-Q4&flag=no-survey");
    // In Q4 KPP B1 (answers in August only) is still flagged; the filter keeps the period in its form.
    expect(treeRows(html).map((r) => r.name)).toEqual(["UPT Uji", "KPP B1"]);
    expect(html).toContain('<input type="hidden" name="period" value="2026-Q4"');
  });
});

describe("ranking", () => {
  it("ranks by IKM with n and the 95% interval, ties sharing a rank, too few answers listed apart", async () => {
    const { html } = await getPage(app, admin, "/admin?period=2026&view=ranking");
    const ranked = [
      ...html.matchAll(
        /<td class="rank" data-label="Peringkat">(\d+)(<abbr[^>]*>=<\/abbr>)?<\/td><th scope="row" class="unit"><a[^>]*>([^<]+)</g,
      ),
    ].map((m) => `${m[1]}${m[2] ? "=" : ""} ${m[3]}`);
    expect(ranked).toEqual(["1= KPP A1", "1= KPP A2", "3 KPP B1"]);
    const unranked = html.slice(html.indexOf("Belum diperingkat"));
    expect(unranked).toContain(">Kanwil B</a>: n 1");
    expect(unranked).toContain(">UPT Uji</a>: n 0");
    expect(unranked).not.toContain("Kanwil A");
    expect(html).toMatch(/n 4 · \d+,\d\d–\d+,\d\d/);
  });

  it("ranks by IPKP and IPAK too, and exports the ranking with its tie marks and reasons", async () => {
    for (const by of ["ipkp", "ipak"]) {
      const { rows, header } = await csv(`/admin/overview.csv?period=2026&view=ranking&by=${by}`);
      expect(header).toEqual(
        expect.arrayContaining(["Peringkat", "Seri", "n", "Batas bawah 95%", "WBK", "WBBM", "Keterangan"]),
      );
      expect(rows.map((r) => [r.Peringkat, r.Seri, r.Unit])).toEqual([
        ["1", "ya", "KPP A1"],
        ["1", "ya", "KPP A2"],
        ["3", "", "KPP B1"],
        ["", "", "Kanwil B"],
        ["", "", "UPT Uji"],
      ]);
      expect(rows[3]!.Keterangan).toBe("data belum cukup: 1 responden, minimal 3; tidak diperingkat");
    }
  });
});

describe("export", () => {
  it("downloads the tree as CSV with Indonesian headers and the page's numbers, and logs who did", async () => {
    const before = await t.db.select().from(auditLog).where(eq(auditLog.action, "export.overview"));
    const { res, header, rows } = await csv("/admin/overview.csv?period=2026");
    expect(res.headers.get("content-disposition")).toContain('filename="ringkasan-tree-2026.csv"');
    expect(header.slice(0, 8)).toEqual([
      "Tingkat",
      "Kode unit",
      "Unit",
      "Unit induk",
      "Responden",
      "Sampel minimal",
      "IKM (konversi)",
      "Mutu",
    ]);
    expect(header).toContain("Belum ada survei triwulan ini");
    expect(rows.map((r) => [r.Tingkat, r.Unit, r["Unit induk"]])).toEqual([
      ["1", "UPT Uji", ""],
      ["2", "Kanwil A", "UPT Uji"],
      ["3", "KPP A1", "Kanwil A"],
      ["3", "KPP A2", "Kanwil A"],
      ["2", "Kanwil B", "UPT Uji"],
      ["3", "KPP B1", "Kanwil B"],
    ]);
    expect(rows[0]).toMatchObject({
      "Sampel minimal": "278",
      "Belum ada survei triwulan ini": "ya",
      "Sampel di bawah minimum": "ya",
    });
    expect(rows[2]).toMatchObject({
      "IKM (konversi)": "100",
      Mutu: "A",
      "n IKM": "3",
      "Sampel di bawah minimum": "ya",
    });
    expect(rows[4]).toMatchObject({
      "IKM (konversi)": expect.stringMatching(/^\d+(\.\d{1,2})?$/),
      Mutu: "data belum cukup",
    });
    const after = await t.db.select().from(auditLog).where(eq(auditLog.action, "export.overview"));
    expect(after.length).toBe(before.length + 1);
    expect(after.map((a) => a.detail)).toContain("csv tree 2026");
    const xlsx = await app.request("/admin/overview.xlsx?period=2026&view=ranking", { headers: { Cookie: admin } });
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});

describe("scope", () => {
  it("shows a manager (and a viewer) only their unit and what lies below it, on the page and in the CSV", async () => {
    for (const role of ["manager", "viewer"] as const) {
      const cookie = await login(app, await seedUser(t.db, tree.orgId, role, tree.kanwilA.unitId));
      const rows = treeRows((await getPage(app, cookie, "/admin?period=2026")).html);
      expect(rows.map((r) => [r.name, r.depth])).toEqual([
        ["Kanwil A", 0],
        ["KPP A1", 1],
        ["KPP A2", 1],
      ]);
      expect((await csv("/admin/overview.csv?period=2026&view=ranking", cookie)).rows.map((r) => r.Unit)).toEqual([
        "KPP A1",
        "KPP A2",
      ]);
    }
  });
});

describe("hostile query strings", () => {
  it("refuse an unknown view, index or flag with a 400 that says which values exist, and export nothing", async () => {
    const before = (await t.db.select().from(auditLog)).length;
    for (const [q, field] of [
      ["view=bogus", "view"],
      ["by=ikm%27--", "by"],
      ["flag=%3Cscript%3E", "flag"],
      ["view=1&view=2", "view"],
    ] as const) {
      for (const path of ["/admin", "/admin/overview.csv", "/admin/overview.xlsx"]) {
        const res = await app.request(`${path}?period=2026&${q}`, { headers: { Cookie: admin } });
        expect(res.status, `${path}?${q}`).toBe(400);
        const text = await res.text();
        expect(text).toContain(`Nilai &quot;${field}&quot; tidak dikenal`);
        expect(text).not.toContain("<script>");
      }
    }
    const en = await app.request("/admin?view=bogus&lang=en", { headers: { Cookie: admin } });
    expect(await en.text()).toContain("Unknown value for &quot;view&quot;. Choose one of: tree, ranking.");
    expect((await t.db.select().from(auditLog)).length).toBe(before);
  });

  it("answer every hostile value of view, by and flag (and the period beside them) without a 5xx or a trace", async () => {
    const paths = ["/admin", "/admin/overview.csv", "/admin/overview.xlsx"].flatMap((path) =>
      ["view", "by", "flag"].flatMap((p) => hostileQueries(p, "period=2026").map((q) => `${path}?${q}`)),
    );
    const statuses = await sendFamily(app, t.db, gets(paths, { Cookie: admin }), { mayChange: ["audit"] });
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThan(paths.length / 2);
  });
});
