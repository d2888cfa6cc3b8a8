import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../db/db";
import { createTestDb } from "../helpers/db";
import { launchBrowser, startServer, type RunningServer } from "./harness";

export type BrowserSuite = { db: Db; server: RunningServer; browser: Browser };

/**
 * For the describe block it is called in: a fresh database made ready by `seed`, the real app served on it
 * (with `env`) and Chromium, all closed after the block. The fields are there once its beforeAll has run.
 */
export function browserSuite(
  seed: (db: Db) => Promise<void> = async () => {},
  env: Record<string, string> = {},
): BrowserSuite {
  const suite = {} as BrowserSuite;
  let testDb: Awaited<ReturnType<typeof createTestDb>> | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
    suite.db = testDb.db;
    await seed(testDb.db);
    suite.server = await startServer(testDb.db, env);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    testDb?.close();
  });
  return suite;
}
