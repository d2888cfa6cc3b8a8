import { createClient } from "@libsql/client/web";
import { drizzle } from "drizzle-orm/libsql/web";
import type { Context } from "hono";
import { createApp } from "../../worker/app";
import { parseConfig } from "../../worker/env";
import { TEST_SECRET } from "./app";

/**
 * The app as worker/index.ts builds it: a new `@libsql/client/web` client and drizzle per request, over
 * HTTP to a libSQL server (sqld, or a counting proxy in front of it). No webhook dispatch after a flagged
 * submission: the Worker runs that in waitUntil, after the answer, and it is not the submit's cost.
 * A function for the URL lets a benchmark send each route's requests under its own path (see counting-proxy).
 */
export function createRemoteApp(libsqlUrl: string | ((c: Context) => string), env: Record<string, string> = {}) {
  const config = parseConfig({ SECRET_KEY: TEST_SECRET, SURVEY_MIN_SECONDS: "0", RATE_LIMIT: "off", ...env });
  return createApp({
    getDb: (c) => drizzle(createClient({ url: typeof libsqlUrl === "string" ? libsqlUrl : libsqlUrl(c) })),
    config,
    clientAddress: (c) => c.req.header("x-test-client") ?? "198.51.100.7",
  });
}
