import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, followUps } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { flagStates, submitAll } from "../helpers/flags";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

const t = await createTestDb();
afterAll(() => t.close());
const { app } = createTestApp(t.db);

/** A unit with three warning signs and a clean response, and an admin, a manager and a viewer of it. */
async function seed() {
  const tp = await seedTouchpoint(t.db);
  const ids = await submitAll(t.db, tp.code, [
    { low: ["U7", "U3"] },
    { steered: true },
    { comment: "Ada CALO di depan loket, minta amplop" },
    { comment: "Pelayanan cepat, terima kasih" },
  ]);
  const as = async (role: "admin" | "manager" | "viewer") => {
    const cookie = await login(app, await seedUser(t.db, tp.orgId, role, role === "admin" ? null : tp.unitId));
    return { cookie, csrf: await csrfOf(app, cookie) };
  };
  const [admin, manager, viewer] = [await as("admin"), await as("manager"), await as("viewer")];
  return { ...tp, ids, admin, manager, viewer, inbox: `/admin/units/${tp.unitId}/perhatian` };
}

const auditOf = async (action: string, unitId: string) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.action, action))).filter((r) =>
    r.target?.startsWith(`${unitId}/`),
  );

describe("Perlu perhatian inbox", () => {
  it("lists the warning signs newest first with their reasons in words, and not the clean response", async () => {
    const s = await seed();
    const { res, html } = await getPage(app, s.manager.cookie, s.inbox);
    expect(res.status).toBe(200);
    expect(html).toContain("3 tanda");
    expect(html).toContain("Ada jawaban 1 pada unsur Waktu penyelesaian, Perilaku pelaksana");
    expect(html).toContain("Responden diarahkan petugas untuk memberi jawaban baik");
    expect(html).toContain("Komentar menyebut: calo, amplop");
    expect(html).toContain("Ada CALO di depan loket, minta amplop");
    expect(html).not.toContain("Pelayanan cepat");
    // Newest first: the comment (day 3) before steering (day 2) before the low answers (day 1).
    const order = [s.ids[2], s.ids[1], s.ids[0]].map((id) => html.indexOf(`value="${id}"`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(html).toContain("3 Mar 2026 10.00 WIB");
    expect(html).toContain("Layanan: Perizinan");
    expect(await flagStates(t.db, [s.ids[3]!])).toEqual({});
    const en = (await getPage(app, s.manager.cookie, `${s.inbox}?lang=en`)).html;
    expect(en).toContain("An answer of 1 on Completion time, Staff behaviour");
    expect(en).toContain("Feedback mentions: calo, amplop");
    expect(en).toContain("3 Mar 2026 10:00 WIB");
  });

  it("shows the count of new flags on the unit page and in the overview, linking to the inbox", async () => {
    const s = await seed();
    const { html } = await getPage(app, s.viewer.cookie, `/admin/units/${s.unitId}?period=2026`);
    expect(html).toContain(`href="${s.inbox}?status=baru">Perlu perhatian: 3 baru</a>`);
    const overview = (await getPage(app, s.admin.cookie, "/admin?period=2026")).html;
    expect(overview).toContain(`href="${s.inbox}?status=baru">Perlu perhatian: 3 baru</a>`);
  });

  it("shows a viewer the reasons but no written text and no triage", async () => {
    const s = await seed();
    const { html } = await getPage(app, s.viewer.cookie, s.inbox);
    expect(html).toContain("Komentar menyebut: calo, amplop");
    expect(html).not.toContain("Ada CALO");
    expect(html).not.toContain('name="ids[]"');
    expect(html).not.toContain(`${s.inbox}/status`);
    const res = await postAs(app, s.viewer.cookie, `${s.inbox}/status`, {
      _csrf: s.viewer.csrf,
      "ids[]": s.ids[0]!,
      status: "dilihat",
    });
    expect(res.status).toBe(403);
    expect((await flagStates(t.db, [s.ids[0]!]))[s.ids[0]!]!.status).toBe("baru");
  });

  it("triages one flag and a ticked page of them, an audit row each, back to the same list", async () => {
    const s = await seed();
    const one = await postAs(app, s.manager.cookie, `${s.inbox}/${s.ids[0]}/status`, {
      _csrf: s.manager.csrf,
      status: "dilihat",
      back: "status=baru&evil=https://x.example",
    });
    expect(one.status).toBe(303);
    expect(one.headers.get("location")).toBe(`${s.inbox}?status=baru`);
    const body = new URLSearchParams([
      ["_csrf", s.manager.csrf],
      ["ids[]", s.ids[1]!],
      ["ids[]", s.ids[2]!],
      ["status", "ditangani"],
    ]);
    const bulk = await app.request(`${s.inbox}/status`, {
      method: "POST",
      body,
      headers: { Cookie: s.manager.cookie },
    });
    expect(bulk.status).toBe(303);
    const states = await flagStates(t.db, s.ids.slice(0, 3));
    expect([0, 1, 2].map((i) => states[s.ids[i]!]!.status)).toEqual(["dilihat", "ditangani", "ditangani"]);
    const rows = await auditOf("flag.status", s.unitId);
    expect(rows.map((r) => `${r.target}:${r.detail}`).sort()).toEqual(
      [`${s.ids[0]}:dilihat`, `${s.ids[1]}:ditangani`, `${s.ids[2]}:ditangani`].map((x) => `${s.unitId}/${x}`).sort(),
    );
    const filtered = (await getPage(app, s.manager.cookie, `${s.inbox}?status=ditangani`)).html;
    expect(filtered).toContain("2 tanda");
    expect(filtered).not.toContain(`value="${s.ids[0]}"`);
    const seen = await getPage(app, s.viewer.cookie, `/admin/units/${s.unitId}?period=2026`);
    expect(seen.html).toContain("Perlu perhatian: 0 baru");
  });

  it("links a flag to a follow-up of the unit, and creates one from a flag in the same batch", async () => {
    const s = await seed();
    const plan = await postAs(app, s.manager.cookie, `/admin/units/${s.unitId}/follow-ups`, {
      _csrf: s.manager.csrf,
      period: "2026",
      item: "U7",
      problem: "Petugas kurang ramah",
      action: "Pelatihan layanan prima",
      owner: "Kepala UPT",
      quarter: "2",
      status: "rencana",
    });
    expect(plan.status).toBe(303);
    const [planRow] = await t.db.select().from(followUps).where(eq(followUps.unitId, s.unitId));
    const link = await postAs(app, s.manager.cookie, `${s.inbox}/${s.ids[0]}/link`, {
      _csrf: s.manager.csrf,
      followUpId: planRow!.id,
    });
    expect(link.status).toBe(303);
    expect((await flagStates(t.db, [s.ids[0]!]))[s.ids[0]!]!.followUpId).toBe(planRow!.id);
    expect((await getPage(app, s.manager.cookie, s.inbox)).html).toContain(
      "Ditautkan ke: 2026 · U7 · Pelatihan layanan prima",
    );

    const created = await postAs(app, s.manager.cookie, `${s.inbox}/${s.ids[2]}/follow-up`, {
      _csrf: s.manager.csrf,
      period: "2026",
      item: "A5",
      problem: "Perlu perhatian: calo",
      action: "Tertibkan area loket",
      owner: "Kasubag Umum",
      quarter: "1",
      status: "rencana",
    });
    expect(created.status).toBe(303);
    const rows = await t.db.select().from(followUps).where(eq(followUps.unitId, s.unitId));
    const made = rows.find((r) => r.action === "Tertibkan area loket")!;
    expect(made).toMatchObject({ item: "A5", owner: "Kasubag Umum", quarter: 1 });
    expect((await flagStates(t.db, [s.ids[2]!]))[s.ids[2]!]!.followUpId).toBe(made.id);
    expect((await auditOf("flag.link", s.unitId)).map((r) => r.detail).sort()).toEqual([planRow!.id, made.id].sort());
    expect(await auditOf("follow_up.create", s.unitId)).toHaveLength(2);
  });

  it("keeps what was typed when a follow-up from a flag is refused, and writes nothing", async () => {
    const s = await seed();
    const res = await postAs(app, s.manager.cookie, `${s.inbox}/${s.ids[1]}/follow-up`, {
      _csrf: s.manager.csrf,
      period: "2026",
      item: "U7",
      problem: "Diarahkan",
      action: "Sosialisasi ke petugas loket",
      owner: "",
      quarter: "",
      status: "rencana",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('value="Sosialisasi ke petugas loket"');
    expect(html).toContain('href="/admin"');
    expect(await t.db.select().from(followUps).where(eq(followUps.unitId, s.unitId))).toEqual([]);
    expect((await flagStates(t.db, [s.ids[1]!]))[s.ids[1]!]!.followUpId).toBeNull();
    expect(await auditOf("flag.link", s.unitId)).toEqual([]);
  });

  it("refuses a flag of another unit with a 404 and changes nothing", async () => {
    const s = await seed();
    const other = await seedTouchpoint(t.db);
    const [foreign] = await submitAll(t.db, other.code, [{ steered: true }]);
    const child = await seedChildUnit(t.db, s.orgId, s.unitId);
    const [below] = await submitAll(t.db, child.code, [{ steered: true }]);
    for (const id of [foreign!, below!]) {
      const single = await postAs(app, s.admin.cookie, `${s.inbox}/${id}/status`, {
        _csrf: s.admin.csrf,
        status: "selesai",
      });
      expect(single.status).toBe(404);
      const body = new URLSearchParams([
        ["_csrf", s.admin.csrf],
        ["ids[]", s.ids[0]!],
        ["ids[]", id],
        ["status", "selesai"],
      ]);
      const mixed = await app.request(`${s.inbox}/status`, {
        method: "POST",
        body,
        headers: { Cookie: s.admin.cookie },
      });
      expect(mixed.status).toBe(404);
      const link = await postAs(app, s.admin.cookie, `${s.inbox}/${id}/link`, { _csrf: s.admin.csrf, followUpId: "" });
      expect(link.status).toBe(404);
    }
    // A manager of the unit cannot reach the other organization's unit at all.
    const outside = await postAs(app, s.manager.cookie, `/admin/units/${other.unitId}/perhatian/${foreign}/status`, {
      _csrf: s.manager.csrf,
      status: "selesai",
    });
    expect(outside.status).toBe(404);
    const states = await flagStates(t.db, [s.ids[0]!, foreign!, below!]);
    expect(Object.values(states).map((f) => f.status)).toEqual(["baru", "baru", "baru"]);
    expect(await auditOf("flag.status", s.unitId)).toEqual([]);
  });

  it("adds the flags of the units below when asked, to read; they are triaged in their own unit", async () => {
    const s = await seed();
    const child = await seedChildUnit(t.db, s.orgId, s.unitId);
    const [below] = await submitAll(t.db, child.code, [{ low: ["U1"] }], "2026-04-01");
    const own = (await getPage(app, s.manager.cookie, s.inbox)).html;
    expect(own).not.toContain("unsur Persyaratan");
    const all = (await getPage(app, s.manager.cookie, `${s.inbox}?scope=subtree`)).html;
    expect(all).toContain("4 tanda");
    expect(all).toContain("Ada jawaban 1 pada unsur Persyaratan");
    expect(all).toContain("Unit: Sub-unit");
    expect(all).not.toContain(`name="ids[]" value="${below}"`);
    const childInbox = (await getPage(app, s.manager.cookie, `/admin/units/${child.unitId}/perhatian`)).html;
    expect(childInbox).toContain(`value="${below}"`);
  });

  it("pages the list, twenty at a time", async () => {
    const tp = await seedTouchpoint(t.db);
    await submitAll(
      t.db,
      tp.code,
      Array.from({ length: 23 }, () => ({ steered: true })),
    );
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "manager", tp.unitId));
    const inbox = `/admin/units/${tp.unitId}/perhatian`;
    const first = (await getPage(app, cookie, inbox)).html;
    expect(first.match(/name="ids\[\]"/g)).toHaveLength(20);
    expect(first).toContain("Halaman 1 dari 2");
    expect(first).toContain(`href="${inbox}?page=2"`);
    const last = (await getPage(app, cookie, `${inbox}?page=99`)).html;
    expect(last.match(/name="ids\[\]"/g)).toHaveLength(3);
  });
});
