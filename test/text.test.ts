import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanEmail, cleanText, normalizeText, textLength } from "../worker/text";

const one = (s: string) => normalizeText(s);
const multi = (s: string) => normalizeText(s, { multiline: true });

// What must never be stored: C0 but LF, DEL, C1, bidi embeddings/overrides/isolates, the other
// invisible format characters, lone surrogates.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u206F\u2061-\u2064\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("normalizeText", () => {
  it("composes to NFC, also where a removed character sat between a letter and its mark", () => {
    expect(one("Cafe\u0301")).toBe("Caf\u00e9");
    expect(one("A\u030Angstro\u0308m")).toBe("\u00c5ngstr\u00f6m");
    expect(one("e\u202e\u0301")).toBe("\u00e9");
    expect(one("\uFB01")).toBe("\uFB01"); // NFC, not NFKC: the ligature stays
  });

  it("removes each class of control character and keeps the text around it", () => {
    expect(one("a\u0000b")).toBe("ab");
    expect(one("a\u001b[31mb")).toBe("a[31mb");
    expect(one("a\u0007\u000b\u000cb")).toBe("ab");
    expect(one("a\u007fb")).toBe("ab");
    expect(one("a\u0080\u009bb")).toBe("ab");
    expect(one("a\tb")).toBe("a b");
  });

  it("turns every kind of line break into one line feed in multi-line text and a space in one line", () => {
    const text = "satu\r\ndua\rtiga\u0085empat\u2028lima\u2029enam\nenam";
    expect(multi(text)).toBe("satu\ndua\ntiga\nempat\nlima\nenam\nenam");
    expect(one(text)).toBe("satu dua tiga empat lima enam enam");
    expect(multi("  \n baris satu\n\n  baris dua \n ")).toBe("baris satu\n\n  baris dua");
  });

  it("collapses runs of space in one line, since a page shows them as one", () => {
    expect(one("  Loket \u00a0\u3000 1  ")).toBe("Loket 1");
    expect(multi("Loket  1")).toBe("Loket  1");
  });

  it("removes bidi overrides and isolates and the other spoofing format characters", () => {
    for (const c of [
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u206a",
      "\u206f",
      "\u2061",
      "\u2064",
      "\ufeff",
      "\ufff9",
      "\ufffb",
    ]) {
      expect(one(`Loket${c}1`), c.codePointAt(0)!.toString(16)).toBe("Loket1");
    }
    expect(one("tag\u{E0041}\u{E0042}\u{E007F}")).toBe("tag");
  });

  it("keeps emoji, ZWJ sequences, flags, variation selectors and the bidi marks", () => {
    for (const s of [
      "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}", // family
      "\u{1F469}\u{1F3FD}\u200D\u{1F4BB}", // woman technologist, skin tone
      "\u2764\uFE0F",
      "1\uFE0F\u20E3",
      "\u{1F1EE}\u{1F1E9}", // Indonesia
      "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", // England: tag characters inside a flag
      "\u0645\u200F 12", // RLM
    ]) {
      expect(one(`ok ${s}`)).toBe(`ok ${s}`);
    }
  });

  it("keeps Indonesian, Javanese script and Pegon text intact", () => {
    for (const s of [
      "Pelayanan Terpadu Satu Pintu, Kab. Sleman",
      "ꦲꦤꦕꦫꦏ ꦢꦠꦱꦮꦭ",
      "ꦧꦱꦗꦮ",
      "بَهاسا جَاوَا",
      "Kantor\u200CWilayah",
    ]) {
      expect(one(s)).toBe(s);
    }
  });

  it("removes lone surrogates but keeps pairs", () => {
    expect(one("a\uD800b")).toBe("ab");
    expect(one("a\uDC00b")).toBe("ab");
    expect(one("\uD83D\uD83D\uDE00")).toBe("\u{1F600}");
  });

  it("is idempotent and never leaves a forbidden character (random text)", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.string({
        unit: fc.constantFrom(
          "a",
          " ",
          "\n",
          "\r",
          "\t",
          "\u0000",
          "\u202e",
          "\u0301",
          "e",
          "\uD83D",
          "\uDE00",
          "\u200D",
          "\u{E0041}",
          "\u0085",
        ),
      }),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (s, multiline) => {
        const once = normalizeText(s, { multiline });
        expect(normalizeText(once, { multiline })).toBe(once);
        expect(once).not.toMatch(FORBIDDEN);
        expect(once).toBe(once.normalize("NFC"));
        if (!multiline) expect(once).not.toContain("\n");
      }),
      { numRuns: 100, seed: 8 },
    );
  });
});

describe("cleanText", () => {
  it("stores the cleaned text, refuses over-long text by characters, never cuts it", () => {
    const label = cleanText({ max: 5 });
    expect(label.parse(" ab\u202ec ")).toBe("abc");
    expect(label.parse("\u{1F600}".repeat(5))).toBe("\u{1F600}".repeat(5));
    const long = label.safeParse("123456");
    expect(long.success).toBe(false);
    expect(long.error!.issues[0]).toMatchObject({
      code: "custom",
      message: "at most 5 characters",
      params: { text: "too_long", max: 5 },
    });
    expect(textLength("\u{1F600}\u00e9")).toBe(2);
  });

  it("refuses a required text that is empty once cleaned, and keeps line breaks only when asked", () => {
    const required = cleanText({ max: 100, required: true });
    expect(required.safeParse("\u202e \u0000").error!.issues).toEqual([
      expect.objectContaining({ message: "required", params: { text: "required" } }),
    ]);
    expect(cleanText({ max: 100 }).parse("\u202e")).toBe("");
    expect(cleanText({ max: 100, multiline: true }).parse("a\r\nb")).toBe("a\nb");
    expect(cleanText({ max: 100 }).parse("a\r\nb")).toBe("a b");
    expect(required.safeParse(42).success).toBe(false);
  });
});

describe("cleanEmail", () => {
  it("trims, lowercases and cleans, then checks the address", () => {
    expect(cleanEmail().parse("  Budi.Santoso@Contoh.GO.ID\t")).toBe("budi.santoso@contoh.go.id");
    expect(cleanEmail().parse("budi\u202e@contoh.go.id")).toBe("budi@contoh.go.id");
    expect(cleanEmail().safeParse("budi @contoh.go.id").success).toBe(false);
    expect(cleanEmail().safeParse(`${"a".repeat(250)}@contoh.go.id`).success).toBe(false);
  });
});
