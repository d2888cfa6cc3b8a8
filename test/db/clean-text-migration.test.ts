import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRollups, recountRollups } from "../../db/queries/rollups";
import { MIGRATIONS_FOLDER, openNodeDb } from "../../worker/node-db";
import { createTestApp } from "../helpers/app";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

const TAG = "0008_clean_stored_text";
// NUL, ESC, DEL, RLO and LRI: what a hostile tester stored through the old code paths.
const JUNK = "\u0000\u001b\u007f\u202e\u2066";

const dir = mkdtempSync(join(tmpdir(), "zi-clean-"));
let opened: Awaited<ReturnType<typeof openNodeDb>>;

/**
 * The cleaning migration's own statements, run again on a database that has every migration: seeding goes
 * through today's code (which needs today's schema), and the junk is stored after, as old code paths did.
 */
async function runCleaning() {
  const file = readFileSync(join(MIGRATIONS_FOLDER, `${TAG}.sql`), "utf8");
  const statements = file.split("--> statement-breakpoint").map((s) => s.trim());
  expect(statements.length).toBeGreaterThan(1);
  await opened.client.batch(statements, "write");
}

/** The stored bytes, hex-encoded: libSQL's client cuts a text at NUL when it reads it, hex() does not. */
async function storedHex(sql: string, args: (string | number)[] = []): Promise<string[]> {
  const rs = await opened.client.execute({ sql: `select hex(v) as h from (${sql})`, args });
  return rs.rows.map((r) => String(r.h));
}
const hexOf = (text: string) => Buffer.from(text, "utf8").toString("hex").toUpperCase();

let seeded: Awaited<ReturnType<typeof seedTouchpoint>>;

beforeAll(async () => {
  opened = await openNodeDb(`file:${join(dir, "old.db")}`);
  await migrate(opened.db, { migrationsFolder: MIGRATIONS_FOLDER });
  seeded = await seedTouchpoint(opened.db);
  const { app } = createTestApp(opened.db, {}, () => Date.UTC(2026, 6, 1, 3) / 1000);
  for (const occupation of ["WIRASWASTA", "WIRASWASTA", "PNS"]) {
    const res = await postJson(app, {
      token: await visitToken(app, seeded.code),
      answers: fullAnswers(),
      profile: { occupation },
      comment: "Baik",
    });
    expect(res.status).toBe(201);
  }
  const x = (sql: string, args: (string | number | null)[]) => opened.client.execute({ sql, args });
  const { orgId, unitId, touchpointId } = seeded;
  const settings = JSON.stringify({
    privacyNotice: `Data${JUNK} aman.\r\nBaris dua`,
    profileBands: { occupation: [`PNS`, `WIRA${JUNK}SWASTA`, `\u202e`, `Lain`] },
  });
  await x("update organizations set name = ?, settings = ? where id = ?", [`Dinas${JUNK} Uji`, settings, orgId]);
  await x("update units set name = ? where id = ?", [`\u202eUPT${JUNK}`, unitId]);
  await x("update touchpoints set label = ? where id = ?", [`Loket ${JUNK}1`, touchpointId]);
  // Two services that differ only by junk: cleaning must not break the unit's unique service names.
  await x("insert into services (id, unit_id, name) values ('svc-junk', ?, ?)", [unitId, `Perizinan${JUNK}`]);
  await x("insert into touchpoints (id, unit_id, code, label) values ('tp-blank', ?, 'blank123', ?)", [
    unitId,
    `\u0000\u202e`,
  ]);
  await x(
    "insert into follow_ups (id, unit_id, period, item, problem, action, owner, evidence) values ('fu1', ?, '2026', 'U1', ?, ?, ?, ?)",
    [unitId, `Antre\u0000an\tlama\r\nbaris`, `Tambah${JUNK} loket`, `Kepala \r\n  seksi`, `\u202e`],
  );
  await x("insert into api_tokens (id, org_id, role, label, token_hash) values ('tok1', ?, 'evaluator', ?, 'h1')", [
    orgId,
    `TPI${JUNK}`,
  ]);
  await x(
    "insert into audit_log (org_id, actor, action, target, detail, at) values (?, ?, 'touchpoint.create', ?, ?, 1)",
    [orgId, "a@contoh.go.id", `t${JUNK}`, `Loket\u0000\u001b[31m`],
  );
  await x("update responses set comment = ? where rowid = (select min(rowid) from responses)", [
    `Bagus\u0000${JUNK}\r\nterima\u2028kasih \u{1F468}\u200D\u{1F469}\u200D\u{1F467}`,
  ]);
  // One of the two respondents' band as junk, in the responses and in the rollup: cleaning merges them back.
  await x(
    "update responses set occupation = ? where rowid = (select min(rowid) from responses where occupation = 'WIRASWASTA')",
    [`WIRA${JUNK}SWASTA`],
  );
  await x("update rollup_profile_daily set count = count - 1 where band = 'WIRASWASTA'", []);
  await x(
    "insert into rollup_profile_daily (unit_id, local_date, field, band, count) select unit_id, local_date, field, ?, 1 from rollup_profile_daily where band = 'WIRASWASTA'",
    [`WIRA${JUNK}SWASTA`],
  );
  // A user disabled before disabling deleted sessions, with a session left over.
  await x(
    "insert into users (id, org_id, email, role, password_hash, disabled_at) values ('u1', ?, 'off@contoh.go.id', 'viewer', 'x', 1)",
    [orgId],
  );
  await x("insert into sessions (id_hash, user_id, expires_at) values ('s1', 'u1', 9999999999)", []);

  await runCleaning();
});
afterAll(() => {
  opened.client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("migration 0008: cleaning stored text", () => {
  it("removes NUL, ESC, DEL and bidi characters from labels and names, on libSQL", async () => {
    expect(await storedHex("select name as v from organizations where id = ?", [seeded.orgId])).toEqual([
      hexOf("Dinas Uji"),
    ]);
    expect(await storedHex("select name as v from units where id = ?", [seeded.unitId])).toEqual([hexOf("UPT")]);
    expect(await storedHex("select label as v from touchpoints where id = ?", [seeded.touchpointId])).toEqual([
      hexOf("Loket 1"),
    ]);
    // Nothing left: the touchpoint falls back to its code rather than an empty label.
    expect(await storedHex("select label as v from touchpoints where id = 'tp-blank'")).toEqual([hexOf("blank123")]);
    expect(await storedHex("select label as v from api_tokens where id = 'tok1'")).toEqual([hexOf("TPI")]);
    expect(
      await storedHex("select target || '|' || detail as v from audit_log where action = 'touchpoint.create'"),
    ).toEqual([hexOf("t|Loket[31m")]);
  });

  it("keeps line breaks only in multi-line fields and normalizes them", async () => {
    const [fu] = (
      await opened.client.execute("select problem, action, owner, evidence from follow_ups where id = 'fu1'")
    ).rows;
    expect(fu).toMatchObject({
      problem: "Antrean lama\nbaris",
      action: "Tambah loket",
      owner: "Kepala seksi",
      evidence: null,
    });
    const comment = await storedHex("select comment as v from responses where comment like 'Bagus%'");
    expect(comment).toEqual([hexOf("Bagus\nterima\nkasih \u{1F468}\u200D\u{1F469}\u200D\u{1F467}")]);
  });

  it("keeps two services that only junk told apart as two clean names", async () => {
    const names = (
      await opened.client.execute({
        sql: "select id, name from services where unit_id = ? order by name",
        args: [seeded.unitId],
      })
    ).rows.map((r) => String(r.name));
    expect(names).toEqual(["Perizinan", "Perizinan (svc-junk)"]);
  });

  it("cleans the settings' text and category lists and the stored bands with their rollup", async () => {
    const [org] = (
      await opened.client.execute({ sql: "select settings from organizations where id = ?", args: [seeded.orgId] })
    ).rows;
    const settings = JSON.parse(String(org!.settings)) as {
      privacyNotice: string;
      profileBands: { occupation: string[] };
    };
    expect(settings.privacyNotice).toBe("Data aman.\nBaris dua");
    expect(settings.profileBands.occupation).toEqual(["PNS", "WIRASWASTA", "Lain"]);
    const bands = (
      await opened.client.execute(
        "select band, sum(count) as n from rollup_profile_daily where field = 'occupation' group by band order by band",
      )
    ).rows;
    expect(bands.map((b) => [b.band, b.n])).toEqual([
      ["PNS", 1],
      ["WIRASWASTA", 2],
    ]);
    expect(await readRollups(opened.db)).toEqual(await recountRollups(opened.db));
  });

  it("deletes the sessions of accounts that were disabled before", async () => {
    expect((await opened.client.execute("select count(*) as n from sessions where user_id = 'u1'")).rows[0]!.n).toBe(0);
  });

  it("leaves no working tables behind", async () => {
    const tables = (
      await opened.client.execute(
        "select name from sqlite_master where name in ('_clean_text', '_clean_done', '_clean_bands', '_text_replacements')",
      )
    ).rows;
    expect(tables).toEqual([]);
  });
});
