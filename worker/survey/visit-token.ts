import { fromBase64Url, hmac, hmacVerify, randomId, toBase64Url } from "../crypto";

/**
 * A visit token proves the form was fetched from our page for this touchpoint at a given time:
 * `<touchpointId>.<issuedAt seconds>.<nonce>.<HMAC-SHA256 of the first three>`.
 * The nonce becomes the response's unique key, so a replayed token can never count twice.
 */
export type VisitToken = { touchpointId: string; issuedAt: number; nonce: string };

const PURPOSE = "visit-token";

export async function signVisitToken(secret: string, touchpointId: string, issuedAt: number): Promise<string> {
  const payload = `${touchpointId}.${issuedAt}.${randomId(22)}`;
  return `${payload}.${toBase64Url(await hmac(secret, PURPOSE, payload))}`;
}

/** The decoded token when the signature is ours, else null. Expiry is the caller's rule. */
export async function verifyVisitToken(secret: string, token: string): Promise<VisitToken | null> {
  if (token.length > 200) return null;
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [touchpointId, issued, nonce, sig] = parts as [string, string, string, string];
  const mac = fromBase64Url(sig);
  if (!mac || !/^\d{1,12}$/.test(issued) || !touchpointId || !nonce) return null;
  const ok = await hmacVerify(secret, PURPOSE, `${touchpointId}.${issued}.${nonce}`, mac);
  return ok ? { touchpointId, issuedAt: Number(issued), nonce } : null;
}
