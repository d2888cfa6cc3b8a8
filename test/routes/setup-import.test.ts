import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, units } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { gets, HOSTILE_IDS, hostileForms, posts, sendFamily, wrongBodyTypes } from "../helpers/hostile";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const HEADER = "code,name,parent_code,population,services";

async function org(role: "admin" | "manager" = "admin") {
  const root = await seedTouchpoint(t.db);
  const m = await seedChildUnit(t.db, root.orgId, root.unitId);
  const { app } = createTestApp(t.db);
  const cookie = await login(app, await seedUser(t.db, root.orgId, role, role === "admin" ? null : m.unitId));
  const csrf = await csrfOf(app, cookie);
  const codes = {
    root: (await t.db.select().from(units).where(eq(units.id, root.unitId)))[0]!.code,
    m: (await t.db.select().from(units).where(eq(units.id, m.unitId)))[0]!.code,
  };
  const send = (csv: string, step = "check") => postAs(app, cookie, "/admin/setup/import", { _csrf: csrf, csv, step });
  return { root, m, app, cookie, csrf, codes, send };
}

const orgUnits = async (orgId: string) =>
  t.db.all<{
    code: string;
    name: string;
    parent: string | null;
    population: number | null;
    services: string | null;
  }>(sql`
    select u.code, u.name, p.code as parent, u.population,
      (select group_concat(name, ';') from (select name from services s where s.unit_id = u.id order by name)) as services
    from units u left join units p on p.id = u.parent_id where u.org_id = ${orgId} order by u.code`);
const importAudits = async (orgId: string) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.orgId, orgId))).filter((a) => a.action === "unit.import");

describe("units.csv in the dashboard", () => {
  it("checks first (a preview, nothing written), then applies all rows in one go with one audit row", async () => {
    const o = await org();
    const uniq = o.root.orgId.toLowerCase().slice(0, 8);
    const csv = [
      HEADER,
      `kpp-a-${uniq},KPP A,kanwil-${uniq},"12.000",Pendaftaran;Konsultasi`,
      `kanwil-${uniq},Kanwil Uji,${o.codes.root},,`,
      `${o.codes.m},Sub-unit baru,${o.codes.root},,Konsultasi`,
    ].join("\r\n");
    const before = await orgUnits(o.root.orgId);
    const check = await o.send(csv);
    expect(check.status).toBe(200);
    const preview = await check.text();
    expect(preview).toContain("2 unit baru, 1 diperbarui, 0 tidak berubah.");
    expect(preview).toContain("12.000");
    expect(preview).toContain('value="apply"');
    expect(await orgUnits(o.root.orgId)).toEqual(before);

    const applied = await o.send(csv, "apply");
    expect(applied.status).toBe(303);
    expect(applied.headers.get("location")).toBe("/admin/setup?created=2&updated=1");
    expect((await getPage(o.app, o.cookie, "/admin/setup?created=2&updated=1")).html).toContain("Impor selesai");
    const after = await orgUnits(o.root.orgId);
    expect(after.find((u) => u.code === `kpp-a-${uniq}`)).toEqual({
      code: `kpp-a-${uniq}`,
      name: "KPP A",
      parent: `kanwil-${uniq}`,
      population: 12000,
      services: "Konsultasi;Pendaftaran",
    });
    expect(after.find((u) => u.code === o.codes.m)).toMatchObject({ name: "Sub-unit baru", services: "Konsultasi" });
    expect(await importAudits(o.root.orgId)).toHaveLength(1);
  });

  it("takes an uploaded file, and refuses a file with errors: per-line Indonesian messages, 422, nothing written", async () => {
    const o = await org();
    const form = new FormData();
    form.set("_csrf", o.csrf);
    const bad = [HEADER, "x1-aa,A,missing-parent,,", "y1-aa,B,,lots,", "z1-aa,C,z1-aa,,"].join("\n");
    form.set("file", new File([`\uFEFF${bad}`], "units.csv", { type: "text/csv" }));
    form.set("step", "apply");
    const before = await orgUnits(o.root.orgId);
    const res = await o.app.request("/admin/setup/import", {
      method: "POST",
      body: form,
      headers: { Cookie: o.cookie },
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("3 kesalahan: tidak ada yang disimpan.");
    expect(html).toContain("<td>2</td><td>Induk &quot;missing-parent&quot; tidak ada");
    expect(html).toContain("<td>3</td><td>Populasi &quot;lots&quot;");
    expect(html).toContain("<td>4</td><td>Unit tidak bisa menjadi induk dirinya sendiri.");
    expect(html).not.toContain('value="apply"');
    expect(html).toContain("missing-parent,,"); // the CSV stays in the text box
    expect(html).toContain('action="/logout"');
    expect(await orgUnits(o.root.orgId)).toEqual(before);
    expect(await importAudits(o.root.orgId)).toHaveLength(0);
  });

  it("imports 600 units in one request", async () => {
    const o = await org();
    const uniq = o.root.orgId.toLowerCase().slice(0, 6);
    const rows = [HEADER];
    for (let k = 0; k < 30; k++) {
      rows.push(`kw${k}-${uniq},Kanwil ${k},${o.codes.root},,`);
      for (let j = 0; j < 19; j++)
        rows.push(`kpp${k}-${j}-${uniq},KPP ${k}.${j},kw${k}-${uniq},1000,Pendaftaran;Konsultasi`);
    }
    const res = await o.send(rows.join("\n"), "apply");
    expect(res.headers.get("location")).toBe("/admin/setup?created=600&updated=0");
    expect(await orgUnits(o.root.orgId)).toHaveLength(602);
  });

  it("keeps a manager's import inside their subtree", async () => {
    const o = await org("manager");
    const before = await orgUnits(o.root.orgId);
    for (const row of [`top-x1,Top,,,`, `up-x1,Up,${o.codes.root},,`, `${o.codes.root},Root renamed,,,`]) {
      const res = await o.send(`${HEADER}\n${row}`, "apply");
      expect(res.status).toBe(422);
      expect(await res.text()).toMatch(/di luar unit Anda|di bawah unit Anda/);
    }
    expect(await orgUnits(o.root.orgId)).toEqual(before);
    const ok = await o.send(`${HEADER}\nin-${o.m.unitId.toLowerCase()},Dalam,${o.codes.m},,`, "apply");
    expect(ok.status).toBe(303);
  });

  it("answers hostile input with 4xx, no internals, and nothing changed", async () => {
    const o = await org("manager");
    const k = await seedChildUnit(t.db, o.root.orgId, o.m.unitId);
    const cookie = { Cookie: o.cookie };
    const base = { _csrf: o.csrf, step: "apply", csv: `${HEADER}\nhostile-1,H,,,` };
    const statuses = await sendFamily(o.app, t.db, [
      ...posts("/admin/setup/import", hostileForms(base, "csv"), cookie),
      ...posts("/admin/setup/import", wrongBodyTypes(base), cookie),
      ...posts(
        `/admin/setup/units/${k.unitId}`,
        hostileForms({ _csrf: o.csrf, name: "K", parentId: o.m.unitId, population: "" }, "parentId"),
        cookie,
      ),
      ...posts(
        "/admin/setup/units",
        hostileForms({ _csrf: o.csrf, name: "N", code: "hostile-n", parentId: o.root.unitId }, "population"),
        cookie,
      ),
      ...gets(
        HOSTILE_IDS.map((id) => `/admin/setup/units/${id}`),
        cookie,
      ),
      ...HOSTILE_IDS.map((id) => ({
        path: `/admin/setup/units/${o.m.unitId}/services/${id}`,
        init: { method: "POST", body: new URLSearchParams({ _csrf: o.csrf, name: "x" }), headers: cookie },
      })),
    ]);
    expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true);
    const huge = await o.app.request("/admin/setup/import", {
      method: "POST",
      body: new URLSearchParams({ _csrf: o.csrf, csv: "x".repeat(3.5 * 1024 * 1024) }),
      headers: cookie,
    });
    expect(huge.status).toBe(413);
    const big = await o.send(`${HEADER}\n${"a".repeat(1024 * 1024 + 10)}`);
    expect(big.status).toBe(422);
    expect(await big.text()).toContain("lebih dari 1 MB");
  });
});
