import type { Db } from "../../db/db";
import { getRateCount, incrementRateBucket } from "../../db/queries/rate-buckets";
import { rateSubject } from "../client-address";
import { rateBucket, type RateLimit } from "../rate-bucket";

// Failed sign-ins per account and per network in 15 minutes: enough for typos, too few for guessing.
const PER_ACCOUNT: RateLimit = { max: 10, windowSeconds: 900 };
const PER_ADDRESS: RateLimit = { max: 30, windowSeconds: 900 };

/** Whether this email and address may try again, and a way to count a failure against both. */
export async function loginThrottle(db: Db, secret: string, email: string, address: string, now: number) {
  const buckets = [
    { limit: PER_ACCOUNT, ...(await rateBucket(secret, "login-email", email, PER_ACCOUNT, now)) },
    { limit: PER_ADDRESS, ...(await rateBucket(secret, "login-address", rateSubject(address), PER_ADDRESS, now)) },
  ];
  const counts = await Promise.all(buckets.map((b) => getRateCount(db, b.key)));
  return {
    blocked: buckets.some((b, i) => counts[i]! >= b.limit.max),
    async fail() {
      await db.batch([incrementRateBucket(db, buckets[0]!.key, buckets[0]!.expiresAt), incrementRateBucket(db, buckets[1]!.key, buckets[1]!.expiresAt)]);
    },
  };
}
