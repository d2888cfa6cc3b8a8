import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { outboxEventInsert } from "../../db/queries/outbox";
import { GAVE_UP } from "../../db/queries/webhooks";
import { auditLog, webhookDeliveries, webhooks } from "../../db/schema";
import { randomId } from "../../worker/crypto";
import { dispatchOutbox } from "../../worker/webhooks/dispatch";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { HOSTILE_IDS, hostileForms, posts, sendFamily, wrongBodyTypes } from "../helpers/hostile";
import { csrfOf, getPage, login, seedUser } from "../helpers/session";

const t = await createTestDb();
afterAll(() => t.close());
const { app } = createTestApp(t.db);
const PATH = "/admin/settings/webhooks";
const other = await seedTouchpoint(t.db);

async function seed(role: "admin" | "manager" = "admin") {
  const tp = await seedTouchpoint(t.db);
  const child = await seedChildUnit(t.db, tp.orgId, tp.unitId);
  const cookie = await login(app, await seedUser(t.db, tp.orgId, role, role === "admin" ? null : tp.unitId));
  return { ...tp, child, cookie, csrf: await csrfOf(app, cookie) };
}

/** A form as a browser sends it: a field per checkbox ticked. */
function post(s: { cookie: string }, path: string, fields: [string, string][]) {
  return app.request(path, { method: "POST", body: new URLSearchParams(fields), headers: { Cookie: s.cookie } });
}
const hooksOf = (orgId: string) => t.db.select().from(webhooks).where(eq(webhooks.orgId, orgId));
const auditOf = (orgId: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, action)));

async function create(s: Awaited<ReturnType<typeof seed>>, url: string, unit = "") {
  const res = await post(s, PATH, [
    ["_csrf", s.csrf],
    ["url", url],
    ["events", "response.flagged"],
    ["events", "followup.overdue"],
    ["unit", unit],
  ]);
  return { res, html: await res.text() };
}

describe("/admin/settings/webhooks", () => {
  it("creates a webhook from the settings page, shows its secret once, and lists it in words", async () => {
    const s = await seed();
    expect((await getPage(app, s.cookie, "/admin/settings")).html).toContain(`href="${PATH}"`);
    const url = `https://hooks.example/${randomId(6)}`;
    const { res, html } = await create(s, url, s.child.unitId);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const [row] = await hooksOf(s.orgId);
    expect(row).toMatchObject({ url, unitId: s.child.unitId, events: '["response.flagged","followup.overdue"]' });
    expect(html).toContain(row!.secret);
    expect(html).toContain("Simpan rahasia ini sekarang; tidak akan ditampilkan lagi.");
    expect(await auditOf(s.orgId, "webhook.create")).toHaveLength(1);

    const again = (await getPage(app, s.cookie, PATH)).html;
    expect(again).not.toContain(row!.secret);
    expect(again).not.toContain("whsec_");
    expect(again).toContain(url);
    expect(again).toContain("Jawaban perlu perhatian, Tindak lanjut lewat tenggat");
    expect(again).toContain("Cakupan: Sub-unit dan unit di bawahnya");
    expect(again).toContain("Belum ada pengiriman.");
  });

  it("is not there for a manager, and a manager's POST writes nothing", async () => {
    const s = await seed("manager");
    expect((await getPage(app, s.cookie, PATH)).res.status).toBe(404);
    expect((await getPage(app, s.cookie, "/admin/settings")).res.status).toBe(404);
    const { res } = await create(s, "https://hooks.example/m");
    expect(res.status).toBe(404);
    expect(await hooksOf(s.orgId)).toHaveLength(0);
  });

  it.each([
    ["a javascript: URL", [["url", "javascript:alert(1)"]], "url", "harus https://"],
    ["plain http to another host", [["url", "http://evil.example/x"]], "url", "http:// hanya boleh"],
    ["credentials in the URL", [["url", "https://u:p@hooks.example/"]], "url", "nama pengguna"],
    ["no URL", [["url", ""]], "url", "tidak valid"],
    [
      "a URL sent twice",
      [
        ["url", "https://a.example/"],
        ["url", "https://b.example/"],
      ],
      "url",
      "tidak valid",
    ],
    [
      "a URL with a line break and markup",
      [["url", 'https://x.example/\n"><script>alert(1)</script>']],
      "url",
      "tidak valid",
    ],
    ["no event", [["events", ""]], "events", "Pilih paling sedikit satu kejadian."],
    ["an unknown event", [["events", "webhook.test"]], "events", "Pilih paling sedikit satu kejadian."],
    ["another organization's unit", [["unit", other.unitId]], "unitId", "Unit tidak dikenal."],
    ["a made-up unit", [["unit", "' or 1=1 --"]], "unitId", "Unit tidak dikenal."],
  ] as [string, [string, string][], string, string][])(
    "refuses %s with 422, the input kept, the error by its field, and nothing written",
    async (_label, fields, field, message) => {
      const s = await seed();
      const base: [string, string][] = [
        ["url", "https://hooks.example/ok"],
        ["events", "period.published"],
        ["unit", ""],
      ];
      const replaced = new Set(fields.map(([k]) => k));
      const sent = [["_csrf", s.csrf], ...base.filter(([k]) => !replaced.has(k)), ...fields] as [string, string][];
      const res = await post(s, PATH, sent);
      const html = await res.text();
      expect(res.status).toBe(422);
      expect(html).toContain(`id="${field}-error"`);
      expect(html).toContain(message);
      expect(html).toContain('<nav aria-label="Menu">');
      expect(html).not.toContain("<script>alert");
      if (field !== "url") expect(html).toContain('value="https://hooks.example/ok"');
      if (field !== "events" && !replaced.has("events")) expect(html).toMatch(/value="period.published" checked/);
      expect(await hooksOf(s.orgId)).toHaveLength(0);
      expect(await auditOf(s.orgId, "webhook.create")).toHaveLength(0);
    },
  );

  it("speaks English when asked: the page, and a refusal with the reason by its field", async () => {
    const s = await seed();
    const res = await post(s, `${PATH}?lang=en`, [
      ["_csrf", s.csrf],
      ["url", "http://relay.example/"],
      ["events", "response.flagged"],
    ]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("http:// is allowed only to this machine");
    expect(html).toContain("Response needs attention");
    expect(html).toContain('value="http://relay.example/"');
    expect(await hooksOf(s.orgId)).toHaveLength(0);
  });

  it("disables a webhook: its waiting delivery is given up and never sent again", async () => {
    const s = await seed();
    await create(s, "https://hooks.example/down");
    const [hook] = await hooksOf(s.orgId);
    const now = Math.floor(Date.now() / 1000);
    const eventId = `msg_${randomId()}`;
    const data = { unitId: s.unitId, responseId: eventId.slice(4), reasons: ["skm_1"] };
    const type = "response.flagged";
    await outboxEventInsert(t.db, { id: eventId, orgId: s.orgId, unitId: s.unitId, type, data, createdAt: now }).run();
    const sent: string[] = [];
    const failing = (async (url: string) => {
      sent.push(url);
      return new Response(null, { status: 503 });
    }) as unknown as typeof fetch;
    await dispatchOutbox(t.db, { now: () => now, fetch: failing });
    const before = (await getPage(app, s.cookie, PATH)).html;
    expect(before).toContain("gagal 1×, dicoba lagi");
    expect(before).toContain("jawaban terakhir: HTTP 503");

    const res = await post(s, `${PATH}/${hook!.id}/disable`, [["_csrf", s.csrf]]);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${PATH}?disabled=1`);
    const [delivery] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, eventId));
    expect(delivery).toMatchObject({ nextAttemptAt: GAVE_UP, attempts: 1, lastStatus: 503, deliveredAt: null });
    await dispatchOutbox(t.db, { now: () => now + 7 * 24 * 3600, fetch: failing });
    expect(sent.filter((u) => u === hook!.url)).toHaveLength(1);
    const after = (await getPage(app, s.cookie, `${PATH}?disabled=1`)).html;
    expect(after).toContain("dihentikan setelah 1 percobaan");
    expect(after).toContain("Dinonaktifkan ");
    expect(after).not.toContain(`/${hook!.id}/disable`);
    expect(await auditOf(s.orgId, "webhook.disable")).toHaveLength(1);
  });

  it("refuses to disable another organization's webhook, or one twice, changing nothing", async () => {
    const s = await seed();
    const theirs = await seed();
    await create(theirs, "https://hooks.example/theirs");
    const [hook] = await hooksOf(theirs.orgId);
    expect((await post(s, `${PATH}/${hook!.id}/disable`, [["_csrf", s.csrf]])).status).toBe(404);
    expect((await hooksOf(theirs.orgId))[0]!.disabledAt).toBeNull();
    expect((await post(theirs, `${PATH}/${hook!.id}/disable`, [["_csrf", theirs.csrf]])).status).toBe(303);
    expect((await post(theirs, `${PATH}/${hook!.id}/disable`, [["_csrf", theirs.csrf]])).status).toBe(404);
    expect(await auditOf(theirs.orgId, "webhook.disable")).toHaveLength(1);
    expect((await post(s, `${PATH}/${hook!.id}/disable`, [])).status).toBe(403);
  });

  it("answers every hostile form and id with a 4xx, never a 5xx, and writes nothing", async () => {
    const s = await seed();
    const base = { _csrf: s.csrf, url: "https://hooks.example/ok", events: "period.published", unit: "" };
    const headers = { Cookie: s.cookie };
    const reqs = [
      // An empty unit is the whole organization: a valid choice, left out.
      ...["url", "events", "unit"].flatMap((field) =>
        posts(
          PATH,
          hostileForms(base, field).filter((b) => b.label !== 'unit=""'),
          headers,
        ),
      ),
      ...posts(PATH, wrongBodyTypes(base), headers),
      ...HOSTILE_IDS.flatMap((id) =>
        posts(`${PATH}/${id}/disable`, [{ label: id, body: new URLSearchParams({ _csrf: s.csrf }) }], headers),
      ),
    ];
    const statuses = await sendFamily(app, t.db, reqs);
    expect(statuses.every((code) => code >= 400 && code < 500)).toBe(true);
    expect(await hooksOf(s.orgId)).toHaveLength(0);
  });
});
