import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, organizations } from "../../db/schema";
import { RED_FLAG_WORDS } from "../../worker/settings";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { flagStates, submitAll } from "../helpers/flags";
import { csrfOf, getPage, login, postAs, seedUser } from "../helpers/session";

const t = await createTestDb();
afterAll(() => t.close());
const { app } = createTestApp(t.db);
const PATH = "/admin/settings/red-flag-words";

async function seed() {
  const tp = await seedTouchpoint(t.db);
  const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
  return { ...tp, cookie, csrf: await csrfOf(app, cookie) };
}
const wordAudit = (orgId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.orgId, orgId))
    .then((rows) => rows.filter((r) => r.action === "settings.red_flag_words"));
const stored = async (orgId: string) =>
  (await t.db.select({ s: organizations.settings }).from(organizations).where(eq(organizations.id, orgId)))[0]!.s;

describe("the organization's red-flag words", () => {
  it("are edited one per line by an admin, audited, and used by the next submission", async () => {
    const s = await seed();
    expect((await getPage(app, s.cookie, "/admin/settings")).html).toContain(`href="${PATH}"`);
    const page = (await getPage(app, s.cookie, PATH)).html;
    expect(page).toContain(RED_FLAG_WORDS.join("\n"));
    const res = await postAs(app, s.cookie, PATH, { _csrf: s.csrf, words: "  Pungli \n\nbayar di luar\r\npungli\n" });
    expect(res.status).toBe(303);
    expect(JSON.parse(await stored(s.orgId)).redFlagWords).toEqual(["pungli", "bayar di luar"]);
    const [row] = await wordAudit(s.orgId);
    expect(row).toMatchObject({ action: "settings.red_flag_words", detail: '["pungli","bayar di luar"]' });
    const [outside, removed] = await submitAll(t.db, s.code, [
      { comment: "Disuruh BAYAR DI LUAR loket" },
      { comment: "ada calo" },
    ]);
    expect(Object.keys(await flagStates(t.db, [outside!, removed!]))).toEqual([outside]);
  });

  it("go back to the default list on reset", async () => {
    const s = await seed();
    await postAs(app, s.cookie, PATH, { _csrf: s.csrf, words: "pungli" });
    const res = await postAs(app, s.cookie, PATH, { _csrf: s.csrf, words: "ignored", reset: "1" });
    expect(res.status).toBe(303);
    expect(JSON.parse(await stored(s.orgId)).redFlagWords).toBeUndefined();
    expect((await getPage(app, s.cookie, PATH)).html).toContain(RED_FLAG_WORDS.join("\n"));
  });

  it.each([
    ["an empty list", " \n \n", "isi paling sedikit satu kata"],
    ["a one-letter word", "calo\nx", "minimal 2 karakter"],
    ["a word too long", `calo\n${"a".repeat(41)}`, "paling banyak 40 karakter"],
    ["too many words", Array.from({ length: 101 }, (_, i) => `kata${i}`).join("\n"), "paling banyak 100 kata"],
  ])("refuse %s with a 422 that keeps the list as typed and stores nothing", async (_, words, message) => {
    const s = await seed();
    const before = await stored(s.orgId);
    const res = await postAs(app, s.cookie, PATH, { _csrf: s.csrf, words });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain(`aria-invalid="true"`);
    expect(html).toContain(words.split("\n")[0]!.trim());
    expect(html).toContain('href="/admin/settings"');
    expect(await stored(s.orgId)).toBe(before);
    expect(await wordAudit(s.orgId)).toEqual([]);
  });

  it("are not there for a manager", async () => {
    const s = await seed();
    const cookie = await login(app, await seedUser(t.db, s.orgId, "manager", s.unitId));
    expect((await getPage(app, cookie, PATH)).res.status).toBe(404);
    const res = await postAs(app, cookie, PATH, { _csrf: await csrfOf(app, cookie), words: "calo" });
    expect(res.status).toBe(404);
  });
});
