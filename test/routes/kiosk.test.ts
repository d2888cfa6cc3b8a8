import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, responses, touchpoints } from "../../db/schema";
import { KIOSK_ICON_PATH } from "../../web/client/kiosk-assets";
import { SURVEY_JS, SURVEY_JS_PATH } from "../../web/client/survey-script";
import { commands } from "../../worker/cli/commands";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postJson, tokenFromPage, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function seedKiosk() {
  const tp = await seedTouchpoint(t.db);
  await t.db.update(touchpoints).set({ kiosk: true }).where(eq(touchpoints.id, tp.touchpointId));
  return tp;
}

const scriptSrc = (res: Response) => /script-src ([^;]+)/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
const body = (token: string) => ({ token, answers: fullAnswers(), steered: false, lang: "id" });

describe("GET /k/{code}", () => {
  it("serves a kiosk touchpoint's form with its script, tablet stylesheet and manifest, never cached", async () => {
    const tp = await seedKiosk();
    const { app } = createTestApp(t.db);
    const res = await app.request(`/k/${tp.code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain(`<form method="post" action="/s/${tp.code}?lang=id"`);
    expect(html).toContain(`<script src="${SURVEY_JS_PATH}" defer></script>`);
    expect(html).toContain(`<link rel="manifest" href="/k/${tp.code}/manifest.webmanifest"/>`);
    expect(html).toMatch(/id="zi-off" hidden data-kiosk/);
    expect(html).toContain(`href="/k/${tp.code}?lang=en"`);
    // Its token carries the signed kiosk flag.
    expect(/name="token" value="([^"]+)"/.exec(html)![1]!.split(".")).toHaveLength(5);
  });

  it("a touchpoint without kiosk mode gets a clear Indonesian 404, an unknown code the usual one", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    const off = await app.request(`/k/${tp.code}`);
    expect(off.status).toBe(404);
    const text = await off.text();
    expect(text).toContain("Mode kios tidak aktif");
    expect(text).toContain("tidak memakai mode kios");
    expect(text).not.toContain("<form");
    const unknown = await app.request("/k/zzzzzzzz");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('lang="id"');
    expect((await app.request(`/k/${tp.code}/manifest.webmanifest`)).status).toBe(404);
  });

  it("a closed kiosk touchpoint says so (410)", async () => {
    const tp = await seedKiosk();
    await t.db.update(touchpoints).set({ active: false }).where(eq(touchpoints.id, tp.touchpointId));
    const { app } = createTestApp(t.db);
    expect((await app.request(`/k/${tp.code}`)).status).toBe(410);
  });

  it("has a web app manifest that opens the kiosk full screen, with an icon we serve", async () => {
    const tp = await seedKiosk();
    const { app } = createTestApp(t.db);
    const res = await app.request(`/k/${tp.code}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/manifest+json");
    const manifest = (await res.json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: "Survei UPT Uji",
      start_url: `/k/${tp.code}?lang=id`,
      scope: `/k/${tp.code}`,
      display: "fullscreen",
      icons: [{ src: KIOSK_ICON_PATH, type: "image/svg+xml", sizes: "any" }],
    });
    const icon = await app.request(KIOSK_ICON_PATH);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(await icon.text()).toMatch(/^<svg[^]*<\/svg>$/);
  });
});

describe("the citizen pages' script and the Content-Security-Policy", () => {
  it("serves the script from our origin, cached for good under a name that changes with it", async () => {
    const { app } = createTestApp(t.db);
    const res = await app.request(SURVEY_JS_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.text()).toBe(SURVEY_JS);
  });

  it("lets scripts and fetches from our origin run on /s/ and /k/ pages only; 'none' elsewhere", async () => {
    const kiosk = await seedKiosk();
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    for (const path of [`/s/${tp.code}`, `/s/${tp.code}/terima-kasih`, `/k/${kiosk.code}`]) {
      const res = await app.request(path);
      expect(scriptSrc(res), path).toBe("'self'");
      expect(res.headers.get("content-security-policy"), path).toContain("connect-src 'self'");
      expect(res.headers.get("content-security-policy"), path).not.toContain("unsafe-inline");
    }
    for (const path of ["/", "/login", `/s/${tp.code}/x`, "/api/v1/docs", "/admin", "/k"]) {
      const res = await app.request(path);
      expect(scriptSrc(res), path).toBe("'none'");
      expect(res.headers.get("content-security-policy"), path).toContain("connect-src 'none'");
    }
  });

  it("the survey page and the thank-you page carry the script and the status region", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db);
    for (const path of [`/s/${tp.code}`, `/s/${tp.code}/terima-kasih?lang=en`]) {
      const html = await (await app.request(path)).text();
      expect(html).toContain(`<script src="${SURVEY_JS_PATH}" defer></script>`);
      expect(html).toContain('<div id="zi-st" role="status" tabindex="-1"></div>');
      expect(html).not.toContain("data-kiosk");
    }
    const en = await (await app.request(`/s/${tp.code}?lang=en`)).text();
    expect(en).toContain('data-saved="Your answers are saved on this device.');
    const id = await (await app.request(`/s/${tp.code}`)).text();
    expect(id).toContain('data-saved="Jawaban Anda tersimpan di perangkat ini.');
  });
});

describe("KIOSK_RATE_LIMIT", () => {
  it("counts a kiosk's submissions per touchpoint, whatever the address", async () => {
    const tp = await seedKiosk();
    const { app } = createTestApp(t.db, { RATE_LIMIT: "1/600", KIOSK_RATE_LIMIT: "2/600" });
    const statuses = [];
    for (const address of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) {
      const token = await visitToken(app, tp.code);
      statuses.push((await postJson(app, body(token), { "x-test-client": address })).status);
    }
    expect(statuses).toEqual([201, 201, 429]);
    // One tablet, one address: the address's own limit (1) does not apply to the kiosk.
    const other = await seedKiosk();
    const same = [];
    for (let i = 0; i < 2; i++) same.push((await postJson(app, body(await visitToken(app, other.code)))).status);
    expect(same).toEqual([201, 201]);
  });

  it("leaves normal touchpoints on the per-address limit", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db, { RATE_LIMIT: "2/600", KIOSK_RATE_LIMIT: "1/600" });
    const byAddress = [];
    for (const address of ["203.0.113.9", "203.0.113.10", "203.0.113.11"]) {
      byAddress.push(
        (await postJson(app, body(await tokenFromPage(app, tp.code)), { "x-test-client": address })).status,
      );
    }
    expect(byAddress).toEqual([201, 201, 201]);
    const same = [];
    for (let i = 0; i < 3; i++) same.push((await postJson(app, body(await tokenFromPage(app, tp.code)))).status);
    expect(same).toEqual([201, 201, 429]);
  });

  it("can be switched off, and a replay of a kiosk token is still one response", async () => {
    const tp = await seedKiosk();
    const { app } = createTestApp(t.db, { KIOSK_RATE_LIMIT: "off" });
    const tokens = await Promise.all([1, 2, 3, 4].map(() => visitToken(app, tp.code)));
    for (const token of tokens) expect((await postJson(app, body(token))).status).toBe(201);
    expect((await postJson(app, body(tokens[0]!))).status).toBe(200);
    const rows = await t.db.select().from(responses).where(eq(responses.touchpointId, tp.touchpointId));
    expect(rows).toHaveLength(4);
  });

  it("refuses a kiosk token whose flag was stripped, and a normal token given one", async () => {
    const tp = await seedKiosk();
    const { app } = createTestApp(t.db);
    const parts = (await visitToken(app, tp.code)).split(".");
    const stripped = [...parts.slice(0, 3), parts[4]].join(".");
    expect((await postJson(app, body(stripped))).status).toBe(400);
    const plain = (await tokenFromPage(app, (await seedTouchpoint(t.db)).code)).split(".");
    const flagged = [...plain.slice(0, 3), "k", plain[3]].join(".");
    expect((await postJson(app, body(flagged))).status).toBe(400);
  });
});

describe("turning kiosk mode on", () => {
  it("a manager ticks it on the touchpoints page; the change is audited and /k/ opens", async () => {
    const tp = await seedTouchpoint(t.db);
    const manager = await seedUser(t.db, tp.orgId, "manager", tp.unitId);
    const { app } = createTestApp(t.db);
    const cookie = await login(app, manager);
    const base = `/admin/units/${tp.unitId}/touchpoints`;
    expect((await getPage(app, cookie, base)).html).toContain("Mode kios (tablet di loket)");
    const form = { _csrf: await csrfOf(app, cookie), label: "Loket 1", active: "1", kiosk: "1" };
    expect((await postAs(app, cookie, `${base}/${tp.code}`, form)).status).toBe(303);
    expect((await app.request(`/k/${tp.code}`)).status).toBe(200);
    expect((await getPage(app, cookie, base)).html).toContain(`href="/k/${tp.code}"`);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "touchpoint.update"), eq(auditLog.target, tp.code)));
    expect(audit.map((a) => JSON.parse(a.detail ?? "{}"))).toEqual([{ label: "Loket 1", active: true, kiosk: true }]);

    // Unticked again: back to a 404.
    const off = { _csrf: await csrfOf(app, cookie), label: "Loket 1", active: "1" };
    expect((await postAs(app, cookie, `${base}/${tp.code}`, off)).status).toBe(303);
    expect((await app.request(`/k/${tp.code}`)).status).toBe(404);
  });

  it("touchpoint:create --kiosk makes a kiosk touchpoint and prints its kiosk URL", async () => {
    const { unitId } = await seedTouchpoint(t.db);
    const cmd = commands["touchpoint:create"]!;
    const env = { PUBLIC_URL: "https://survei.example.go.id" };
    const made = await cmd.run({ db: t.db, env }, cmd.flags.parse({ unit: unitId, label: "Tablet", kiosk: true }));
    const code = made.json.code as string;
    expect(made.json).toMatchObject({
      url: `https://survei.example.go.id/s/${code}`,
      kioskUrl: `https://survei.example.go.id/k/${code}`,
    });
    const [row] = await t.db.select().from(touchpoints).where(eq(touchpoints.code, code));
    expect(row!.kiosk).toBe(true);
    const plain = await cmd.run({ db: t.db, env }, cmd.flags.parse({ unit: unitId, label: "QR" }));
    expect(plain.json).not.toHaveProperty("kioskUrl");
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.target, code));
    expect(audit.map((a) => a.detail)).toEqual(["Tablet (kiosk)"]);
  });
});
