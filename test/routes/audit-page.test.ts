import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localTime } from "../../web/local-time";
import { auditActionText } from "../../web/text-audit";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

// 2026-12-01 02:05 UTC: 09.05 in Jakarta, 10.05 in Makassar, 11.05 in Jayapura.
const NOW = Date.UTC(2026, 11, 1, 2, 5) / 1000;

describe("local time as an office reads it", () => {
  it.each([
    ["Asia/Jakarta", "id", "1 Des 2026 09.05 WIB"],
    ["Asia/Makassar", "id", "1 Des 2026 10.05 WITA"],
    ["Asia/Jayapura", "en", "1 Dec 2026 11:05 WIT"],
  ] as const)("%s in %s", (zone, lang, expected) => {
    expect(localTime(NOW, zone, lang)).toBe(expected);
  });

  it("crosses midnight into the local date", () => {
    expect(localTime(Date.UTC(2026, 11, 31, 17, 30) / 1000, "Asia/Jakarta", "id")).toBe("1 Jan 2027 00.30 WIB");
  });
});

describe("the audit log page", () => {
  it("shows actions in words and times in the organization's zone", async () => {
    const tp = await seedTouchpoint(t.db, { timeZone: "Asia/Makassar" });
    const { app } = createTestApp(t.db, {}, () => NOW);
    const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
    const csrf = await csrfOf(app, cookie);
    expect((await postAs(app, cookie, "/admin/tokens", { _csrf: csrf, role: "evaluator" })).status).toBeLessThan(400);
    const html = (await getPage(app, cookie, "/admin/audit")).html;
    expect(html).toContain('<span title="token.create">Membuat token API</span>');
    expect(html).toContain("1 Des 2026 10.05 WITA");
    expect(html).not.toContain("2026-12-01 02:05");
    const english = (await getPage(app, cookie, "/admin/audit?lang=en")).html;
    expect(english).toContain("Created an API token");
    expect(english).toContain("1 Dec 2026 10:05 WITA");
  });
});

describe("audit action words", () => {
  it("name every action the actions layer writes, in both languages", () => {
    const dir = join(import.meta.dirname, "../../worker/actions");
    const source = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    const codes = [...source.matchAll(/action: (?:d\.disabled \? )?"([a-z_.]+)"(?: : "([a-z_.]+)")?/g)]
      .flatMap((m) => [m[1], m[2]])
      .filter((c): c is string => Boolean(c));
    const formats = ["export.csv", "export.xlsx"];
    expect(codes.length).toBeGreaterThan(20);
    for (const code of [...codes, ...formats, "login", "login.failed", "logout"]) {
      expect(auditActionText.id[code], code).toBeTruthy();
      expect(auditActionText.en[code], code).toBeTruthy();
    }
  });
});
