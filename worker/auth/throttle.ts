import type { Db } from "../../db/db";
import { clearRateBucket, incrementRateBucket, isOverRateLimit, refundRateBucket } from "../../db/queries/rate-buckets";
import { rateSubject } from "../client-address";
import { rateBucket, type RateLimit } from "../rate-bucket";

// Sign-in attempts per account and per network in 15 minutes: enough for typos, too few for guessing.
const PER_ACCOUNT: RateLimit = { max: 10, windowSeconds: 900 };
const PER_ADDRESS: RateLimit = { max: 30, windowSeconds: 900 };

/**
 * Charges a sign-in attempt to its account and its network before any password is checked, in one
 * batch that fails as a whole past either limit: a burst of concurrent attempts gets exactly the
 * allowance, never more. A successful sign-in clears the account's count and gives the network its
 * attempt back, so an office behind one address is limited by its failures only.
 */
export async function chargeLoginAttempt(db: Db, secret: string, email: string, address: string, now: number) {
  const account = await rateBucket(secret, "login-email", email, PER_ACCOUNT, now);
  const network = await rateBucket(secret, "login-address", rateSubject(address), PER_ADDRESS, now);
  try {
    await db.batch([
      incrementRateBucket(db, { key: account.key, max: PER_ACCOUNT.max, expiresAt: account.expiresAt }),
      incrementRateBucket(db, { key: network.key, max: PER_ADDRESS.max, expiresAt: network.expiresAt }),
    ]);
  } catch (err) {
    if (isOverRateLimit(err)) return { blocked: true as const };
    throw err;
  }
  return {
    blocked: false as const,
    succeeded: () => [clearRateBucket(db, account.key), refundRateBucket(db, network.key)] as const,
  };
}

// Opening or using one-time links per network in 15 minutes: a person retyping a link never gets near it.
const LINKS_PER_ADDRESS: RateLimit = { max: 30, windowSeconds: 900 };

/**
 * Charges an attempt at a one-time link (invite, reset) to its network, like a sign-in: a link that
 * turns out live gives the attempt back, so only guesses use up the allowance.
 */
export async function chargeLinkAttempt(db: Db, secret: string, address: string, now: number) {
  const network = await rateBucket(secret, "link-address", rateSubject(address), LINKS_PER_ADDRESS, now);
  try {
    await db.batch([
      incrementRateBucket(db, { key: network.key, max: LINKS_PER_ADDRESS.max, expiresAt: network.expiresAt }),
    ]);
  } catch (err) {
    if (isOverRateLimit(err)) return { blocked: true as const };
    throw err;
  }
  return { blocked: false as const, refund: () => db.batch([refundRateBucket(db, network.key)]) };
}
