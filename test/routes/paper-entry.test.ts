import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRollups, recountRollups } from "../../db/queries/rollups";
import { auditLog, outboxEvents, responseFlags, responses } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { writtenRows } from "../helpers/counts";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import { hostileForms, posts, sendFamily } from "../helpers/hostile";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

// 2026-09-15 10:00 WIB.
const NOW = Date.parse("2026-09-15T03:00:00Z") / 1000;

/** A signed-in user of a fresh unit, and a poster of the entry form. */
async function operator(role: "admin" | "manager" | "viewer" = "manager") {
  const tp = await seedTouchpoint(t.db);
  const { app } = createTestApp(t.db, {}, () => NOW);
  const email = await seedUser(t.db, tp.orgId, role, role === "admin" ? null : tp.unitId);
  const cookie = await login(app, email);
  const _csrf = await csrfOf(app, cookie);
  const path = `/admin/units/${tp.unitId}/entry`;
  const post = (fields: Record<string, string>) => postAs(app, cookie, path, { _csrf, ...fields });
  return { tp, app, cookie, path, post, email, _csrf };
}

const answers = (values: Record<string, number>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
const questionnaire = (serviceId: string, extra: Record<string, string> = {}) => ({
  date: "2026-09-14",
  service: serviceId,
  channel: "paper",
  nonce:
    "n".repeat(20) +
    Math.random()
      .toString(36)
      .slice(2, 12)
      .replace(/[^a-z0-9]/g, "x"),
  ...answers(fullAnswers(["skm", "spkp"], (max) => max - 1)),
  steered: "tidak",
  age: "30-39",
  comment: "Loket kertas",
  ...extra,
});

describe("the paper questionnaire entry form", () => {
  it("saves one questionnaire with its channel, operator and audit row, then shows an empty form with the count", async () => {
    const { tp, app, cookie, post, path, email } = await operator();
    const page = await getPage(app, cookie, path);
    expect(page.res.status).toBe(200);
    expect(page.html).toContain("Input kuesioner kertas");
    expect(page.html).toContain("kesesuaian persyaratan pelayanan"); // the survey's own question text
    const res = await post(questionnaire(tp.serviceId));
    expect(res.status).toBe(303);
    const next = res.headers.get("location")!;
    expect(next).toMatch(/^\/admin\/units\/[^/]+\/entry\?saved=1&date=2026-09-14/);
    const after = await getPage(app, cookie, next);
    expect(after.html).toContain("Tersimpan. Jawaban luring unit ini: 1.");
    expect(after.html).not.toContain("Loket kertas");
    const [row] = await t.db.select().from(responses).where(eq(responses.unitId, tp.unitId));
    expect(row).toMatchObject({
      channel: "paper",
      localDate: "2026-09-14",
      serviceId: tp.serviceId,
      touchpointId: null,
      steered: false,
      age: "30-39",
    });
    const users = await t.db.all<{ id: string }>(`select id from users where email = '${email}'`);
    expect(row!.enteredBy).toBe(users[0]!.id);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "response.enter"), eq(auditLog.target, tp.unitId)));
    expect(audit).toHaveLength(1);
    expect(await readRollups(t.db)).toEqual(await recountRollups(t.db));
  });

  it("saves a double-posted form once", async () => {
    const { tp, post } = await operator();
    const form = questionnaire(tp.serviceId);
    expect((await post(form)).headers.get("location")).toContain("saved=1");
    expect((await post(form)).headers.get("location")).toContain("saved=again");
    expect(await t.db.select().from(responses).where(eq(responses.unitId, tp.unitId))).toHaveLength(1);
  });

  it("flags a paper answer that is a warning sign for the Perlu perhatian inbox", async () => {
    const { tp, post } = await operator();
    await post(questionnaire(tp.serviceId, { U3: "1", steered: "ya", comment: "ada calo di depan" }));
    const [flag] = await t.db.select().from(responseFlags).where(eq(responseFlags.unitId, tp.unitId));
    expect(JSON.parse(flag!.reasons)).toEqual(["skm_1", "steered", "words"]);
    const events = await t.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.id, `msg_${flag!.responseId}`));
    expect(events).toHaveLength(1);
  });

  it.each([
    ["a future date", { date: "2026-09-16" }, "Tanggal kunjungan tidak boleh setelah hari ini."],
    ["a date before 2017", { date: "2016-01-01" }, "tidak boleh sebelum 2017"],
    ["a half-answered part", { P5: "" }, "Isi semua pertanyaan bagian ini"],
    ["a value off the scale", { U1: "5" }, "Jawaban ini tidak ada dalam pilihan."],
    ["a service of another unit", { service: "bukan-layanan" }, "Pilih salah satu jenis layanan unit ini."],
    ["an unknown channel", { channel: "online" }, "Pilih asal jawaban"],
    [
      "nothing answered",
      Object.fromEntries(Object.keys(fullAnswers()).map((k) => [k, ""])),
      "Isi paling sedikit satu bagian",
    ],
  ])("refuses %s with 422, the input kept, the navigation intact, nothing written", async (_l, change, message) => {
    const { tp, post } = await operator();
    const form = questionnaire(tp.serviceId, change);
    const before = await writtenRows(t.db);
    const res = await post(form);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain('href="/admin"'); // the dashboard's navigation
    expect(html).toContain("Loket kertas"); // the comment typed
    if (!("P1" in change)) expect(html).toMatch(/name="P1" value="5" checked/);
    expect(await writtenRows(t.db)).toEqual(before);
  });

  it("leaves out a part ticked as not asked", async () => {
    const { tp, post } = await operator();
    const res = await post(questionnaire(tp.serviceId, { P5: "", skip_spkp: "1" }));
    expect(res.status).toBe(303);
    const rows = await t.db.all<{ n: number }>(
      `select count(*) as n from answers a join responses r on r.id = a.response_id where r.unit_id = '${tp.unitId}'`,
    );
    expect(rows[0]!.n).toBe(9);
  });

  it("is for admins and managers of the unit only", async () => {
    const viewer = await operator("viewer");
    expect((await viewer.app.request(viewer.path, { headers: { Cookie: viewer.cookie } })).status).toBe(403);
    expect((await viewer.post(questionnaire(viewer.tp.serviceId))).status).toBe(403);
    const admin = await operator("admin");
    expect((await admin.post(questionnaire(admin.tp.serviceId))).status).toBe(303);
    const other = await operator();
    const outside = `/admin/units/${admin.tp.unitId}/entry`;
    expect((await other.app.request(outside, { headers: { Cookie: other.cookie } })).status).toBe(404);
    const before = await writtenRows(t.db);
    const res = await postAs(other.app, other.cookie, outside, {
      _csrf: other._csrf,
      ...questionnaire(admin.tp.serviceId),
    });
    expect(res.status).toBe(404);
    expect(await writtenRows(t.db)).toEqual(before);
    const noToken = await postAs(other.app, other.cookie, other.path, questionnaire(other.tp.serviceId));
    expect(noToken.status).toBe(403);
  });

  it("answers hostile fields with a refusal and stores nothing", async () => {
    const { tp, app, cookie, path, _csrf } = await operator();
    // U1 is off the scale in every variant, so no variant is a complete questionnaire.
    const base = { _csrf, ...questionnaire(tp.serviceId), U1: "9" };
    const fields = ["date", "service", "channel", "U1", "steered", "age", "comment", "nonce", "skip_skm"];
    const requests = fields.flatMap((f) => posts(path, hostileForms(base, f), { Cookie: cookie }));
    const statuses = await sendFamily(app, t.db, requests);
    expect(statuses.filter((s) => ![400, 403, 413, 422].includes(s))).toEqual([]);
  });
});

describe("the indices with and without answers collected elsewhere", () => {
  it("subtracts the paper answers exactly: a unit's online-only figures equal a twin unit's with the same online answers", async () => {
    const a = await operator();
    const b = await seedTouchpoint(t.db);
    const online = [fullAnswers(undefined, (max) => max), fullAnswers(undefined, (max) => max - 1)];
    for (const code of [a.tp.code, b.code]) {
      for (const ans of online) {
        const token = await visitToken(a.app, code!);
        expect((await postJson(a.app, { token, answers: ans, steered: false })).status).toBe(201);
      }
    }
    await a.post(questionnaire(a.tp.serviceId, { date: "2026-09-15" }));
    await a.post(questionnaire(a.tp.serviceId, { date: "2026-09-02", ...answers(fullAnswers(["skm"], () => 1)) }));
    const token = (await seedEvaluatorToken(t.db, a.tp.orgId)).token;
    const twinToken = (await seedEvaluatorToken(t.db, b.orgId)).token;
    const get = async (unitId: string, q: string, bearer = token) =>
      (await (
        await a.app.request(`/api/v1/units/${unitId}/indices?period=2026-09${q}`, {
          headers: { Authorization: `Bearer ${bearer}` },
        })
      ).json()) as Record<string, unknown>;
    const all = await get(a.tp.unitId, "");
    expect(all).toMatchObject({ respondents: 4, channel: "all" });
    const onlineOnly = await get(a.tp.unitId, "&channel=online");
    const twin = await get(b.unitId, "&channel=online", twinToken);
    expect(twin.respondents).toBe(2);
    const strip = ({ unitId: _u, ...rest }: Record<string, unknown>) => rest;
    expect(strip(onlineOnly)).toEqual(strip(twin));
    const bad = await a.app.request(`/api/v1/units/${a.tp.unitId}/indices?period=2026-09&channel=paper`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(bad.status).toBe(400);
    const rows = (await (
      await a.app.request(`/api/v1/units/${a.tp.unitId}/responses?period=2026-09`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { data: { channel: string }[] };
    expect(rows.data.map((r) => r.channel).sort()).toEqual(["online", "online", "paper", "paper"]);
    const page = await getPage(a.app, a.cookie, `/admin/units/${a.tp.unitId}?period=2026-09`);
    expect(page.html).toContain("Tanpa jawaban kertas/wawancara");
    expect(page.html).toContain("2 jawaban luring");
    const csv = await (
      await a.app.request(`/admin/units/${a.tp.unitId}/export.csv?period=2026-09`, { headers: { Cookie: a.cookie } })
    ).text();
    expect(csv.split("\r\n")[0]).toContain(",kanal");
    expect(csv).toContain(",paper,");
  });
});
