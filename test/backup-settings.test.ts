import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDue, backupFileName, listBackups, pruneBackups } from "../worker/backup-daily";
import { BackupRefused, snapshotDatabase } from "../worker/backup";
import { backupSettings } from "../worker/node-config";
import { createTestDb } from "./helpers/db";
import { seedTouchpoint } from "./helpers/factories";

const dir = mkdtempSync(join(tmpdir(), "zi-backup-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("BACKUP_DIR and BACKUP_KEEP", () => {
  it("are off when unset, keep 14 by default, and name a bad value", () => {
    expect(backupSettings({})).toBeNull();
    expect(backupSettings({ BACKUP_DIR: "  " })).toBeNull();
    expect(backupSettings({ BACKUP_DIR: join(dir, "b"), DATABASE_URL: "file:x.db" })).toEqual({
      databaseUrl: "file:x.db",
      dir: join(dir, "b"),
      keep: 14,
    });
    expect(backupSettings({ BACKUP_DIR: join(dir, "b"), BACKUP_KEEP: "3" })?.keep).toBe(3);
    for (const keep of ["0", "-1", "1.5", "lots", "3651", "1e3"]) {
      expect(() => backupSettings({ BACKUP_DIR: join(dir, "b"), BACKUP_KEEP: keep })).toThrow(
        /BACKUP_KEEP: must be a whole number/,
      );
    }
    expect(() => backupSettings({ BACKUP_KEEP: "3" })).toThrow(/BACKUP_KEEP: set BACKUP_DIR too/);
    expect(() => backupSettings({ BACKUP_DIR: join(dir, "b"), DATABASE_URL: "libsql://db.turso.io" })).toThrow(
      /BACKUP_DIR: .*embedded file database/,
    );
    writeFileSync(join(dir, "a-file"), "");
    expect(() => backupSettings({ BACKUP_DIR: join(dir, "a-file") })).toThrow(/BACKUP_DIR: .* is not a folder/);
  });
});

describe("daily snapshot files", () => {
  it("are named by their UTC minute, due a day after the newest, and pruned to the newest N", () => {
    expect(backupFileName(new Date(Date.UTC(2026, 11, 1, 3, 0, 59)))).toBe("zi-survei-2026-12-01T0300Z.db");
    const folder = join(dir, "daily");
    mkdirSync(folder);
    expect(backupDue(folder, new Date(Date.UTC(2026, 11, 1)))).toBe(true);
    const names = [
      "zi-survei-2026-11-28T0300Z.db",
      "zi-survei-2026-11-30T0300Z.db",
      "zi-survei-2026-11-29T0300Z.db",
      "zi-survei-2026-12-01T0300Z.db",
    ];
    for (const n of [...names, "zi-survei-latest.db", "README.txt", ".zi-survei-2026-12-02T0300Z.db.9f9f.partial"])
      writeFileSync(join(folder, n), "");
    expect(listBackups(folder)).toEqual([
      "zi-survei-2026-12-01T0300Z.db",
      "zi-survei-2026-11-30T0300Z.db",
      "zi-survei-2026-11-29T0300Z.db",
      "zi-survei-2026-11-28T0300Z.db",
    ]);
    expect(backupDue(folder, new Date(Date.UTC(2026, 11, 2, 2, 59)))).toBe(false);
    expect(backupDue(folder, new Date(Date.UTC(2026, 11, 2, 3, 0)))).toBe(true);
    pruneBackups(folder, 2);
    expect(readdirSync(folder).sort()).toEqual([
      "README.txt",
      "zi-survei-2026-11-30T0300Z.db",
      "zi-survei-2026-12-01T0300Z.db",
      "zi-survei-latest.db",
    ]);
  });
});

describe("snapshotDatabase", () => {
  it("copies the database's state into a new file and leaves no temporary file", async () => {
    const t = await createTestDb();
    try {
      await seedTouchpoint(t.db);
      const out = join(dir, "copies", "one.db");
      const snap = await snapshotDatabase(t.url, out);
      expect(snap).toMatchObject({ file: out, responses: 0 });
      expect(snap.bytes).toBeGreaterThan(0);
      expect(readdirSync(join(dir, "copies"))).toEqual(["one.db"]);
      await expect(snapshotDatabase(t.url, out)).rejects.toBeInstanceOf(BackupRefused);
      await expect(snapshotDatabase("http://127.0.0.1:1", join(dir, "copies", "two.db"))).rejects.toThrow(
        /embedded database file/,
      );
      expect(readdirSync(join(dir, "copies"))).toEqual(["one.db"]);
    } finally {
      t.close();
    }
  });
});
