import { fromBase64Url, hmac, hmacVerify, randomId, toBase64Url } from "../crypto";

/**
 * A visit token proves the form was fetched from our page for this touchpoint at a given time:
 * `<touchpointId>.<issuedAt seconds>.<nonce>.<HMAC-SHA256 of the first three>`, or for a kiosk touchpoint
 * `<touchpointId>.<issuedAt>.<nonce>.k.<HMAC of the first four>`: the signed flag lets a submission pick the
 * kiosk's rate bucket without another read. The nonce becomes the response's unique key, so a replayed
 * token can never count twice.
 */
export type VisitToken = { touchpointId: string; issuedAt: number; nonce: string; kiosk: boolean };

const PURPOSE = "visit-token";

export async function signVisitToken(
  secret: string,
  touchpointId: string,
  issuedAt: number,
  kiosk = false,
): Promise<string> {
  const payload = `${touchpointId}.${issuedAt}.${randomId(22)}${kiosk ? ".k" : ""}`;
  return `${payload}.${toBase64Url(await hmac(secret, PURPOSE, payload))}`;
}

/** The decoded token when the signature is ours, else null. Expiry is the caller's rule. */
export async function verifyVisitToken(secret: string, token: string): Promise<VisitToken | null> {
  if (token.length > 200) return null;
  const parts = token.split(".");
  const kiosk = parts.length === 5 && parts[3] === "k";
  if (parts.length !== 4 && !kiosk) return null;
  const [touchpointId, issued, nonce] = parts as [string, string, string];
  const mac = fromBase64Url(parts.at(-1)!);
  if (!mac || !/^\d{1,12}$/.test(issued) || !touchpointId || !nonce) return null;
  const ok = await hmacVerify(secret, PURPOSE, parts.slice(0, -1).join("."), mac);
  return ok ? { touchpointId, issuedAt: Number(issued), nonce, kiosk } : null;
}
