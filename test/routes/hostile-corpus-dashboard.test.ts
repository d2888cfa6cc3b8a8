import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOrganizationSettings } from "../../db/queries/admin";
import { getUserByEmail } from "../../db/queries/users";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import {
  HOSTILE_IDS,
  gets,
  hostileForms,
  hostileQueries,
  lyingLengths,
  posts,
  sendFamily,
  wrongBodyTypes,
  type HostileBody,
  type Req,
} from "../helpers/hostile";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

/**
 * The hostile corpus (test/helpers/hostile.ts) against the dashboard, signed in as an admin: every page
 * with hostile query values and ids, every form with hostile fields and form tokens of the wrong kind,
 * and the sign-in form. Never a 5xx, never internals, nothing stored, /healthz still answers.
 */
let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let app: ReturnType<typeof createTestApp>["app"];
let cookie: string;
let csrf: string;
let unit: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
  unit = `/admin/units/${tp.unitId}`;
  await updateOrganizationSettings(t.db, tp.orgId, JSON.stringify({ minRespondents: 1 }));
  app = createTestApp(t.db, {}, () => Date.UTC(2026, 6, 10, 3) / 1000).app;
  for (const key of ["statusComment", "redactComment"]) {
    const res = await postJson(app, {
      token: await visitToken(app, tp.code),
      answers: fullAnswers(),
      comment: "Antrean di loket utama lama",
    });
    ids[key] = ((await res.json()) as { id: string }).id;
  }
  cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
  csrf = await csrfOf(app, cookie);
  ids.user = (await getUserByEmail(t.db, await seedUser(t.db, tp.orgId, "viewer", tp.unitId)))!.id;
  ids.token = (await seedEvaluatorToken(t.db, tp.orgId)).id;
  const plan = {
    _csrf: csrf,
    period: "2026",
    item: "U3",
    problem: "Antrean",
    action: "Tambah loket",
    owner: "Kepala",
    quarter: "3",
    dueDate: "",
    status: "rencana",
    evidence: "",
  };
  expect((await postAs(app, cookie, `${unit}/follow-ups`, plan)).status).toBe(303);
  ids.followUp = (await t.db.all<{ id: string }>(sql`select id from follow_ups`))[0]!.id;
  expect((await postAs(app, cookie, `${unit}/publish`, { _csrf: csrf, period: "2026-Q3", confirm: "1" })).status).toBe(
    303,
  );
});
afterAll(() => t.close());

const family = (requests: Req[], mayChange: string[] = []) => sendFamily(app, t.db, requests, { mayChange });
const signedIn = () => ({ Cookie: cookie });
// The other parameters a page needs, so that the hostile one is what is judged.
const BASE: Record<string, string> = { from: "to=2026-12-31", to: "from=2026-01-01" };
const pageUrls = (path: string, params: string[]) =>
  params.flatMap((p) => hostileQueries(p, BASE[p]).map((q) => `${path}?${q}`));

describe("dashboard pages with hostile query values and ids", () => {
  it("the overview, a unit's page, its report, touchpoints, QR codes, settings, users, tokens, audit", async () => {
    const qr = `${unit}/touchpoints/${tp.code}`;
    await family(
      gets(
        [
          ...pageUrls("/admin", ["period", "from", "to", "lang"]),
          ...pageUrls(unit, ["period", "from", "to", "q", "status", "published", "lang"]),
          ...pageUrls(`${unit}/report`, ["period", "from", "to", "lang"]),
          ...[
            `${unit}/touchpoints`,
            `${qr}/poster`,
            `${qr}/qr.svg`,
            "/admin/settings",
            "/admin/users",
            "/admin/tokens",
            "/admin/audit",
          ].flatMap((p) => pageUrls(p, ["lang", "saved"])),
          ...HOSTILE_IDS.flatMap((id) => [
            `/admin/units/${id}`,
            `/admin/units/${id}/report`,
            `/admin/units/${id}/touchpoints`,
            `${unit}/touchpoints/${id}/qr.png`,
            `${unit}/touchpoints/${id}/poster`,
          ]),
        ],
        signedIn(),
      ),
    );
  });

  it("a session cookie of every wrong kind signs nobody in", async () => {
    const session = cookie.split("=")[1]!;
    const cookies = [
      `zis_session=${"x".repeat(10_240)}`,
      "zis_session=%FF%FE",
      "zis_session=%",
      `zis_session=${session}%00`,
      `zis_session=x; ${cookie}`,
      '"zis_session"=x',
      "=;=;",
      `zis_session="${session}"`,
    ];
    const publish = (c: string) => ({
      path: `${unit}/publish`,
      init: { method: "POST", body: new URLSearchParams({ _csrf: csrf, period: "0999" }), headers: { Cookie: c } },
    });
    await family(cookies.flatMap((c) => [{ path: unit, init: { headers: { Cookie: c } } }, publish(c)]));
  });

  it("the exports: a refused period exports nothing, an accepted one is audited with a clean period", async () => {
    const exports = [`${unit}/export.csv`, `${unit}/export.xlsx`];
    await family(
      gets(
        [
          ...exports.flatMap((p) => pageUrls(p, ["period", "from", "to"])),
          ...HOSTILE_IDS.map((id) => `/admin/units/${id}/export.csv`),
        ],
        signedIn(),
      ),
      ["audit"],
    );
    const details = await t.db.all<{ detail: string }>(
      sql`select distinct detail from audit_log where action like 'export.%'`,
    );
    // An empty or repeated period falls back to the current year: the one export a hostile query may get.
    expect(details.map((d) => d.detail)).toEqual(["2026"]);
  });
});

type Form = {
  name: string;
  path: string;
  base: Record<string, string>;
  poisons: Record<string, string>[];
  ids?: (id: string) => string;
  mayChange?: string[];
};

/**
 * Every dashboard form, valid but for one poison: when a field is made hostile, the first poison that
 * leaves that field alone is applied too, so no body can be accepted (the field's own hostile value is
 * still read and judged: a zod object checks every field).
 */
const forms = (): Form[] => [
  {
    name: "publish",
    path: `${unit}/publish`,
    base: { period: "2026-Q3", confirm: "1" },
    poisons: [{ period: "0999" }],
    ids: (id) => `/admin/units/${id}/publish`,
  },
  {
    name: "comment status",
    path: `${unit}/comments/${ids.statusComment}/status`,
    base: { status: "dibaca", back: "period=2026" },
    poisons: [{ status: "dihapus" }],
    ids: (id) => `${unit}/comments/${id}/status`,
  },
  // A text that cleans to nothing is a legitimate full redaction: the one write this corpus may cause (checked below).
  {
    name: "comment redaction",
    path: `${unit}/comments/${ids.redactComment}/redact`,
    base: { text: "[disamarkan] lama", back: "" },
    poisons: [{ text: "sangat cepat" }],
    ids: (id) => `${unit}/comments/${id}/redact`,
    mayChange: ["comments", "audit"],
  },
  {
    name: "touchpoint create",
    path: `${unit}/touchpoints`,
    base: { label: "Loket", service: "Umum" },
    poisons: [{ label: "x".repeat(101) }, { service: "y".repeat(101) }],
    ids: (id) => `/admin/units/${id}/touchpoints`,
  },
  // A rename reads the label and the open box only, so a hostile value elsewhere is ignored and the rename stands:
  // the stored label must then be clean (checked below).
  {
    name: "touchpoint update",
    path: `${unit}/touchpoints/${tp.code}`,
    base: { label: "Loket", active: "1" },
    poisons: [{ label: "x".repeat(101) }],
    ids: (id) => `${unit}/touchpoints/${id}`,
    mayChange: ["touchpoints", "audit"],
  },
  ...[`${unit}/follow-ups`, `${unit}/follow-ups/${ids.followUp}`].map((path, i): Form => ({
    name: ["follow-up create", "follow-up update"][i]!,
    path,
    base: {
      period: "2026",
      item: "U3",
      problem: "p",
      action: "a",
      owner: "o",
      quarter: "3",
      dueDate: "",
      status: "rencana",
      statusDate: "",
      evidence: "",
      forumId: "",
    },
    poisons: [{ item: "Z9" }, { status: "dihapus" }, { quarter: "5" }],
    ids: (id: string) => `${unit}/follow-ups/${id}`,
  })),
  {
    name: "forum create",
    path: `${unit}/follow-ups/forums`,
    base: { period: "2026", heldOn: "2026-01-05", notes: "Disepakati tambah loket" },
    poisons: [{ heldOn: "2999-01-01" }, { period: "0999" }],
  },
  {
    name: "organization settings",
    path: "/admin/settings",
    base: {
      timeZone: "Asia/Jakarta",
      weighting: "exact",
      conversion: "ratio",
      minRespondents: "30",
      retentionMonths: "24",
      privacyNotice: "",
      bands_age: "<30\n30+",
      bands_gender: "L\nP",
      bands_education: "SMA\nS1",
      bands_occupation: "PNS\nSwasta",
    },
    poisons: [{ timeZone: "Mars/Base" }, { weighting: "0.2" }],
  },
  {
    name: "unit settings",
    path: `/admin/settings/units/${tp.unitId}`,
    base: { instruments: "skm", population: "100", timeZone: "" },
    poisons: [{ population: "-5" }, { instruments: "ikm" }],
    ids: (id) => `/admin/settings/units/${id}`,
  },
  {
    name: "user invite",
    path: "/admin/users",
    base: { email: "baru@contoh.go.id", role: "manager", unit: tp.unitId },
    poisons: [{ role: "root" }, { email: "bukan-surel" }],
  },
  // A user that does not exist: the field is read, and no account's state can change.
  {
    name: "user disable",
    path: "/admin/users/tidak-ada",
    base: { disabled: "1" },
    poisons: [],
    ids: (id) => `/admin/users/${id}`,
  },
  {
    name: "token create",
    path: "/admin/tokens",
    base: { label: "TPI", unit: "" },
    poisons: [{ label: "x".repeat(101) }, { unit: "tidak-ada" }],
  },
  {
    name: "token revoke",
    path: "/admin/tokens/tidak-ada/revoke",
    base: {},
    poisons: [],
    ids: (id) => `/admin/tokens/${id}/revoke`,
  },
];

const poisoned = (f: Form, field?: string) => ({ ...f.base, ...f.poisons.find((p) => !field || !(field in p)) });

/** Form tokens of every wrong kind: missing, empty, wrong, twice, an array, a file, sizes, escapes, the wrong body type. */
function csrfVariants(fields: Record<string, string>): (HostileBody & { passes?: boolean })[] {
  const form = (pairs: [string, string][]) => ({
    label: `_csrf ${JSON.stringify(pairs.map((p) => p[1].slice(0, 8)))}`,
    body: new URLSearchParams([...Object.entries(fields), ...pairs]).toString(),
    type: "application/x-www-form-urlencoded",
  });
  const file = new FormData();
  for (const [k, v] of Object.entries(fields)) file.append(k, v);
  file.append("_csrf", new Blob([csrf]), "csrf.txt");
  return [
    form([]),
    ...[
      "",
      "x",
      `${csrf}x`,
      ` ${csrf}`,
      csrf.slice(1),
      "x".repeat(10_240),
      "x".repeat(100_000),
      "\u0000",
      "\uD800",
    ].map((v) => form([["_csrf", v]])),
    // The last of two values counts: this token passes, and the poison refuses the form.
    {
      ...form([
        ["_csrf", "x"],
        ["_csrf", csrf],
      ]),
      passes: true,
    },
    form([
      ["_csrf", csrf],
      ["_csrf", "x"],
    ]),
    form([["_csrf[]", csrf]]),
    { ...form([]), label: "_csrf raw escapes", body: `${new URLSearchParams(fields)}&_csrf=%ED%A0%80%FF` },
    { label: "_csrf as a file", body: file },
    ...wrongBodyTypes({ ...fields, _csrf: csrf }),
  ];
}

describe("dashboard forms with hostile fields and form tokens", () => {
  const names = [
    "publish",
    "comment status",
    "comment redaction",
    "touchpoint create",
    "touchpoint update",
    "follow-up create",
    "follow-up update",
    "forum create",
    "organization settings",
    "unit settings",
    "user invite",
    "user disable",
    "token create",
    "token revoke",
  ];
  it.each(names)("%s", async (name) => {
    const f = forms().find((x) => x.name === name)!;
    const urlencoded = (fields: Record<string, string>) => new URLSearchParams({ ...fields, _csrf: csrf }).toString();
    const fields = Object.keys(f.base).flatMap((field) => hostileForms({ ...poisoned(f, field), _csrf: csrf }, field));
    const paths = (f.ids ? HOSTILE_IDS.map(f.ids) : []).flatMap((path) =>
      posts(
        path,
        [{ label: "", body: urlencoded(poisoned(f)), type: "application/x-www-form-urlencoded" }],
        signedIn(),
      ),
    );
    const lastAudit = (await t.db.all<{ n: number }>(sql`select max(id) as n from audit_log`))[0]!.n;
    const lying = lyingLengths(f.path, urlencoded(poisoned(f)), "application/x-www-form-urlencoded", signedIn());
    const statuses = await family(
      [...posts(f.path, [...fields, ...csrfVariants(poisoned(f))], signedIn()), ...paths, ...lying],
      f.mayChange,
    );
    // The hostile fields came with a good form token: the form itself judged them.
    expect(statuses.slice(0, fields.length)).not.toContain(403);
    if (f.name === "touchpoint update") {
      const [row] = await t.db.all<{ label: string }>(sql`select label from touchpoints where code = ${tp.code}`);
      expect([...row!.label].length).toBeLessThanOrEqual(100);
      expect(row!.label).toBe(row!.label.trim());
      const actions = await t.db.all<{ action: string }>(
        sql`select distinct action from audit_log where id > ${lastAudit}`,
      );
      expect(actions.map((a) => a.action)).toEqual(["touchpoint.update"]);
    } else if (f.mayChange) {
      const comment = async (id: string) =>
        (
          await t.db.all<{ comment: string; status: string }>(
            sql`select comment, comment_status as status from responses where id = ${id}`,
          )
        )[0];
      expect(await comment(ids.statusComment!)).toEqual({ comment: "Antrean di loket utama lama", status: "baru" });
      expect((await comment(ids.redactComment!))!.comment).toMatch(/^(Antrean di loket utama lama|\[disamarkan\])$/);
      const actions = await t.db.all<{ action: string }>(
        sql`select distinct action from audit_log where id > ${lastAudit}`,
      );
      expect(actions.map((a) => a.action)).toEqual(["comment.redact"]);
    }
  });

  it("the table above covers every form", () => expect(forms().map((f) => f.name)).toEqual(names));

  it("logout refuses every wrong form token, and the session lives on", async () => {
    await family(
      posts(
        "/logout",
        csrfVariants({}).filter((b) => !b.passes),
        signedIn(),
      ),
    );
    expect((await app.request("/admin", { headers: signedIn() })).status).toBe(200);
  });
});

describe("the sign-in form with hostile fields", () => {
  it("refuses them all without a 5xx; only the attempt counters change", async () => {
    // An address per request, and an account per hostile password, so that the attempt limits do not stop
    // a password before it is hashed (every other field is read before the limits are).
    let n = 0;
    const base = { email: "tidak-ada@contoh.go.id", password: "salah-sekali", next: "/admin" };
    const bodies = [...Object.keys(base).flatMap((field) => hostileForms(base, field)), ...wrongBodyTypes(base)];
    const requests = posts("/login", bodies).map(({ init, ...r }) => ({
      ...r,
      init: {
        ...init,
        body:
          typeof init!.body === "string" && r.label?.startsWith("password")
            ? init!.body.replace("tidak-ada%40", `tidak-ada-${n}%40`)
            : init!.body,
        headers: { ...(init!.headers as Record<string, string>), "x-test-client": `203.0.113.${n++ % 250}` },
      },
    }));
    const lying = lyingLengths("/login", new URLSearchParams(base).toString(), "application/x-www-form-urlencoded", {
      "x-test-client": "203.0.113.251",
    });
    await family([...requests, ...lying, ...gets(pageUrls("/login", ["next", "lang"]))], ["rateBuckets", "rateCounts"]);
  }, 30_000);
});
