import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeText } from "../../worker/text";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postForm, postJson, tokenFromPage, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
let app: ReturnType<typeof createTestApp>["app"];
let cookie: string;
let csrf: string;

beforeAll(async () => {
  t = await createTestDb();
  tp = await seedTouchpoint(t.db);
  app = createTestApp(t.db).app;
  cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
  csrf = await csrfOf(app, cookie);
});
afterAll(() => t.close());

type Case = { sent: string; want: string | null };

/** What a hostile user sends to a text field, and what may be stored of it: `one` line, `multi` lines, or nothing (null). */
const CASES: { sent: string; one: string | null; multi: string | null }[] = [
  { sent: "Loket\u0000 A", one: "Loket A", multi: "Loket A" },
  { sent: "Loket\u001b[2J B", one: "Loket[2J B", multi: "Loket[2J B" },
  { sent: "Loket\u007f C", one: "Loket C", multi: "Loket C" },
  { sent: "Loket \u202eD", one: "Loket D", multi: "Loket D" },
  { sent: "\u2066Loket E\u2069", one: "Loket E", multi: "Loket E" },
  // A form body is UTF-8: a lone surrogate arrives as U+FFFD, a visible character that may stay.
  { sent: "Loket \uD800F", one: "Loket \uFFFDF", multi: "Loket \uFFFDF" },
  { sent: "baris\r\nkedua\u2028\tketiga", one: "baris kedua ketiga", multi: "baris\nkedua\n ketiga" },
  { sent: "x".repeat(10_000), one: null, multi: null },
];
const oneLine: Case[] = CASES.map((c) => ({ sent: c.sent, want: c.one }));
const multiLine: Case[] = CASES.map((c) => ({ sent: c.sent, want: c.multi }));

/** Stored text as bytes: libSQL's client cuts a text at NUL when it reads it, hex() does not. */
async function stored(sql: string, args: string[] = []): Promise<string[]> {
  const rs = await t.client.execute({ sql: `select hex(v) as h from (${sql}) where v is not null order by 1`, args });
  return rs.rows.map((r) => Buffer.from(String(r.h), "hex").toString("utf8"));
}
const auditRows = async () => (await stored("select action as v from audit_log")).length;

/**
 * Posts each case and checks the outcome: a refusal (400, or 413 should a body limit answer first)
 * stores nothing, not even an audit row; an acceptance stores exactly the cleaned text. Never a 5xx.
 */
async function probe(
  what: string,
  cases: Case[],
  post: (sent: string) => Response | Promise<Response>,
  read: () => Promise<string[]>,
) {
  for (const { sent, want } of cases) {
    const [before, audits] = [await read(), await auditRows()];
    const res = await post(sent);
    const label = `${what} <- ${JSON.stringify(sent.slice(0, 24))}`;
    if (want === null) {
      expect([400, 413, 422], label).toContain(res.status);
      expect(await read(), label).toEqual(before);
      expect(await auditRows(), label).toBe(audits);
    } else {
      expect([200, 303], label).toContain(res.status);
      expect(await read(), label).toContain(want);
    }
  }
  for (const value of await read()) expect(normalizeText(value, { multiline: true })).toBe(value);
}

describe("hostile text in every dashboard form", () => {
  it("touchpoint create and rename: labels and service names", async () => {
    const base = `/admin/units/${tp.unitId}/touchpoints`;
    const labels = () => stored("select label as v from touchpoints where unit_id = ?", [tp.unitId]);
    const services = () => stored("select name as v from services where unit_id = ?", [tp.unitId]);
    await probe("create label", oneLine, (s) => postAs(app, cookie, base, { _csrf: csrf, label: s }), labels);
    await probe(
      "create service",
      oneLine,
      (s) => postAs(app, cookie, base, { _csrf: csrf, label: "Loket", service: s }),
      services,
    );
    await probe(
      "rename",
      oneLine,
      (s) => postAs(app, cookie, `${base}/${tp.code}`, { _csrf: csrf, label: s, active: "1" }),
      labels,
    );
  });

  it("settings: the privacy notice keeps its lines, a category label is one line of at most 40", async () => {
    const form = {
      _csrf: csrf,
      timeZone: "Asia/Jakarta",
      weighting: "exact",
      conversion: "ratio",
      minRespondents: "30",
      retentionMonths: "24",
      bands_age: "<30\n30+",
      bands_gender: "L\nP",
      bands_education: "SMA\nS1",
    };
    const settings = async () => {
      const [json] = await stored("select settings as v from organizations where id = ?", [tp.orgId]);
      const s = JSON.parse(json!) as { privacyNotice?: string; profileBands?: { occupation: string[] } };
      return [s.privacyNotice ?? "", ...(s.profileBands?.occupation ?? [])];
    };
    await probe(
      "privacy notice",
      multiLine,
      (s) => postAs(app, cookie, "/admin/settings", { ...form, privacyNotice: s, bands_occupation: "PNS\nLAIN" }),
      settings,
    );
    // One category per line: the case with line breaks becomes three categories.
    const categories = CASES.map((c) => ({ sent: c.sent, want: c.sent.includes("\n") ? "kedua" : c.one }));
    await probe(
      "category",
      categories,
      (s) => postAs(app, cookie, "/admin/settings", { ...form, privacyNotice: "", bands_occupation: `PNS\n${s}` }),
      settings,
    );
    await probe(
      "category",
      [{ sent: "y".repeat(41), want: null }],
      (s) => postAs(app, cookie, "/admin/settings", { ...form, bands_occupation: `PNS\n${s}` }),
      settings,
    );
  });

  it("follow-ups: create and update, every text field", async () => {
    const base = `/admin/units/${tp.unitId}/follow-ups`;
    const fields = {
      _csrf: csrf,
      period: "2026-Q3",
      item: "U3",
      problem: "Antrean lama",
      action: "Tambah loket",
      owner: "Kepala UPT",
      quarter: "3",
      dueDate: "",
      status: "rencana",
      evidence: "",
    };
    const column = (col: string) => () => stored(`select ${col} as v from follow_ups where unit_id = ?`, [tp.unitId]);
    await probe("problem", multiLine, (s) => postAs(app, cookie, base, { ...fields, problem: s }), column("problem"));
    await probe("action", multiLine, (s) => postAs(app, cookie, base, { ...fields, action: s }), column("action"));
    await probe("owner", oneLine, (s) => postAs(app, cookie, base, { ...fields, owner: s }), column("owner"));
    const [id] = await stored("select id as v from follow_ups where unit_id = ? limit 1", [tp.unitId]);
    await probe(
      "evidence (update)",
      multiLine,
      (s) => postAs(app, cookie, `${base}/${id}`, { ...fields, evidence: s }),
      column("evidence"),
    );
  });

  it("users: an invited address is cleaned, or refused when it is no address once clean", async () => {
    const emails = () => stored("select email as v from users where org_id = ?", [tp.orgId]);
    const cases: Case[] = [
      { sent: "u1\u0000@contoh.go.id", want: "u1@contoh.go.id" },
      { sent: " U2\u001b@Contoh.GO.id\t", want: "u2@contoh.go.id" },
      { sent: "u3\u007f\u202e\u2066@contoh.go.id", want: "u3@contoh.go.id" },
      { sent: "u4\uD800@contoh.go.id", want: null },
      { sent: "u5\r\n@contoh.go.id", want: null },
      { sent: `${"x".repeat(10_000)}@contoh.go.id`, want: null },
    ];
    await probe(
      "email",
      cases,
      (s) => postAs(app, cookie, "/admin/users", { _csrf: csrf, email: s, role: "admin", unit: "" }),
      emails,
    );
  });

  it("tokens: the label", async () => {
    const labels = () => stored("select label as v from api_tokens where org_id = ?", [tp.orgId]);
    await probe(
      "token label",
      oneLine,
      (s) => postAs(app, cookie, "/admin/tokens", { _csrf: csrf, label: s, unit: "" }),
      labels,
    );
  });

  it("comment redaction: hostile characters around the mark go, over-long text is refused", async () => {
    const res = await postJson(app, {
      token: await visitToken(app, tp.code),
      answers: fullAnswers(),
      comment: "Saya Budi, HP 0812, petugas lambat",
    });
    const { id } = (await res.json()) as { id: string };
    const comment = () => stored("select comment as v from responses where id = ?", [id]);
    const cases: Case[] = [
      { sent: "\u0000[disamarkan]\u001b, petugas lambat\u007f", want: "[disamarkan], petugas lambat" },
      { sent: "\u202e[disamarkan],\u2066 petugas lambat\u2069\r\n", want: "[disamarkan], petugas lambat" },
      // Only marks would be a valid redaction: refused for its length, not cut short.
      { sent: "[disamarkan]".repeat(1000), want: null },
      { sent: "[disamarkan]\uD800", want: null },
    ];
    await probe(
      "redaction",
      cases,
      (s) => postAs(app, cookie, `/admin/units/${tp.unitId}/comments/${id}/redact`, { _csrf: csrf, text: s }),
      comment,
    );
  });
});

describe("hostile text from citizens", () => {
  it("cleans a comment sent as JSON (lone surrogates included) and as a form", async () => {
    const raw = `{"token":"${await visitToken(app, tp.code)}","answers":${JSON.stringify(fullAnswers())},"comment":"Bagus\\u0000\\u001b[31m \\u202eloket\\ud800\\r\\nbaris dua"}`;
    const res = await postJson(app, raw);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await stored("select comment as v from responses where id = ?", [id])).toEqual([
      "Bagus[31m loket\nbaris dua",
    ]);
    const form = await postForm(app, tp.code, {
      ...fullAnswers(),
      token: await tokenFromPage(app, tp.code),
      comment: "Pelayanan\u007f \u2066cepat\u2069",
    });
    expect(form.status).toBe(303);
    expect(await stored("select comment as v from responses where comment like 'Pelayanan%'")).toEqual([
      "Pelayanan cepat",
    ]);
  });
});

describe("after all of it", () => {
  it("stores only clean audit rows, names the refused field in the reader's language, and still answers /healthz", async () => {
    for (const row of await stored(
      "select target as v from audit_log union all select detail from audit_log union all select actor from audit_log",
    )) {
      expect(normalizeText(row)).toBe(row);
    }
    const base = `/admin/units/${tp.unitId}/touchpoints`;
    const id = await (await postAs(app, cookie, base, { _csrf: csrf, label: "x".repeat(101) })).text();
    expect(id).toContain("Nama (mis. Loket 1): paling banyak 100 karakter");
    const en = await (await postAs(app, cookie, `${base}?lang=en`, { _csrf: csrf, label: "x".repeat(101) })).text();
    expect(en).toContain("Name (e.g. Counter 1): at most 100 characters");
    expect((await app.request("/healthz")).status).toBe(200);
  });
});
