import { createClient } from "@libsql/client/web";
import { drizzle } from "drizzle-orm/libsql/web";
import type { Db } from "../db/db";
import { createApp } from "./app";
import { housekeeping } from "./housekeeping";
import { parseConfig } from "./env";

export type Bindings = {
  LIBSQL_URL: string;
  LIBSQL_AUTH_TOKEN?: string;
  SECRET_KEY: string;
  SURVEY_MIN_SECONDS?: string;
  SURVEY_TOKEN_HOURS?: string;
  RATE_LIMIT?: string;
  PUBLIC_URL?: string;
};

// A client per request: libSQL's HTTP client is cheap to build, and Workers forbid sharing I/O across requests.
function openDb(env: Bindings): Db {
  return drizzle(createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN }));
}

let app: ReturnType<typeof createApp> | undefined;

// Bindings do not change within an isolate, so settings are parsed once, as on Node.
function appFor(env: Bindings) {
  app ??= createApp({
    getDb: (c) => openDb(c.env as Bindings),
    config: parseConfig(env as unknown as Record<string, string | undefined>),
    clientAddress: (c) => c.req.header("cf-connecting-ip"),
  });
  return app;
}

export default {
  fetch(request, env, ctx) {
    return appFor(env).fetch(request, env, ctx);
  },
  // Hourly (wrangler.toml): drop spent rate counters and sessions, and enforce each organization's retention.
  scheduled(_event, env, ctx) {
    const db = openDb(env);
    const now = Math.floor(Date.now() / 1000);
    ctx.waitUntil(housekeeping(db, now));
  },
} satisfies ExportedHandler<Bindings>;
