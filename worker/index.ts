import { createClient } from "@libsql/client/web";
import { drizzle } from "drizzle-orm/libsql/web";
import type { Db } from "../db/db";
import { createApp } from "./app";
import { housekeeping } from "./housekeeping";
import { parseConfig } from "./env";
import { dispatchOutbox } from "./webhooks/dispatch";

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

// Must match wrangler.toml's [triggers].
const HOURLY_CRON = "17 * * * *";

let app: ReturnType<typeof createApp> | undefined;

// Bindings do not change within an isolate, so settings are parsed once, as on Node.
function appFor(env: Bindings) {
  app ??= createApp({
    getDb: (c) => openDb(c.env as Bindings),
    config: parseConfig(env as unknown as Record<string, string | undefined>),
    clientAddress: (c) => c.req.header("cf-connecting-ip"),
    // After the answer is sent: a flagged submission's or a publication's webhook goes out in this invocation.
    nudgeOutbox: (c) => c.executionCtx.waitUntil(sendWebhooks(c.var.db as Db)),
  });
  return app;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const sendWebhooks = (db: Db) =>
  dispatchOutbox(db, { now: nowSeconds }).catch((err) => console.error("webhook dispatch failed:", err));

export default {
  fetch(request, env, ctx) {
    return appFor(env).fetch(request, env, ctx);
  },
  // Every 5 minutes (wrangler.toml): webhook retries that are due; hourly also the chores (spent rate
  // counters and sessions, retention, overdue follow-ups), whose events go out in the same run.
  scheduled(event, env, ctx) {
    const db = openDb(env);
    const hourly = event.cron === HOURLY_CRON;
    ctx.waitUntil((hourly ? housekeeping(db, nowSeconds()) : Promise.resolve()).then(() => sendWebhooks(db)));
  },
} satisfies ExportedHandler<Bindings>;
