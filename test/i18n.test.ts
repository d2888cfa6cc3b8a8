import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "./helpers/app";
import { createTestDb } from "./helpers/db";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** The language a page is served in, for `?lang=`, the `zis_lang` cookie and Accept-Language. */
async function pageLang(query: string | undefined, cookie: string | undefined, acceptLanguage: string | undefined) {
  const headers: Record<string, string> = {};
  if (cookie !== undefined) headers.Cookie = `zis_lang=${cookie}`;
  if (acceptLanguage !== undefined) headers["Accept-Language"] = acceptLanguage;
  const res = await createTestApp(t.db).app.request(query === undefined ? "/" : `/?lang=${query}`, { headers });
  expect(res.headers.get("set-cookie")).toBeNull();
  return /<html lang="(\w+)"/.exec(await res.text())?.[1];
}

// Never the browser's own language: most Indonesian phones and PCs are set to English (issue 11).
describe("the page language (Hono's language detector with our rules)", () => {
  it.each([
    [undefined, undefined, undefined, "id"],
    ["en", undefined, "id-ID", "en"],
    ["id", "en", "en-US", "id"],
    ["EN", undefined, undefined, "en"],
    [undefined, "en", "id-ID", "en"],
    [undefined, "id", "en-US", "id"],
    [undefined, "xx", "en-US", "id"],
    ["xx", undefined, "en-US", "id"],
    [undefined, undefined, "en-US,en;q=0.9", "id"],
    [undefined, undefined, "id-ID,id;q=0.9,en;q=0.8", "id"],
    [undefined, undefined, "fr-FR,en;q=0.8", "id"],
    [undefined, undefined, "en;q=0.5,id;q=0.9", "id"],
    [undefined, undefined, "en;q=0,fr", "id"],
    [undefined, undefined, "jv-ID,ms", "id"],
    [undefined, undefined, "garbage;;q=x,en", "id"],
  ] as const)(
    "?lang=%s, cookie %s, Accept-Language %s → %s, and no cookie is set",
    async (query, cookie, header, lang) => {
      expect(await pageLang(query, cookie, header)).toBe(lang);
    },
  );
});
