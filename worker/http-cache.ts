import type { MiddlewareHandler } from "hono";
import { etag } from "hono/etag";

/**
 * Answers with a strong ETag of their bytes (Hono's etag) and a Cache-Control: a client that sends the
 * tag back gets 304 and no body until the content changes. The ETag reads the whole body, so this is
 * for small JSON and HTML answers only, never for the streamed exports. Errors get neither header.
 */
function cached(cacheControl: string, vary?: string): MiddlewareHandler {
  const tag = etag();
  return (c, next) =>
    tag(c, async () => {
      await next();
      if (!c.res.ok) return;
      // Set before the ETag check runs, so a 304 carries them too.
      c.header("Cache-Control", cacheControl);
      if (vary) c.header("Vary", vary);
    });
}

/** The evaluator API: a script that polls gets 304 while no new response changes the numbers. Private: the answer depends on the caller's token. */
export const privateCache = cached("private, max-age=60", "Authorization");

/** The public pages and open data: anyone (the edge, a browser) may keep them for five minutes. */
export const publicCache = cached("public, max-age=300");
