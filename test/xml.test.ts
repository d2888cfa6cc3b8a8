import { describe, expect, it } from "vitest";
import { escapeXml } from "../worker/xml";

describe("escapeXml, the one XML escaper (spreadsheets, QR SVG, badge)", () => {
  it("escapes markup for content and attributes in either quote", () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("drops what XML 1.0 forbids (C0 controls, U+FFFE/FFFF, lone surrogates) and keeps the rest", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h")).toBe("abcdefgh");
    expect(escapeXml("tab\tline\ncr\r 😀 ü")).toBe("tab\tline\ncr\r 😀 ü");
  });
});
