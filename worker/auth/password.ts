import { timingSafeEqual } from "hono/utils/buffer";
import { fromBase64Url, toBase64Url } from "../crypto";

/**
 * PBKDF2-SHA256 through WebCrypto, the same on Node and in workerd. 100,000 iterations is the most
 * workerd accepts, and costs about 30 ms of CPU per login here: inside a paid Worker's CPU budget,
 * slow enough that a stolen table is expensive to crack. Stored as pbkdf2-sha256$iter$salt$hash.
 */
const PBKDF2_ITERATIONS = 100_000;

/** Far beyond any passphrase a person types; the cap keeps a hostile "password" from costing real work. */
export const PASSWORD_MAX_LENGTH = 1024;

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256),
  );
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `pbkdf2-sha256$${iterations}$${toBase64Url(salt)}$${toBase64Url(await derive(password, salt, iterations))}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iter, saltText, hashText] = stored.split("$");
  const salt = fromBase64Url(saltText ?? "");
  const expected = fromBase64Url(hashText ?? "");
  const iterations = Number(iter);
  if (scheme !== "pbkdf2-sha256" || !salt || !expected || !Number.isInteger(iterations) || iterations < 1) return false;
  const actual = await derive(password, salt, iterations);
  // A constant-time compare, so timing says nothing about how much matched; on the re-encoded stored
  // bytes, so only the hash itself counts, not how its text was written.
  return timingSafeEqual(toBase64Url(actual), toBase64Url(expected));
}

/** A password for a new account when none is given: 16 characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => alphabet[b % alphabet.length]).join("");
}
