import { createApp } from "../../worker/app";
import { parseConfig } from "../../worker/env";
import type { Db } from "../../db/db";

export const TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789";

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
