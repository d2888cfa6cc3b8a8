import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, responses } from "../../db/schema";
import { insertFollowUp } from "../../db/queries/follow-ups";
import { getUserByEmail } from "../../db/queries/users";
import { randomId } from "../../worker/crypto";
import { createTestApp, frozenNow } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedChildUnit, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import { PASSWORD, csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Org["root"];
let child: Org["child"];
let users: Org["users"];
let comments: Org["comments"];
const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert(2)"><svg onload=alert(3)><a href="javascript:alert(4)">x</a>`;

/**
 * An organization with a root unit and a sub-unit, a user of each role, comments, a follow-up, a user and
 * a token to act on. The tests that only read share one (beforeAll); the tests that write seed their own.
 */
async function seedOrg() {
  const root = await seedTouchpoint(t.db);
  const child = await seedChildUnit(t.db, root.orgId, root.unitId, 100);
  const users = {
    admin: await seedUser(t.db, root.orgId, "admin"),
    manager: await seedUser(t.db, root.orgId, "manager", child.unitId),
    viewer: await seedUser(t.db, root.orgId, "viewer", child.unitId),
    stranger: await seedUser(t.db, (await seedTouchpoint(t.db)).orgId, "admin"),
  };
  const comments: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const { app } = createTestApp(t.db);
  for (const [key, code, comment] of [
    ["root", root.code, "Antrean di loket utama lama"],
    ["child", child.code, HOSTILE],
    ["spare", child.code, "Nomor saya 0812"],
  ] as const) {
    const res = await postJson(app, { token: await visitToken(app, code), answers: fullAnswers(), comment });
    comments[key] = ((await res.json()) as { id: string }).id;
  }
  ids.followUp = randomId();
  await insertFollowUp(t.db, {
    id: ids.followUp,
    unitId: child.unitId,
    period: "2026",
    item: "U3",
    problem: "p",
    action: "a",
    owner: "o",
  });
  ids.user = (await getUserByEmail(t.db, await seedUser(t.db, root.orgId, "viewer", child.unitId)))!.id;
  ids.token = (await seedEvaluatorToken(t.db, root.orgId)).id;
  return { root, child, users, comments, ids };
}
type Org = Awaited<ReturnType<typeof seedOrg>>;

beforeAll(async () => {
  t = await createTestDb();
  ({ root, child, users, comments } = await seedOrg());
});
afterAll(() => t.close());

describe("sign-in", () => {
  it("sends a visitor without a session to the login page, and back after signing in", async () => {
    const { app } = createTestApp(t.db);
    const res = await app.request(`/admin/units/${root.unitId}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/login?next=${encodeURIComponent(`/admin/units/${root.unitId}`)}`);
    const page = await (await app.request("/login")).text();
    expect(page).toContain('name="password"');
  });

  it("sets an HttpOnly, SameSite=Lax session cookie (Secure over https) and refuses a wrong password", async () => {
    const { app } = createTestApp(t.db);
    const ok = await app.request("https://survei.example.go.id/login", {
      method: "POST",
      body: new URLSearchParams({ email: users.admin, password: PASSWORD }),
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("set-cookie")).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/);
    expect(ok.headers.get("set-cookie")).toContain("Secure");
    const bad = await app.request("/login", {
      method: "POST",
      body: new URLSearchParams({ email: users.admin, password: "salah" }),
    });
    expect(bad.status).toBe(401);
    expect(await bad.text()).toContain("Surel atau kata sandi salah.");
  });

  it("marks the cookie Secure when PUBLIC_URL is https, behind a proxy that speaks http to us", async () => {
    const { app } = createTestApp(t.db, { PUBLIC_URL: "https://survei.example.go.id" });
    const res = await app.request("/login", {
      method: "POST",
      headers: { Origin: "https://survei.example.go.id" },
      body: new URLSearchParams({ email: users.admin, password: PASSWORD }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("set-cookie")).toContain("Secure");
  });

  it("logs a failed sign-in of a known account", async () => {
    const { app } = createTestApp(t.db);
    const manager = await seedUser(t.db, root.orgId, "manager", child.unitId);
    await app.request("/login", {
      method: "POST",
      body: new URLSearchParams({ email: manager, password: "salah" }),
    });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, "login.failed"));
    expect(rows.map((r) => r.actor)).toContain(manager);
  });

  it("throttles repeated failures for an account", async () => {
    const { app } = createTestApp(t.db, {}, frozenNow());
    const email = await seedUser(t.db, root.orgId, "viewer", child.unitId);
    const attempt = (password: string) =>
      app.request("/login", { method: "POST", body: new URLSearchParams({ email, password }) });
    for (let i = 0; i < 10; i++) expect((await attempt("salah")).status).toBe(401);
    expect((await attempt("salah")).status).toBe(429);
    expect((await attempt(PASSWORD)).status).toBe(429);
  });

  it("refuses a sign-in posted from another site, and a redirect to another site", async () => {
    const { app } = createTestApp(t.db);
    const cross = await app.request("/login", {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      body: new URLSearchParams({ email: users.admin, password: PASSWORD }),
    });
    expect(cross.status).toBe(403);
    const res = await app.request("/login", {
      method: "POST",
      body: new URLSearchParams({ email: users.admin, password: PASSWORD, next: "//evil.example/admin" }),
    });
    expect(res.headers.get("location")).toBe("/admin");
  });

  it("ends the session on logout (a POST with the form token) and logs both", async () => {
    const { app } = createTestApp(t.db);
    const viewer = await seedUser(t.db, root.orgId, "viewer", child.unitId);
    const cookie = await login(app, viewer);
    expect((await postAs(app, cookie, "/logout", {})).status).toBe(403);
    const out = await postAs(app, cookie, "/logout", { _csrf: await csrfOf(app, cookie) });
    expect(out.status).toBe(303);
    expect((await getPage(app, cookie, "/admin")).res.status).toBe(303);
    const actions = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actor, viewer));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["login", "logout"]));
  });
});

const ORG_SETTINGS = {
  timeZone: "Asia/Jakarta",
  weighting: "exact",
  conversion: "ratio",
  minRespondents: "30",
  retentionMonths: "36",
  bands_age: "<20\n20-29\n30-39\n40-49\n50-59\n60+",
  bands_gender: "L\nP",
  bands_education: "SD\nSMP\nSMA\nD1-D3\nD4-S1\nS2\nS3",
  bands_occupation: "PNS\nTNI-POLRI\nSWASTA\nWIRASWASTA\nPELAJAR\nLAINNYA",
};

describe("every dashboard route for every role", () => {
  // [route, admin, manager, viewer, stranger (admin of another organization)]
  const matrix = ({
    root,
    child,
    comments,
    ids,
  }: Org): [string, string, Record<string, string> | null, number, number, number, number][] => [
    ["GET overview", "/admin", null, 200, 200, 200, 200],
    ["GET root unit", `/admin/units/${root.unitId}`, null, 200, 404, 404, 404],
    ["GET child unit", `/admin/units/${child.unitId}`, null, 200, 200, 200, 404],
    ["GET unknown unit", "/admin/units/nope", null, 404, 404, 404, 404],
    // A unit outside the user's scope is a 404 for every role, before any question of role (nothing to reveal).
    [
      "POST child comment status",
      `/admin/units/${child.unitId}/comments/${comments.child}/status`,
      { status: "dibaca" },
      303,
      303,
      403,
      404,
    ],
    [
      "POST root comment status",
      `/admin/units/${root.unitId}/comments/${comments.root}/status`,
      { status: "dibaca" },
      303,
      404,
      404,
      404,
    ],
    [
      "POST root comment via child url",
      `/admin/units/${child.unitId}/comments/${comments.root}/status`,
      { status: "dibaca" },
      404,
      404,
      403,
      404,
    ],
    ["GET child report", `/admin/units/${child.unitId}/report?period=2026`, null, 200, 200, 200, 404],
    ["GET root report", `/admin/units/${root.unitId}/report`, null, 200, 404, 404, 404],
    ["GET child export.csv", `/admin/units/${child.unitId}/export.csv`, null, 200, 200, 200, 404],
    ["GET root export.xlsx", `/admin/units/${root.unitId}/export.xlsx`, null, 200, 404, 404, 404],
    ["GET child touchpoints", `/admin/units/${child.unitId}/touchpoints`, null, 200, 200, 200, 404],
    ["GET child QR", `/admin/units/${child.unitId}/touchpoints/${child.code}/qr.svg`, null, 200, 200, 200, 404],
    [
      "POST child touchpoint",
      `/admin/units/${child.unitId}/touchpoints/${child.code}`,
      { label: "Loket", active: "1" },
      303,
      303,
      403,
      404,
    ],
    [
      "POST root follow-up",
      `/admin/units/${root.unitId}/follow-ups`,
      { period: "2026", item: "U1", problem: "p", action: "a", owner: "o", quarter: "1", status: "rencana" },
      303,
      404,
      404,
      404,
    ],
    [
      "POST child publish",
      `/admin/units/${child.unitId}/publish`,
      { period: "2026", confirm: "1" },
      303,
      303,
      403,
      404,
    ],
    ["POST root publish", `/admin/units/${root.unitId}/publish`, { period: "2026", confirm: "1" }, 303, 404, 404, 404],
    ["GET settings", "/admin/settings", null, 200, 404, 404, 200],
    ["GET users", "/admin/users", null, 200, 404, 404, 200],
    ["GET tokens", "/admin/tokens", null, 200, 404, 404, 200],
    ["GET audit", "/admin/audit", null, 200, 404, 404, 200],
    [
      "POST unit settings",
      `/admin/settings/units/${root.unitId}`,
      { instruments: "skm", population: "100" },
      303,
      404,
      404,
      404,
    ],
    [
      "POST child redact",
      `/admin/units/${child.unitId}/comments/${comments.spare}/redact`,
      { text: "[disamarkan]" },
      303,
      303,
      403,
      404,
    ],
    [
      "POST child follow-up update",
      `/admin/units/${child.unitId}/follow-ups/${ids.followUp}`,
      { period: "2026", item: "U3", problem: "p", action: "b", owner: "o", status: "berjalan" },
      303,
      303,
      403,
      404,
    ],
    [
      "POST child touchpoint create",
      `/admin/units/${child.unitId}/touchpoints`,
      { label: "Loket baru" },
      303,
      303,
      403,
      404,
    ],
    ["GET child QR png", `/admin/units/${child.unitId}/touchpoints/${child.code}/qr.png`, null, 200, 200, 200, 404],
    ["GET child poster", `/admin/units/${child.unitId}/touchpoints/${child.code}/poster`, null, 200, 200, 200, 404],
    ["POST org settings", "/admin/settings", ORG_SETTINGS, 303, 404, 404, 303],
    [
      "POST invite user",
      "/admin/users",
      { email: `u-${randomId(8).toLowerCase()}@contoh.go.id`, role: "admin" },
      200,
      404,
      404,
      200,
    ],
    ["POST disable user", `/admin/users/${ids.user}`, { disabled: "1" }, 303, 404, 404, 404],
    ["POST create token", "/admin/tokens", { label: "TPI" }, 200, 404, 404, 200],
    ["POST revoke token", `/admin/tokens/${ids.token}/revoke`, {}, 303, 404, 404, 404],
    // Last: it ends the session the rows above used.
    ["POST logout", "/logout", {}, 303, 303, 303, 303],
  ];

  // Each role's run writes (publishes, settings, redactions, logout): each gets its own organization.
  it.each(["admin", "manager", "viewer", "stranger"] as const)("%s", async (role) => {
    const o = await seedOrg();
    const { app } = createTestApp(t.db);
    const cookie = await login(app, o.users[role]);
    const csrf = await csrfOf(app, cookie);
    const column = { admin: 3, manager: 4, viewer: 5, stranger: 6 }[role];
    for (const row of matrix(o)) {
      const [name, path, form] = row;
      const res = form
        ? await postAs(app, cookie, path, { ...form, _csrf: csrf })
        : await getPage(app, cookie, path).then((p) => p.res);
      expect(res.status, `${role}: ${name}`).toBe(row[column]);
    }
  });

  it("shows each user only the units of their scope on the overview", async () => {
    const { app } = createTestApp(t.db);
    const manager = (await getPage(app, await login(app, users.manager), "/admin")).html;
    expect(manager).toContain(`/admin/units/${child.unitId}`);
    expect(manager).not.toContain(`/admin/units/${root.unitId}`);
    const admin = (await getPage(app, await login(app, users.admin), "/admin")).html;
    expect(admin).toContain(`/admin/units/${root.unitId}`);
  });
});

describe("comments", () => {
  it("refuses a change without the form token (CSRF) and changes nothing", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, users.admin);
    const res = await postAs(app, cookie, `/admin/units/${root.unitId}/comments/${comments.root}/status`, {
      status: "ditindaklanjuti",
    });
    expect(res.status).toBe(403);
    const forged = await postAs(app, cookie, `/admin/units/${root.unitId}/comments/${comments.root}/status`, {
      status: "ditindaklanjuti",
      _csrf: "x",
    });
    expect(forged.status).toBe(403);
    const [row] = await t.db
      .select({ s: responses.commentStatus })
      .from(responses)
      .where(eq(responses.id, comments.root!));
    expect(row!.s).not.toBe("ditindaklanjuti");
  });

  it("shows hostile comment text as inert text", async () => {
    const { app } = createTestApp(t.db);
    const { html } = await getPage(app, await login(app, users.admin), `/admin/units/${child.unitId}`);
    // Text nodes are escaped ("<" becomes "&lt;"; a ">" alone cannot open a tag).
    expect(html).toContain("&lt;script>alert(1)&lt;/script>");
    expect(html).toContain("&lt;svg onload=alert(3)>");
    expect(html).not.toMatch(/<script|<img src=x|<svg onload|href="javascript:/i);
  });

  it("finds comments by text and status", async () => {
    const { app } = createTestApp(t.db);
    const cookie = await login(app, users.admin);
    const found = (await getPage(app, cookie, `/admin/units/${root.unitId}?q=loket%20utama`)).html;
    expect(found).toContain("Antrean di loket utama lama");
    const none = (await getPage(app, cookie, `/admin/units/${root.unitId}?q=50%25`)).html;
    expect(none).not.toContain("Antrean di loket utama lama");
  });

  it("redacts personal data for good, and logs who did it without the original text", async () => {
    const { app } = createTestApp(t.db);
    const { child, users } = await seedOrg();
    const { code } = child;
    const res = await postJson(app, {
      token: await visitToken(app, code),
      answers: fullAnswers(),
      comment: "Saya Budi, HP 0812-3456-7890, petugas lambat",
    });
    const { id } = (await res.json()) as { id: string };
    const cookie = await login(app, users.manager);
    const done = await postAs(app, cookie, `/admin/units/${child.unitId}/comments/${id}/redact`, {
      _csrf: await csrfOf(app, cookie),
      text: "[disamarkan], petugas lambat",
    });
    expect(done.status).toBe(303);
    const [row] = await t.db.select().from(responses).where(eq(responses.id, id));
    expect(row!.comment).toBe("[disamarkan], petugas lambat");
    expect(row!.commentRedactedAt).toBeGreaterThan(0);
    const dump =
      JSON.stringify(await t.db.all(sql`select * from audit_log`)) +
      JSON.stringify(await t.db.all(sql`select * from responses`));
    expect(dump).not.toContain("0812-3456-7890");
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `${child.unitId}/${id}`));
    expect(entries).toEqual([expect.objectContaining({ action: "comment.redact", actor: users.manager })]);
    // A redaction can only take words out, never put new ones in a respondent's mouth.
    const rewrite = await postAs(app, cookie, `/admin/units/${child.unitId}/comments/${id}/redact`, {
      _csrf: await csrfOf(app, cookie),
      text: "petugas sangat cepat",
    });
    expect(rewrite.status).toBe(400);
    expect((await t.db.select().from(responses).where(eq(responses.id, id)))[0]!.comment).toBe(
      "[disamarkan], petugas lambat",
    );
  });
});
