import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnitWithOrg } from "../../db/queries/units";
import { ziYear } from "../../worker/zi/year";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { storedState } from "../helpers/hostile";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** A manager of a fresh unit (WIB), signed in on an app whose clock reads `at`. */
async function managerAt(at: string, unit?: Awaited<ReturnType<typeof seedTouchpoint>>) {
  const tp = unit ?? (await seedTouchpoint(t.db));
  const { app } = createTestApp(t.db, {}, () => Date.parse(at) / 1000);
  const cookie = await login(app, await seedUser(t.db, tp.orgId, "manager", tp.unitId));
  const _csrf = await csrfOf(app, cookie);
  const base = `/admin/units/${tp.unitId}/follow-ups`;
  const post = (path: string, fields: Record<string, string>, lang = "") =>
    postAs(app, cookie, `${base}${path}${lang}`, { _csrf, ...fields });
  return { tp, app, cookie, base, post };
}

const plan = {
  period: "2026-Q2",
  item: "U5",
  problem: "Petugas kurang ramah",
  action: "Pelatihan layanan prima",
  owner: "Kasubbag Umum",
  quarter: "3",
  dueDate: "",
  status: "rencana",
  statusDate: "",
  evidence: "",
  forumId: "",
};

const row = async (unitId: string) =>
  (
    await t.db.all<Record<string, unknown>>(
      sql`select id, quarter, status, started_on as startedOn, done_on as doneOn, evidence, forum_id as forumId from follow_ups where unit_id = ${unitId}`,
    )
  )[0]!;

describe("the follow-up plan (RTL) on the dashboard", () => {
  it("needs a Waktu (TW I–IV) for a new row, refused in the reader's language with nothing written", async () => {
    const m = await managerAt("2026-07-10T03:00:00Z");
    const before = await storedState(t.db);
    for (const quarter of ["", "0", "5", "II", "1.0"]) {
      const res = await m.post("", { ...plan, quarter });
      expect(res.status, quarter).toBe(400);
      if (quarter === "") expect(await res.text()).toContain("Waktu");
    }
    const english = await m.post("", { ...plan, quarter: "" }, "?lang=en");
    expect(await english.text()).toContain("When");
    expect(await storedState(t.db)).toEqual(before);
    expect((await m.post("", plan)).status).toBe(303);
    expect(await row(m.tp.unitId)).toMatchObject({ quarter: 3, status: "rencana", startedOn: null, doneOn: null });
  });

  it("dates each status in the unit's calendar, needs evidence for selesai, refuses future or inverted dates, clears dates going back", async () => {
    // 18:00 UTC on 10 July is 11 July in Jakarta.
    const m = await managerAt("2026-07-10T18:00:00Z");
    expect((await m.post("", plan)).status).toBe(303);
    const { id } = await row(m.tp.unitId);
    const edit = (fields: Record<string, string>, lang = "") => m.post(`/${id}`, { ...plan, ...fields }, lang);
    expect((await edit({ status: "berjalan" })).status).toBe(303);
    expect(await row(m.tp.unitId)).toMatchObject({ status: "berjalan", startedOn: "2026-07-11", doneOn: null });

    const before = await storedState(t.db);
    const refusals: [Record<string, string>, string, string][] = [
      [{ status: "selesai" }, "memerlukan bukti", "needs evidence"],
      [{ status: "selesai", evidence: "Laporan", statusDate: "2026-07-12" }, "masa depan", "future"],
      [
        { status: "selesai", evidence: "Laporan", statusDate: "2026-07-01" },
        "sebelum tanggal mulai",
        "before the start",
      ],
      [{ status: "berjalan", statusDate: "2027-01-01" }, "masa depan", "future"],
      [{ status: "selesai", evidence: "Laporan", statusDate: "2026-02-30" }, "Tanggal perubahan status", "Date of"],
      [{ status: "selesai", evidence: "   " }, "memerlukan bukti", "needs evidence"],
    ];
    for (const [fields, id_, en] of refusals) {
      const res = await edit(fields);
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(await res.text()).toContain(id_);
      expect(await (await edit(fields, "?lang=en")).text()).toContain(en);
    }
    expect(await storedState(t.db)).toEqual(before);

    expect((await edit({ status: "selesai", evidence: "https://contoh.go.id/laporan-rtl.pdf" })).status).toBe(303);
    expect(await row(m.tp.unitId)).toMatchObject({ status: "selesai", startedOn: "2026-07-11", doneOn: "2026-07-11" });
    // Unchanged status with a date: corrects that status's date.
    const later = await managerAt("2026-09-02T03:00:00Z", m.tp);
    const again = (fields: Record<string, string>) => later.post(`/${id}`, { ...plan, ...fields });
    expect((await again({ status: "selesai", evidence: "Laporan", statusDate: "2026-08-30" })).status).toBe(303);
    expect(await row(m.tp.unitId)).toMatchObject({ startedOn: "2026-07-11", doneOn: "2026-08-30" });
    expect((await again({ status: "berjalan", evidence: "Laporan" })).status).toBe(303);
    expect(await row(m.tp.unitId)).toMatchObject({ status: "berjalan", startedOn: "2026-07-11", doneOn: null });
    expect((await again({ status: "rencana" })).status).toBe(303);
    expect(await row(m.tp.unitId)).toMatchObject({ status: "rencana", startedOn: null, doneOn: null, quarter: 3 });
    // Straight to selesai: started and done the same day.
    expect((await again({ status: "selesai", evidence: "Foto papan", quarter: "" })).status).toBe(303);
    expect(await row(m.tp.unitId)).toMatchObject({ startedOn: "2026-09-02", doneOn: "2026-09-02", quarter: 3 });
  });

  it("records a Forum Konsultasi Publik, links plan rows to it, shows both, and the ZI worksheet counts the plan", async () => {
    const m = await managerAt("2026-07-10T03:00:00Z");
    const before = await storedState(t.db);
    const forum = { period: "2026-Q2", heldOn: "2026-07-01", notes: "Disepakati: pelatihan layanan prima" };
    expect((await m.post("/forums", { ...forum, heldOn: "2026-07-11" })).status).toBe(400);
    expect((await m.post("/forums", { ...forum, notes: " " })).status).toBe(400);
    expect((await m.post("/forums", { ...forum, period: "2026-Q9" })).status).toBe(400);
    expect(await storedState(t.db)).toEqual(before);
    expect((await m.post("/forums", forum)).status).toBe(303);
    const forumId = (await t.db.all<{ id: string }>(sql`select id from forums where unit_id = ${m.tp.unitId}`))[0]!.id;

    // Another unit's forum cannot be linked.
    const other = await managerAt("2026-07-10T03:00:00Z");
    expect((await other.post("", { ...plan, forumId })).status).toBe(400);
    expect((await other.post("", { ...plan, forumId: "tidak-ada" })).status).toBe(400);

    expect((await m.post("", { ...plan, forumId })).status).toBe(303);
    expect((await m.post("", { ...plan, quarter: "4", action: "Kotak saran digital" })).status).toBe(303);
    const page = (await getPage(m.app, m.cookie, `/admin/units/${m.tp.unitId}?period=2026-Q2`)).html;
    for (const text of ["Prioritas unsur", "Program/kegiatan", "Waktu", "Penanggung jawab", "TW III", "TW IV"])
      expect(page).toContain(text);
    expect(page).toContain("Disepakati: pelatihan layanan prima");
    expect(page).toContain(`<option value="${forumId}" selected>1 Jul 2026 (TW II 2026)</option>`);
    expect(page).toContain('action="/admin/units/' + m.tp.unitId + '/follow-ups/forums"');

    const linked = (await t.db.all<{ id: string }>(sql`select id from follow_ups where forum_id = ${forumId}`))[0]!.id;
    const done = await managerAt("2026-10-01T03:00:00Z", m.tp);
    expect(
      (await done.post(`/${linked}`, { ...plan, forumId, status: "selesai", evidence: "Daftar hadir" })).status,
    ).toBe(303);
    // The ZI worksheet reads the plan: two rows, one done (some, not most, of the plan).
    const unit = (await getUnitWithOrg(t.db, m.tp.unitId))!;
    expect((await ziYear(t.db, unit, 2026)).api.followUp).toMatchObject({ planned: 2, done: 1 });
    const audit = await t.db.all<{ action: string }>(
      sql`select action from audit_log where org_id = ${m.tp.orgId} and action <> 'login' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      "forum.create",
      "follow_up.create",
      "follow_up.create",
      "follow_up.update",
    ]);
  });

  it("lets a viewer read the plan and the forums but not write them", async () => {
    const m = await managerAt("2026-07-10T03:00:00Z");
    const { app } = createTestApp(t.db, {}, () => Date.parse("2026-07-10T03:00:00Z") / 1000);
    const viewer = await login(app, await seedUser(t.db, m.tp.orgId, "viewer", m.tp.unitId));
    const _csrf = await csrfOf(app, viewer);
    const res = await postAs(app, viewer, `${m.base}/forums`, {
      _csrf,
      period: "2026",
      heldOn: "2026-07-01",
      notes: "x",
    });
    expect(res.status).toBe(403);
  });
});
