import type { Context, MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

// Below this, gzip costs more time than the bytes it saves (and tiny bodies can even grow).
const TINY_BYTES = 1024;

// The citizen's JSON: a visit token (a few hundred bytes) and a submission's answer ({ id } or an error).
const TINY_JSON = /^\/api\/v1\/(?:touchpoints\/[^/]+\/visit|responses)$/;

/**
 * Hono's compress, minus bodies too small to gain from it. Hono skips a body under its threshold only
 * when the response states its Content-Length, which `c.json` does not; measuring the body would cost
 * more than the gzip. So the citizen's JSON, always tiny, is skipped by its path.
 */
export function compressLarge(): MiddlewareHandler {
  const gzip = compress({ threshold: TINY_BYTES });
  return (c, next) => (isTinyJson(c) ? next() : gzip(c, next));
}

const isTinyJson = (c: Context) =>
  TINY_JSON.test(c.req.path) && (c.req.method === "POST" || c.req.path.endsWith("/visit"));
