/** WebCrypto helpers that behave the same on Node 20 and in workerd (Node may swap in a faster HMAC). */
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

// One derived key per purpose, so a MAC made for one use can never be replayed as another.
function hmacKey(secret: string, purpose: string): Promise<CryptoKey> {
  const id = `${purpose}:${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(id), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(id, key);
  }
  return key;
}

/** HMAC-SHA256 with a text key, computed at once, and a constant-time comparison of two MACs. */
export type SyncHmac = { sign(key: string, data: string): Uint8Array; equal(a: Uint8Array, b: Uint8Array): boolean };
let syncHmac: SyncHmac | null = null;

/**
 * Node's entry hands over node:crypto's HMAC: WebCrypto's costs a thread-pool job per call on Node 20
 * (a visit signs once and a submit verifies once), node:crypto's is a few microseconds. Both give the same
 * MAC for the same key text; workerd keeps WebCrypto (it has no node:crypto without nodejs_compat).
 */
export function useSyncHmac(impl: SyncHmac | null) {
  syncHmac = impl;
}

export async function hmac(secret: string, purpose: string, data: string): Promise<ArrayBuffer> {
  if (syncHmac) return new Uint8Array(syncHmac.sign(`${purpose}:${secret}`, data)).buffer;
  return crypto.subtle.sign("HMAC", await hmacKey(secret, purpose), encoder.encode(data));
}

export async function hmacVerify(secret: string, purpose: string, data: string, mac: Uint8Array<ArrayBuffer>) {
  if (syncHmac) return syncHmac.equal(syncHmac.sign(`${purpose}:${secret}`, data), mac);
  return crypto.subtle.verify("HMAC", await hmacKey(secret, purpose), mac, encoder.encode(data));
}

export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  let s = "";
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  // A length of 4k+1 is never valid base64 (atob would throw).
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Random alphanumeric identifier (~95 bits at 16 characters): safe in URLs, tokens and CLI flags. */
// Random bytes fetched in blocks: one call to the system source per 256 ids instead of one per id (every
// visit and every submission draws one), as Node's randomUUID does.
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let used = 0;

export function randomId(length = 16): string {
  if (used + length > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    used = 0;
  }
  let id = "";
  for (let i = 0; i < length; i++) id += ID_ALPHABET[pool[used + i]! % 62];
  // Each byte serves one id only.
  used += length;
  return id;
}

// No 0/o, 1/l/i: a code read aloud or typed from a poster must not be ambiguous.
const CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

export function randomCode(length = 8): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

/** Hex SHA-256: how API tokens are stored, so a leaked table does not leak usable tokens. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
