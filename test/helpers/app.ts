import { createApp } from "../../worker/app";
import { parseConfig } from "../../worker/env";
import type { Db } from "../../db/db";

export const TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789";

/**
 * A clock that stands still (seconds, as the app counts). Rate limits count in fixed windows (60, 600,
 * 900 s); a test whose requests straddle a window's end on a slow machine would see its count reset.
 */
export function frozenNow(): () => number {
  const at = Math.floor(Date.now() / 1000);
  return () => at;
}

/**
 * The real app over a real database. The client address comes from a test header because
 * app.request() has no socket: it is the one thing outside the process that tests stand in for.
 */
export function createTestApp(db: Db, env: Record<string, string> = {}, now?: () => number) {
  const config = parseConfig({ SECRET_KEY: TEST_SECRET, SURVEY_MIN_SECONDS: "0", RATE_LIMIT: "off", ...env });
  const app = createApp({
    getDb: () => db,
    config,
    clientAddress: (c) => c.req.header("x-test-client") ?? "198.51.100.7",
    now,
  });
  return { app, config };
}
