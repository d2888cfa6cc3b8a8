import { sql } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "../../db/db";
import { normalizeText } from "../../worker/text";
import { writtenRows } from "./counts";

type App = { request: (input: string, init?: RequestInit) => Response | Promise<Response> };

const KB10 = "x".repeat(10 * 1024);
const KB100 = "y".repeat(100 * 1024);

/**
 * Hostile values for any text field or query parameter, as they arrive decoded: blanks, sizes no field
 * allows, control and bidi characters, lone surrogates (a form or query turns them into U+FFFD),
 * numbers no parser should take, words that mean something to JavaScript, SQL, paths and templates.
 */
const HOSTILE_VALUES: readonly string[] = [
  ...["", " ", " \t\r\n ", KB10, KB100],
  ...["\u0000", "a\u0000b", "\u001b[2J", "\u007f", "\u202egnp.exe", "\uD800", "\uDFFFx"],
  ...["-1", "-0", "0", "1.5", "1e309", "-1e309", "NaN", "Infinity", "0x10", "9".repeat(400)],
  ...["true", "null", "undefined", "[]", "{}", "[object Object]", "__proto__", "constructor", "prototype", "toString"],
  ...["../../etc/passwd", "<script>alert(1)</script>", "' or 1=1 --", "%s%n", "${7*7}", "\r\nSet-Cookie: x=1"],
];

/** What only raw bytes can say: percent-encoded lone surrogates and invalid UTF-8, broken escapes, NUL, CRLF. */
const RAW_ESCAPES: readonly string[] = [
  "%ED%A0%80",
  "%ED%BF%BF",
  "%FF%FE",
  "%C0%AF",
  "%",
  "%zz",
  "%00",
  "%E2%80%AE",
  "%0D%0ASet-Cookie:%20x=1",
];

/** Path segments for ids and codes: traversal, encodings that do not decode, lengths no id has. */
export const HOSTILE_IDS: readonly string[] = [
  ...["..%2F..%2Fadmin", "..%252F", "%2e%2e%2f", "a%2Fb", "%00", "%20", "x%0D%0Ay"],
  ...RAW_ESCAPES.slice(0, 6),
  ...[encodeURIComponent(KB10), "__proto__", "constructor", "'%20or%201=1", "-1", "1e309", "%E2%80%AEabc"],
];

/**
 * Query strings that put every hostile value into `param`, plus a key without a value, repeated keys
 * (an array where one string is expected) and bracketed keys, after `base` (the other parameters).
 */
export function hostileQueries(param: string, base = ""): string[] {
  const p = encodeURIComponent(param);
  const queries = [
    ...HOSTILE_VALUES.map((v) => new URLSearchParams([[param, v]]).toString()),
    ...RAW_ESCAPES.map((raw) => `${p}=${raw}`),
    ...[p, `${p}=1&${p}=2`, `${p}=2026&${p}=0999`, `${p}[]=1`, `${p}[__proto__][x]=1`, `__proto__[${p}]=1`],
  ];
  return queries.map((q) => (base ? `${base}&${q}` : q));
}

export type HostileBody = { label: string; body: BodyInit; type?: string };

/**
 * Form bodies that are `base` with `field` made hostile: every hostile value, raw escapes, the field
 * twice, and the field as a file in a multipart form (a File where a string is expected).
 */
export function hostileForms(base: Record<string, string>, field: string): HostileBody[] {
  const rest = Object.entries(base).filter(([k]) => k !== field);
  const form = (pairs: [string, string][]) => new URLSearchParams([...rest, ...pairs]).toString();
  const urlencoded = "application/x-www-form-urlencoded";
  const multipart = new FormData();
  for (const [k, v] of rest) multipart.append(k, v);
  multipart.append(field, new Blob(["\u0000%PDF"], { type: "application/pdf" }), "x.pdf");
  return [
    ...HOSTILE_VALUES.map((v) => ({
      label: `${field}=${JSON.stringify(v.slice(0, 20))}`,
      body: form([[field, v]]),
      type: urlencoded,
    })),
    ...RAW_ESCAPES.map((raw) => ({ label: `${field}=${raw}`, body: `${form([])}&${field}=${raw}`, type: urlencoded })),
    {
      label: `${field} twice`,
      body: form([
        [field, base[field] ?? "a"],
        [field, "b"],
      ]),
      type: urlencoded,
    },
    {
      label: `${field} with prototype keys`,
      body: form([
        [field, "b"],
        ["__proto__", "1"],
        ["constructor[prototype][x]", "1"],
        [`${field}[]`, "c"],
      ]),
      type: urlencoded,
    },
    { label: `${field} as a file`, body: multipart },
  ];
}

const part = (boundary: string, tail: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n${tail}`;

/** Bodies that promise a form they are not: multipart without a boundary, with another one, cut short; bytes that are no text. */
export const MALFORMED_FORMS: readonly HostileBody[] = [
  { label: "multipart, no boundary", body: "a=1", type: "multipart/form-data" },
  { label: "multipart, empty boundary", body: "a=1", type: "multipart/form-data; boundary=" },
  { label: "multipart, other boundary", body: part("y", "--y--"), type: "multipart/form-data; boundary=x" },
  { label: "multipart, cut short", body: part("x", ""), type: "multipart/form-data; boundary=x" },
  {
    label: "urlencoded bytes",
    body: new Uint8Array([0xff, 0xfe, 0x00, 0x3d, 0x26, 0x3d]),
    type: "application/x-www-form-urlencoded",
  },
];

/** `fields` sent as what a form is not: JSON, plain text, and the malformed forms above. */
export const wrongBodyTypes = (fields: Record<string, string>): HostileBody[] => [
  { label: "as JSON", body: JSON.stringify(fields), type: "application/json" },
  { label: "as text/plain", body: new URLSearchParams(fields).toString(), type: "text/plain" },
  ...MALFORMED_FORMS,
];

/** A valid body whose Content-Length header lies: far past any limit, negative, not a number. */
export const lyingLengths = (path: string, body: string, type: string, headers: Record<string, string> = {}): Req[] =>
  ["99999999999", "65537", "-1", "abc", "1e309", "0"].map((length) => ({
    path,
    label: `Content-Length ${length}`,
    init: { method: "POST", body, headers: { ...headers, "Content-Type": type, "Content-Length": length } },
  }));

// Signs of internals in a response: database errors, JavaScript error names, stack frames, our files.
export const INTERNALS =
  /SQLITE|LibsqlError|TypeError|RangeError|ReferenceError|Maximum call stack|^\s*at \S.*:\d+:\d+|node_modules|\/work\/|file:\/\/|\.tsx?:\d+/m;

/** No 5xx, no internals in the body, and under /api the one JSON error shape. */
async function expectSafe(res: Response, label: string, { api = false } = {}) {
  expect(res.status, label).toBeLessThan(500);
  const type = res.headers.get("content-type") ?? "";
  const body = /image\/png|spreadsheetml/.test(type) ? "" : await res.text();
  expect(INTERNALS.exec(body)?.[0], label).toBeUndefined();
  if (api && res.status >= 400) {
    expect(type, label).toContain("application/json");
    const { error } = JSON.parse(body) as { error: Record<string, unknown> };
    expect(error, label).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
      requestId: expect.any(String),
    });
  }
  return res;
}

/**
 * Everything a refused request could have changed: the survey's rows and sums (writtenRows), and the
 * contents of every table an operator's form writes. Token use times are left out: reading the API is
 * meant to record them.
 */
export async function storedState(db: Db) {
  const [row] = await db.all<Record<string, unknown>>(sql`
    select
      (select count(*) from published_snapshots) as snapshots,
      (select count(*) from audit_log) as audit,
      (select count(*) from sessions) as sessions,
      (select group_concat(v, ';') from (select id || '|' || period || '|' || item || '|' || problem || '|' || action || '|' || owner || '|' || coalesce(due_date, '') || '|' || status || '|' || coalesce(evidence, '') || '|' || coalesce(updated_at, '') || '|' || coalesce(quarter, '') || '|' || coalesce(started_on, '') || '|' || coalesce(done_on, '') || '|' || coalesce(forum_id, '') as v from follow_ups order by id)) as followUps,
      (select group_concat(v, ';') from (select id || '|' || period || '|' || held_on || '|' || notes as v from forums order by id)) as forums,
      (select group_concat(v, ';') from (select id || '|' || email || '|' || role || '|' || coalesce(unit_id, '') || '|' || coalesce(disabled_at, '') as v from users order by id)) as users,
      (select group_concat(v, ';') from (select id || '|' || coalesce(label, '') || '|' || coalesce(unit_id, '') || '|' || coalesce(revoked_at, '') as v from api_tokens order by id)) as tokens,
      (select group_concat(v, ';') from (select id || '|' || label || '|' || active || '|' || coalesce(service_id, '') as v from touchpoints order by id)) as touchpoints,
      (select group_concat(v, ';') from (select id || '|' || name as v from services order by id)) as services,
      (select group_concat(v, ';') from (select id || '|' || name || '|' || time_zone || '|' || settings as v from organizations order by id)) as organizations,
      (select group_concat(v, ';') from (select id || '|' || name || '|' || coalesce(population, '') || '|' || coalesce(time_zone, '') || '|' || settings as v from units order by id)) as units,
      (select group_concat(v, ';') from (select id || '|' || coalesce(comment, '') || '|' || comment_status || '|' || coalesce(comment_redacted_at, '') as v from responses order by id)) as comments`);
  return { ...(await writtenRows(db)), ...row };
}

// Every stored free text an accepted write may have put there, read as bytes (libSQL cuts a text at NUL).
const TEXTS = sql`select hex(v) as h from (
  select actor as v from audit_log union all select action from audit_log union all select target from audit_log
  union all select detail from audit_log union all select comment from responses union all select label from touchpoints
  union all select name from services union all select label from api_tokens union all select email from users
  union all select problem from follow_ups union all select action from follow_ups union all select owner from follow_ups
  union all select evidence from follow_ups union all select notes from forums) where v is not null`;

export type Req = { path: string; init?: RequestInit; label?: string };

/**
 * Sends each request and checks each answer; then that nothing was stored (except the `mayChange`
 * parts of storedState, for writes that are legitimately accepted: an audited export, a sign-in's
 * attempt count), that every stored text is clean, and that the server still answers /healthz.
 */
export async function sendFamily(app: App, db: Db, requests: Req[], { api = false, mayChange = [] as string[] } = {}) {
  const kept = async () =>
    Object.fromEntries(Object.entries(await storedState(db)).filter(([k]) => !mayChange.includes(k)));
  const before = await kept();
  const statuses: number[] = [];
  for (const { path, init, label } of requests) {
    const res = await app.request(path, init);
    statuses.push(res.status);
    await expectSafe(res, `${init?.method ?? "GET"} ${path.slice(0, 80)} ${label ?? ""}`, { api });
  }
  expect(await kept()).toEqual(before);
  for (const { h } of await db.all<{ h: string }>(TEXTS)) {
    const text = Buffer.from(h, "hex").toString("utf8");
    expect(normalizeText(text, { multiline: true })).toBe(text);
  }
  const res = await app.request("/healthz");
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
  if (process.env.HOSTILE_DEBUG)
    console.log(
      JSON.stringify(statuses.reduce<Record<number, number>>((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {})),
    );
  return statuses;
}

export const gets = (paths: string[], headers: Record<string, string> = {}): Req[] =>
  paths.map((path) => ({ path, init: { headers } }));

export const posts = (path: string, bodies: HostileBody[], headers: Record<string, string> = {}): Req[] =>
  bodies.map(({ label, body, type }) => ({
    path,
    label,
    init: { method: "POST", body, headers: { ...headers, ...(type ? { "Content-Type": type } : {}) } },
  }));
