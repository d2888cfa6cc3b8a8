import { describe, expect, it } from "vitest";
import { signVisitToken, verifyVisitToken } from "../../worker/survey/visit-token";

const SECRET = "a-secret-that-is-at-least-32-characters-long";

describe("visit token", () => {
  it("round-trips touchpoint, issue time and a fresh nonce", async () => {
    const a = await signVisitToken(SECRET, "tp1", 1_700_000_000);
    const b = await signVisitToken(SECRET, "tp1", 1_700_000_000);
    const va = await verifyVisitToken(SECRET, a);
    expect(va).toMatchObject({ touchpointId: "tp1", issuedAt: 1_700_000_000 });
    expect(va!.nonce).toHaveLength(22);
    expect((await verifyVisitToken(SECRET, b))!.nonce).not.toBe(va!.nonce);
  });

  it("rejects another key, an edited field, and garbage", async () => {
    const token = await signVisitToken(SECRET, "tp1", 1_700_000_000);
    expect(await verifyVisitToken(`${SECRET}x`, token)).toBeNull();
    const [tp, issued, nonce, sig] = token.split(".");
    expect(await verifyVisitToken(SECRET, [tp, Number(issued) + 1, nonce, sig].join("."))).toBeNull();
    expect(await verifyVisitToken(SECRET, ["tp2", issued, nonce, sig].join("."))).toBeNull();
    for (const bad of ["", "a.b.c", "a.b.c.d", `${token}.x`, "x".repeat(500), `${tp}.${issued}.${nonce}.%%%`]) {
      expect(await verifyVisitToken(SECRET, bad)).toBeNull();
    }
  });

  it("carries a signed kiosk flag that cannot be added or removed", async () => {
    const kiosk = await signVisitToken(SECRET, "tp1", 1_700_000_000, true);
    expect(await verifyVisitToken(SECRET, kiosk)).toMatchObject({ touchpointId: "tp1", kiosk: true });
    expect((await verifyVisitToken(SECRET, await signVisitToken(SECRET, "tp1", 1_700_000_000)))!.kiosk).toBe(false);
    const [tp, issued, nonce, flag, sig] = kiosk.split(".");
    expect(flag).toBe("k");
    expect(await verifyVisitToken(SECRET, [tp, issued, nonce, sig].join("."))).toBeNull();
    expect(await verifyVisitToken(SECRET, [tp, issued, nonce, "x", sig].join("."))).toBeNull();
  });
});
