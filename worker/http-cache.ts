import type { Context } from "hono";
import { sha256Hex } from "./crypto";

/**
 * JSON with a strong ETag of its exact bytes: a script that polls gets 304 and no body until a new
 * response changes the numbers. Private: the answer depends on the caller's token.
 */
export async function jsonWithEtag(c: Context, body: unknown) {
  const text = JSON.stringify(body);
  const etag = `"${(await sha256Hex(text)).slice(0, 32)}"`;
  c.header("ETag", etag);
  c.header("Cache-Control", "private, max-age=60");
  c.header("Vary", "Authorization");
  const match = c.req.header("If-None-Match");
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return c.body(null, 304);
  return c.body(text, 200, { "Content-Type": "application/json; charset=UTF-8" });
}
