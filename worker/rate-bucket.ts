import { hmac, toBase64Url } from "./crypto";

export type RateLimit = { max: number; windowSeconds: number };

/**
 * The counter key of a subject (a client address and touchpoint, an API token) in the current fixed
 * window. Keyed with the secret and the window, so the key itself rotates and reveals nothing.
 */
export async function rateBucket(secret: string, purpose: string, subject: string, limit: RateLimit, now: number) {
  const window = Math.floor(now / limit.windowSeconds);
  const mac = await hmac(secret, purpose, `${subject}|${window}`);
  const expiresAt = (window + 1) * limit.windowSeconds;
  return { key: toBase64Url(mac).slice(0, 32), expiresAt, retryAfter: Math.max(1, expiresAt - now) };
}
