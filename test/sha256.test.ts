import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256 } from "../worker/sha256";

const reference = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("sha256 (synchronous, for the CSP hash of the inline stylesheet)", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(hex(sha256(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha256("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("agrees with Node's crypto at every padding boundary and on any text, multi-byte UTF-8 included", () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 128])
      expect(hex(sha256("a".repeat(n))), `${n}`).toBe(reference("a".repeat(n)));
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => hex(sha256(s)) === reference(s)));
  });
});
