import { afterEach, describe, expect, it } from "vitest";
import { useSyncHmac } from "../../worker/crypto";
import { useNodeHmac } from "../../worker/node-crypto";
import { signVisitToken, verifyVisitToken } from "../../worker/survey/visit-token";

const SECRET = "a-secret-that-is-at-least-32-characters-long";
afterEach(() => useSyncHmac(null));

describe("node:crypto's HMAC on Node", () => {
  it("makes exactly the MACs WebCrypto makes, so tokens cross between the two", async () => {
    const byWebCrypto = await signVisitToken(SECRET, "tp1", 1_700_000_000, true);
    useNodeHmac();
    expect(await verifyVisitToken(SECRET, byWebCrypto)).toMatchObject({ touchpointId: "tp1", kiosk: true });
    const byNode = await signVisitToken(SECRET, "tp2", 1_700_000_001);
    const [tp, issued, nonce] = byNode.split(".");
    useSyncHmac(null);
    expect(await verifyVisitToken(SECRET, byNode)).toEqual({
      touchpointId: tp,
      issuedAt: Number(issued),
      nonce,
      kiosk: false,
    });
  });

  it("still refuses another key, an edited field and a short MAC", async () => {
    useNodeHmac();
    const token = await signVisitToken(SECRET, "tp1", 1_700_000_000);
    expect(await verifyVisitToken(`${SECRET}x`, token)).toBeNull();
    const [tp, issued, nonce, sig] = token.split(".");
    expect(await verifyVisitToken(SECRET, [tp, Number(issued) + 1, nonce, sig].join("."))).toBeNull();
    expect(await verifyVisitToken(SECRET, [tp, issued, nonce, sig!.slice(0, 10)].join("."))).toBeNull();
  });
});
