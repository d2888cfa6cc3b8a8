import { describe, expect, it } from "vitest";
import { fill, texts } from "../../web/i18n";
import { checkLanguagePack, packTemplate, readPackTexts } from "../../worker/survey/language-pack";
import { packFixture } from "../helpers/language-pack";

const fixture = () => packFixture();

const issuesOf = (file: unknown, lang: "id" | "en" = "id") => {
  const r = checkLanguagePack(file, lang);
  return r.ok ? [] : r.issues;
};

describe("the completeness check of a language pack", () => {
  it("accepts a complete pack and counts its texts; English passes against Indonesian (parity)", () => {
    const r = checkLanguagePack(fixture());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.texts.items.U3!.options![2]).toBe("[jv] Cepat");
    expect(checkLanguagePack({ code: "en-gb", name: "English (UK)", texts: texts.en })).toMatchObject({ ok: true });
    const keys = (r as { keys: number }).keys;
    expect(keys).toBeGreaterThan(130);
  });

  it.each([
    [
      "a missing option",
      (f: ReturnType<typeof fixture>) => f.texts.items.U3.options.splice(2),
      "texts.items.U3.options[2]",
      "tidak ada (wajib diisi)",
    ],
    [
      "an extra option",
      (f: ReturnType<typeof fixture>) => f.texts.items.U1.options.push("Lima"),
      "texts.items.U1.options",
      "harus berisi tepat 4 pilihan",
    ],
    [
      "a missing item",
      (f: ReturnType<typeof fixture>) => delete f.texts.items.A5,
      "texts.items.A5",
      "tidak ada (wajib diisi)",
    ],
    [
      "a missing message",
      (f: ReturnType<typeof fixture>) => delete f.texts.ui.issue.too_long,
      "texts.ui.issue.too_long",
      "tidak ada (wajib diisi)",
    ],
    [
      "a missing profile option",
      (f: ReturnType<typeof fixture>) => delete f.texts.profile.education.options["D4-S1"],
      "texts.profile.education.options.D4-S1",
      "tidak ada (wajib diisi)",
    ],
    [
      "an unknown key",
      (f: ReturnType<typeof fixture>) => (f.texts.ui.extra = "x"),
      "texts.ui.extra",
      "tidak dikenal (hapus)",
    ],
    [
      "an unknown top-level key",
      (f: ReturnType<typeof fixture>) => Object.assign(f, { version: 2 }),
      "version",
      "tidak dikenal (hapus)",
    ],
    [
      "a number for a text",
      (f: ReturnType<typeof fixture>) => (f.texts.ui.submit = 5),
      "texts.ui.submit",
      "harus berupa teks",
    ],
    [
      "an object for a text",
      (f: ReturnType<typeof fixture>) => (f.texts.items.P1.q = { a: "b" }),
      "texts.items.P1.q",
      "harus berupa teks",
    ],
    [
      "a text for a list",
      (f: ReturnType<typeof fixture>) => (f.texts.items.U2.options = "Mudah"),
      "texts.items.U2.options",
      "harus berupa daftar teks",
    ],
    [
      "a blank text",
      (f: ReturnType<typeof fixture>) => (f.texts.ui.yes = " \u200B\u202E "),
      "texts.ui.yes",
      "tidak ada (wajib diisi)",
    ],
    [
      "a text too long",
      (f: ReturnType<typeof fixture>) => (f.texts.ui.comment = "a".repeat(1001)),
      "texts.ui.comment",
      "paling banyak 1000 karakter",
    ],
    [
      "a lost placeholder",
      (f: ReturnType<typeof fixture>) => (f.texts.ui.privacy = "Dikelola {org}."),
      "texts.ui.privacy",
      "harus memuat {months}",
    ],
    [
      "a stray placeholder",
      (f: ReturnType<typeof fixture>) => (f.texts.ui.thanks = "Matur nuwun {org}"),
      "texts.ui.thanks",
      "{org} tidak dikenal di teks ini",
    ],
    [
      "the shipped code id",
      (f: ReturnType<typeof fixture>) => (f.code = "id"),
      "code",
      "id dan en sudah tersedia; pilih kode lain",
    ],
    [
      "a path as code",
      (f: ReturnType<typeof fixture>) => (f.code = "../x"),
      "code",
      "kode bahasa seperti jv, su atau bug (huruf kecil)",
    ],
    [
      "an upper-case code",
      (f: ReturnType<typeof fixture>) => (f.code = "JV"),
      "code",
      "kode bahasa seperti jv, su atau bug (huruf kecil)",
    ],
    ["no name", (f: ReturnType<typeof fixture>) => (f.name = ""), "name", "tidak ada (wajib diisi)"],
  ])("refuses %s, naming the key", (_what, spoil, path, message) => {
    const file = fixture();
    spoil(file);
    expect(issuesOf(file)).toContainEqual({ path, message });
  });

  it("says it in English when asked, and names every problem at once", () => {
    const file = fixture();
    file.texts.items.U3.options.splice(2);
    delete file.texts.ui.submit;
    expect(issuesOf(file, "en")).toEqual([
      { path: "texts.ui.submit", message: "missing (required)" },
      { path: "texts.items.U3.options[2]", message: "missing (required)" },
      { path: "texts.items.U3.options[3]", message: "missing (required)" },
    ]);
  });

  it("refuses what is not a pack at all, and caps a flood of unknown keys", () => {
    for (const file of [null, "jv", 42, [], [fixture()]])
      expect(issuesOf(file)).toEqual([{ path: "", message: "berkas harus berupa objek JSON { code, name, texts }" }]);
    expect(issuesOf({})).toEqual([
      { path: "code", message: "tidak ada (wajib diisi)" },
      { path: "name", message: "tidak ada (wajib diisi)" },
      { path: "texts", message: "tidak ada (wajib diisi)" },
    ]);
    const flood = fixture();
    for (let i = 0; i < 5000; i++) flood.texts.ui[`k${i}`] = "x";
    const issues = issuesOf(flood);
    expect(issues).toHaveLength(201);
    expect(issues.at(-1)).toEqual({ path: "", message: "dan 4800 masalah lain" });
  });

  it("does not let __proto__ or constructor keys through", () => {
    const file = JSON.parse(
      JSON.stringify(fixture()).replace('"ui":{', '"ui":{"__proto__":{"x":1},"constructor":"y",'),
    );
    expect(issuesOf(file).map((i) => i.path)).toEqual(["texts.ui.__proto__", "texts.ui.constructor"]);
  });

  it("the template is the Indonesian pack with an empty code and name, refused until they are filled in", () => {
    const template = JSON.parse(JSON.stringify(packTemplate()));
    expect(template.texts).toEqual(texts.id);
    expect(issuesOf(template).map((i) => i.path)).toEqual(["code", "name"]);
  });
});

describe("reading a stored pack", () => {
  it("falls back to Indonesian for each text the pack lacks (a key added after it was saved) or cannot use", () => {
    const stored = fixture().texts;
    delete stored.ui.submit;
    stored.items.U1.options = ["satu"];
    stored.ui.yes = 7;
    const t = readPackTexts(JSON.stringify(stored));
    expect(t.ui.submit).toBe(texts.id.ui.submit);
    expect(t.ui.yes).toBe(texts.id.ui.yes);
    expect(t.items.U1!.options).toEqual(["satu", ...texts.id.items.U1!.options!.slice(1)]);
    expect(t.ui.no).toBe("[jv] Tidak");
    expect(readPackTexts("not json")).toEqual(texts.id);
  });
});

describe("filling placeholders", () => {
  it("fills the named ones and leaves unknown ones as written", () => {
    expect(fill("{org}: {months} bulan, {x}", { org: "Dinas", months: 36 })).toBe("Dinas: 36 bulan, {x}");
    expect(fill("{toString} {__proto__}", {})).toBe("{toString} {__proto__}");
  });
});
