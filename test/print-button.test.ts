import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PRINT_ONCLICK, PRINT_ONCLICK_HASH } from "../web/components/PrintButton";

describe("print button", () => {
  it("has the hash of its inline handler in the form script-src takes", () => {
    const hash = createHash("sha256").update(PRINT_ONCLICK).digest("base64");
    expect(PRINT_ONCLICK_HASH).toBe(`'sha256-${hash}'`);
  });
});
