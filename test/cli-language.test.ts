import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, languagePacks } from "../db/schema";
import { texts } from "../web/i18n";
import { cliDatabase } from "./helpers/cli";
import { packFixture } from "./helpers/language-pack";

const { admin, seed, withDb, file, cleanup } = cliDatabase("zi-cli-lang-", { json: true });
let slug: string;

beforeAll(async () => {
  slug = `org-${(await seed()).orgId.toLowerCase()}`;
});
afterAll(cleanup);

const stored = () =>
  withDb(async ({ db }) => {
    const packs = await db.select({ code: languagePacks.code, name: languagePacks.name }).from(languagePacks);
    const audits = await db.select({ action: auditLog.action, actor: auditLog.actor }).from(auditLog);
    return { packs, audits: audits.filter((a) => a.action.startsWith("language.")) };
  });

describe("lang:template, lang:add, lang:list, lang:remove", () => {
  it("adds a complete pack, lists and removes it; refuses a file with missing keys naming each, writing nothing", async () => {
    // Each a tsx start (seconds on a busy machine): one after another.
    const template = await admin("lang:template");
    expect(template).toEqual({ code: 0, out: { code: "", name: "", texts: JSON.parse(JSON.stringify(texts.id)) } });

    const broken = packFixture();
    broken.texts.items.U3.options.splice(2);
    delete broken.texts.profile.gender.label;
    const refused = await admin("lang:add", "--org", slug, "--file", file("broken.json", JSON.stringify(broken)));
    expect(refused.code).toBe(1);
    expect((refused.out.error as { issues: unknown }).issues).toEqual([
      { path: "texts.items.U3.options[2]", message: "missing (required)" },
      { path: "texts.items.U3.options[3]", message: "missing (required)" },
      { path: "texts.profile.gender.label", message: "missing (required)" },
    ]);
    for (const [name, content, message] of [
      ["bad.json", "{ not json", "not valid JSON"],
      ["huge.json", " ".repeat(300 * 1024), "larger than 256 KB"],
    ] as const) {
      const r = await admin("lang:add", "--org", slug, "--file", file(name, content));
      expect(r.code, name).toBe(1);
      expect((r.out.error as { message: string }).message).toContain(message);
    }
    expect(await stored()).toEqual({ packs: [], audits: [] });

    const added = await admin("lang:add", "--org", slug, "--file", file("jv.json", JSON.stringify(packFixture())));
    expect(added.code).toBe(0);
    expect(added.out).toMatchObject({ code: "jv", name: "Basa Jawa (uji)" });
    expect(added.out.keys).toBeGreaterThan(130);
    expect(await admin("lang:list", "--org", slug)).toEqual({
      code: 0,
      out: { languages: [{ code: "jv", name: "Basa Jawa (uji)" }] },
    });
    expect(await admin("lang:remove", "--org", slug, "--code", "jv")).toEqual({
      code: 0,
      out: { code: "jv", name: "Basa Jawa (uji)" },
    });
    expect(await stored()).toEqual({
      packs: [],
      audits: [
        { action: "language.add", actor: "cli" },
        { action: "language.remove", actor: "cli" },
      ],
    });
    const again = await admin("lang:remove", "--org", slug, "--code", "jv");
    expect(again.code).toBe(1);
  }, 120_000);
});
