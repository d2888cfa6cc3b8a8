import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDb, openNodeDb } from "../../worker/node-db";

/** A fresh libSQL file with the shipped migrations applied; `close()` removes it. */
export async function createTestDb() {
  const dir = mkdtempSync(join(tmpdir(), "zi-test-"));
  const url = `file:${join(dir, "test.db")}`;
  const { client, db } = await openNodeDb(url);
  await migrateDb(db);
  return {
    db,
    client,
    url,
    close() {
      client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
