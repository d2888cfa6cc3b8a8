import { texts } from "../../web/i18n";

/**
 * A complete pack built from the Indonesian one with every text marked "[jv]": a stand-in for a real
 * translation (we ship none we cannot vouch for). `Record<string, any>` so tests can spoil any key.
 */
export function packFixture(code = "jv", name = "Basa Jawa (uji)") {
  const mark = (v: unknown): unknown =>
    typeof v === "string"
      ? `[${code}] ${v}`
      : Array.isArray(v)
        ? v.map(mark)
        : Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, mark(x)]));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { code, name, texts: mark(texts.id) as Record<string, any> };
}
