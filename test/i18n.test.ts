import { describe, expect, it } from "vitest";
import { pickLang } from "../web/i18n";

describe("pickLang", () => {
  it.each([
    [undefined, undefined, "id"],
    ["en", "id-ID", "en"],
    ["id", "en-US", "id"],
    ["xx", "en-US", "en"],
    [undefined, "en-US,en;q=0.9", "en"],
    [undefined, "id-ID,id;q=0.9,en;q=0.8", "id"],
    [undefined, "fr-FR,en;q=0.8", "en"],
    [undefined, "en;q=0.5,id;q=0.9", "id"],
    [undefined, "en;q=0,fr", "id"],
    [undefined, "jv-ID,ms", "id"],
    [undefined, "garbage;;q=x,en", "en"],
  ] as const)("?lang=%s with Accept-Language %s → %s", (query, header, lang) => {
    expect(pickLang(query, header)).toBe(lang);
  });
});
