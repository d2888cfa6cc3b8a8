import type { MiddlewareHandler } from "hono";
import { incrementRateBucket, isOverRateLimit } from "../../db/queries/rate-buckets";
import { findActiveToken, markTokenUsed } from "../../db/queries/tokens";
import type { EvaluatorEnv } from "../context";
import { AppError } from "../errors";
import { rateBucket } from "../rate-bucket";
import { sha256Hex } from "../crypto";

/** Bearer token → evaluator scope; one read, then one batch that records the use and counts the rate. */
export const requireEvaluator: MiddlewareHandler<EvaluatorEnv> = async (c, next) => {
  const header = c.req.header("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const token = match ? await findActiveToken(c.var.db, await sha256Hex(match[1]!)) : null;
  if (!token) {
    c.header("WWW-Authenticate", 'Bearer realm="zi-survei"');
    throw new AppError("UNAUTHORIZED", "A valid evaluator token is required (Authorization: Bearer …)");
  }
  const { db, config, now } = c.var;
  const limit = config.API_RATE_LIMIT;
  const bucket = limit && (await rateBucket(config.SECRET_KEY, "api-rate", token.id, limit, now));
  if (bucket && limit) {
    // Counted before it is judged: a request past the limit fails the increment, so a burst cannot slip through.
    await db
      .batch([
        incrementRateBucket(db, { key: bucket.key, max: limit.max, expiresAt: bucket.expiresAt }),
        markTokenUsed(db, token.id, now),
      ])
      .catch((err) => {
        throw isOverRateLimit(err)
          ? new AppError("RATE_LIMITED", "Too many requests for this token", { retryAfter: bucket.retryAfter })
          : err;
      });
  } else {
    await markTokenUsed(db, token.id, now);
  }
  c.set("evaluator", { tokenId: token.id, orgId: token.orgId, unitId: token.unitId });
  await next();
};
