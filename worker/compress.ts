import type { Context, MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

// Below this, gzip costs more time than the bytes it saves (and tiny bodies can even grow).
const TINY_BYTES = 1024;

/**
 * Hono's compress, told the size of JSON bodies: it skips bodies under its threshold only when the
 * response says its Content-Length, which `c.json` does not. A JSON body is a string in memory already.
 */
export function compressLarge(): MiddlewareHandler {
  const gzip = compress({ threshold: TINY_BYTES });
  return (c, next) =>
    gzip(c, async () => {
      await next();
      await sizeJson(c);
    });
}

const encoder = new TextEncoder();

async function sizeJson(c: Context) {
  const res = c.res;
  if (!res.body || res.headers.has("Content-Length")) return;
  if (!res.headers.get("Content-Type")?.startsWith("application/json")) return;
  const text = await res.text();
  const headers = new Headers(res.headers);
  headers.set("Content-Length", String(encoder.encode(text).byteLength));
  c.res = new Response(text, { status: res.status, statusText: res.statusText, headers });
}
