import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { getUnit, updateOrganizationSettings } from "../../db/queries/admin";
import { CLI_ACTOR } from "../../worker/actions/action";
import { publish } from "../../worker/actions/publishing";
import { createTestApp } from "../helpers/app";
import { runCli } from "../helpers/cli";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedEvaluatorToken, seedTouchpoint } from "../helpers/factories";
import {
  HOSTILE_IDS,
  INTERNALS,
  MALFORMED_FORMS,
  gets,
  hostileForms,
  hostileQueries,
  lyingLengths,
  posts,
  sendFamily,
  storedState,
  type HostileBody,
  type Req,
} from "../helpers/hostile";
import { postJson, tokenFromPage, visitToken } from "../helpers/survey";

/**
 * The hostile corpus (test/helpers/hostile.ts) against every citizen, evaluator and public route:
 * never a 5xx, never internals in the answer, the API's one error shape, nothing stored, and the server
 * still answers /healthz; then a few CLI invocations with hostile flags. The dashboard and the sign-in
 * form are in hostile-corpus-dashboard.test.ts.
 */
let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let app: ReturnType<typeof createTestApp>["app"];
let unitCode: string;
let bearer: { Authorization: string };

beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
  await updateOrganizationSettings(t.db, tp.orgId, JSON.stringify({ minRespondents: 1 }));
  unitCode = (await getUnit(t.db, tp.unitId))!.code;
  const now = Date.UTC(2026, 6, 10, 3) / 1000;
  // The API's own rate counter is not what is counted here: off, so "nothing stored" is exact.
  app = createTestApp(t.db, { API_RATE_LIMIT: "off" }, () => now).app;
  for (let i = 0; i < 2; i++)
    expect((await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers() })).status).toBe(201);
  await publish(t.db, CLI_ACTOR, { unitId: tp.unitId, period: "2026-Q3", confirm: true }, now);
  bearer = { Authorization: `Bearer ${(await seedEvaluatorToken(t.db, tp.orgId)).token}` };
});
afterAll(() => t.close());

const family = (requests: Req[], o: { api?: boolean } = {}) => sendFamily(app, t.db, requests, o);

/** Bodies that are wrong as a whole: no body, wrong types, sizes past the limit, bytes that are no text. */
function wholeBodies(valid: string): HostileBody[] {
  const json = "application/json";
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  const multipart = new FormData();
  for (const [k, v] of new URLSearchParams(valid)) multipart.append(k, v);
  const raw = [
    "",
    " ",
    "null",
    "0",
    "-1",
    "1e309",
    '"text"',
    "[]",
    "[{}]",
    "true",
    "{",
    '{"token":',
    "\u0000",
    "\uFEFF" + valid,
    `${valid}x`,
    "[".repeat(100_000),
    deep(30_000),
  ];
  return [
    ...raw.map((body) => ({ label: JSON.stringify(body.slice(0, 20)), body, type: json })),
    {
      label: "bytes that are no UTF-8",
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      type: json,
    },
    ...[
      "text/plain",
      "application/x-www-form-urlencoded",
      "application/xml",
      "application/json; charset=utf-16",
      "multipart/form-data; boundary=x",
    ].map((type) => ({ label: type, body: valid, type })),
    { label: "no type", body: valid },
    { label: "multipart", body: multipart },
    ...MALFORMED_FORMS,
  ];
}

describe("the hostile corpus against citizens' routes", () => {
  it("survey pages and visit tokens with hostile codes and query values", async () => {
    await family([
      ...gets(hostileQueries("lang").map((q) => `/s/${tp.code}?${q}`)),
      ...gets(hostileQueries("lang").map((q) => `/s/${tp.code}/terima-kasih?${q}`)),
      ...gets(HOSTILE_IDS.map((id) => `/s/${id}`)),
      ...["x".repeat(10_240), "en;q=NaN, *;q=1e309", "__proto__", ""].flatMap((lang) =>
        gets([`/s/${tp.code}`], { "Accept-Language": lang }),
      ),
    ]);
    await family(gets(HOSTILE_IDS.map((id) => `/api/v1/touchpoints/${id}/visit`)), { api: true });
  });

  it("the survey form with every field hostile, wrong types and wrong bodies", async () => {
    const token = await tokenFromPage(app, tp.code);
    const base = {
      ...Object.fromEntries(Object.entries(fullAnswers()).map(([k, v]) => [k, String(v)])),
      token,
      steered: "ya",
      age: "",
      gender: "",
      education: "",
      occupation: "",
      comment: "",
      lang: "id",
    };
    // Each body is also wrong in one more way (an answer out of range), so none can be stored.
    const poisoned = (field: string) => ({ ...base, ...(field === "U9" ? { U1: "0" } : { U9: "0" }) });
    // The first and last item of each instrument stand for the others; "website" is the bots' honeypot.
    const fields = Object.keys(base)
      .filter((k) => !/^[UPA][2-8]$/.test(k))
      .concat("website");
    await family(fields.flatMap((field) => posts(`/s/${tp.code}`, hostileForms(poisoned(field), field))));
    const valid = new URLSearchParams(poisoned("U1")).toString();
    const form = "application/x-www-form-urlencoded";
    await family([
      ...posts(`/s/${tp.code}`, wholeBodies(valid)),
      ...lyingLengths(`/s/${tp.code}`, valid, form),
      ...HOSTILE_IDS.flatMap((id) => posts(`/s/${id}`, [{ label: "", body: valid, type: form }])),
    ]);
  });

  it("the JSON endpoint with every field hostile, deep JSON, duplicate keys and wrong types", async () => {
    const token = await visitToken(app, tp.code);
    // Valid to the schema but wrong to the rules (a band the form does not offer): nothing may be stored.
    const base = {
      token,
      answers: fullAnswers(),
      steered: true,
      profile: { age: "bukan-pilihan" },
      comment: "Antrean lama",
      lang: "id",
    };
    const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
    const values = [
      "null",
      "true",
      "0",
      "-1",
      "1.5",
      "1e309",
      "-1e309",
      '"0x10"',
      '"4"',
      '""',
      '" "',
      "[]",
      "{}",
      "[4]",
      '{"$gt":0}',
      '"\\u0000"',
      '"\\ud800"',
      '"\\u202e"',
      JSON.stringify("x".repeat(10_240)),
      deep(20_000),
      '{"__proto__":{"U1":4}}',
    ];
    const hole = (path: string[], value: string) =>
      JSON.stringify(path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), "\u0001HOLE")).replace(
        '"\\u0001HOLE"',
        value,
      );
    const withHole = (path: string[], value: string) => {
      const copy = JSON.parse(JSON.stringify(base)) as Record<string, Record<string, unknown>>;
      // Where the profile itself is hostile, an answer out of range keeps the body wrong.
      if (path[0] === "profile") copy.answers!.U9 = 0;
      if (path.length === 2) copy[path[0]!]![path[1]!] = "\u0001HOLE";
      else copy[path[0]!] = "\u0001HOLE" as never;
      return JSON.stringify(copy).replace('"\\u0001HOLE"', value);
    };
    const paths = [
      ...Object.keys(base).map((k) => [k]),
      ["answers", "U1"],
      ["answers", "__proto__"],
      ["answers", "constructor"],
      ["profile", "age"],
      ["profile", "prototype"],
    ];
    const bodies: HostileBody[] = paths.flatMap((p) =>
      values.map((v) => ({
        label: `${p.join(".")}=${v.slice(0, 20)}`,
        body: withHole(p, v),
        type: "application/json",
      })),
    );
    const valid = JSON.stringify(base);
    const tricks = [
      `{"token":"x",${valid.slice(1)}`,
      `${valid.slice(0, -1)},"token":"x"}`,
      hole(["__proto__", "token"], JSON.stringify(token)),
      hole(["constructor", "prototype", "polluted"], "1"),
    ];
    await family(
      [
        ...posts("/api/v1/responses", [
          ...bodies,
          ...tricks.map((body) => ({ label: body.slice(0, 30), body, type: "application/json" })),
          ...wholeBodies(valid),
        ]),
        ...lyingLengths("/api/v1/responses", valid, "application/json"),
      ],
      { api: true },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the hostile corpus against the evaluator API", () => {
  // The other parameters a request needs, so that the hostile one is what is judged.
  const PARAMS: Record<string, string> = {
    period: "",
    from: "to=2026-12-31",
    to: "from=2026-01-01",
    scope: "period=2026",
    granularity: "period=2026",
    weighting: "period=2026",
    conversion: "period=2026",
    limit: "period=2026",
    cursor: "period=2026",
  };

  it.each(["indices", "trend", "responses"])(
    "/units/{id}/%s with hostile values in every parameter and the path",
    async (endpoint) => {
      const path = `/api/v1/units/${tp.unitId}/${endpoint}`;
      const urls = Object.entries(PARAMS).flatMap(([param, base]) =>
        hostileQueries(param, base).map((q) => `${path}?${q}`),
      );
      const statuses = await family(
        gets([...urls, ...HOSTILE_IDS.map((id) => `/api/v1/units/${id}/${endpoint}?period=2026`)], bearer),
        { api: true },
      );
      expect(statuses).not.toContain(401);
    },
  );

  it("/units with hostile queries, hostile credentials and hostile ETags", async () => {
    const auth = [
      "",
      "Bearer",
      "Bearer ",
      `Bearer zis_${"x".repeat(10_240)}`,
      "Bearer a b",
      "Basic YTpi",
      `${bearer.Authorization} x`,
      `bearer ${bearer.Authorization.slice(7)}`,
    ];
    const etags = [`${'W/"x", '.repeat(2000)}*`, '""', ","];
    await family(
      [
        ...gets(
          hostileQueries("scope").map((q) => `/api/v1/units?${q}`),
          bearer,
        ),
        ...auth.map((a) => ({ path: "/api/v1/units", init: { headers: { Authorization: a } } })),
        ...etags.map((e) => ({
          path: `/api/v1/units/${tp.unitId}/indices?period=2026`,
          init: { headers: { ...bearer, "If-None-Match": e } },
        })),
      ],
      { api: true },
    );
  });
});

describe("the hostile corpus against the public pages", () => {
  it("/p and /p/{code}/… with hostile codes and query values", async () => {
    const subs = ["", "/data.json", "/data.csv", "/poster", "/badge.svg"];
    await family([
      ...gets(hostileQueries("org").map((q) => `/p?${q}`)),
      ...subs.flatMap((sub) =>
        gets([
          ...HOSTILE_IDS.map((id) => `/p/${id}${sub}`),
          ...hostileQueries("period").map((q) => `/p/${unitCode}${sub}?${q}`),
        ]),
      ),
      ...gets([`/p/${unitCode}/data.json`, `/p/${unitCode}/badge.svg`], {
        "If-None-Match": `${'W/"x", '.repeat(2000)}*`,
      }),
    ]);
  });
});

describe("the hostile corpus against other methods", () => {
  it("PUT, DELETE, PATCH, OPTIONS and HEAD on every family's routes", async () => {
    const methods = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];
    const paths = [
      `/s/${tp.code}`,
      `/p/${unitCode}/data.json`,
      "/admin",
      `/admin/units/${tp.unitId}/export.csv`,
      "/login",
      "/logout",
    ];
    await family(paths.flatMap((path) => methods.map((method) => ({ path, init: { method } }))));
    // HEAD has no body to hold the API's error shape.
    const api = [
      "/api/v1/responses",
      `/api/v1/units/${tp.unitId}/indices?period=2026`,
      `/api/v1/touchpoints/${tp.code}/visit`,
    ];
    await family(
      api.flatMap((path) => methods.slice(0, -1).map((method) => ({ path, init: { method, headers: bearer } }))),
      { api: true },
    );
  });
});

/** The CLI as an operator runs it (like test/cli-hostile.test.ts): exit code, stdout and stderr. */
const admin = (databaseUrl: string, ...args: string[]) =>
  runCli([...args, "--json"], { ...process.env, DATABASE_URL: databaseUrl });

describe("the hostile corpus against the admin CLI", () => {
  // Each invocation is a process start of a few seconds: a handful, one per kind of flag.
  it("refuses a bad period, a missing value, a 10 KB id and numbers no count can be, storing nothing", async () => {
    const cli = await createTestDb();
    onTestFinished(() => cli.close());
    const seeded = await seedTouchpoint(cli.db);
    const slug = `org-${seeded.orgId.toLowerCase()}`;
    const before = await storedState(cli.db);
    const long = "x".repeat(10_240);
    const runs = await Promise.all([
      admin(cli.url, "publish", "--unit", seeded.unitId, "--period", "0999-Q1"),
      admin(cli.url, "publish", "--unit", long, "--period", "2026"),
      admin(cli.url, "touchpoint:create", "--unit", seeded.unitId, "--label"),
      admin(cli.url, "unit:create", "--org", slug, "--name", "UPT", "--code", "upt-hostile", "--population", "-1e309"),
      // 0x10 is read as 16; NaN keeps the whole command refused.
      admin(cli.url, "org:settings", "--org", slug, "--min-respondents", "0x10", "--retention-months", "NaN"),
      admin(cli.url, "token:revoke", "--id", long),
    ]);
    for (const [i, r] of runs.entries()) {
      expect(r.code, `run ${i}: ${r.stderr}`).toBe(1);
      expect((JSON.parse(r.stdout) as { error: { code: string } }).error.code, `run ${i}`).toBe("INVALID");
      expect(INTERNALS.exec(r.stdout + r.stderr)?.[0], `run ${i}`).toBeUndefined();
    }
    expect(await storedState(cli.db)).toEqual(before);
  }, 60_000);
});
