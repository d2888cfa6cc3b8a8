import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { snapshotInThread } from "./backup";
import type { BackupSettings } from "./node-config";

const NAME = /^zi-survei-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})Z\.db$/;
const PARTIAL = /^\.zi-survei-.*\.partial$/;
const DAY_MS = 86_400_000;
// Checked hourly, so a server restarted every few hours still gets one snapshot a day, not one per start.
const CHECK_MS = 3_600_000;

/** `zi-survei-2026-12-01T0300Z.db`: sorts by time, and says when it was taken without opening it. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString();
  return `zi-survei-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z.db`;
}

/** The daily snapshots in `dir`, newest first; other files in the folder are not ours and never touched. */
export function listBackups(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => NAME.test(n))
    .sort()
    .reverse();
}

function takenAt(name: string): number {
  const [, date, hh, mm] = NAME.exec(name)!;
  return Date.parse(`${date}T${hh}:${mm}:00Z`);
}

/** Due when no snapshot is younger than a day. */
export function backupDue(dir: string, now: Date): boolean {
  const newest = listBackups(dir)[0];
  return !newest || now.getTime() - takenAt(newest) >= DAY_MS;
}

/** Deletes all but the newest `keep` snapshots and any half-written copy a stopped server left behind. */
export function pruneBackups(dir: string, keep: number): string[] {
  const stale = [...listBackups(dir).slice(keep), ...readdirSync(dir).filter((n) => PARTIAL.test(n))];
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale;
}

/**
 * The Node server's daily snapshots: one now if the newest is a day old (or there is none), then checked
 * every hour. Each runs in a worker thread; a failure is logged and retried at the next check.
 */
export function startDailyBackups(settings: BackupSettings, log: Pick<Console, "log" | "error"> = console) {
  const { databaseUrl, dir, keep } = settings;
  let running = false;
  async function run() {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      mkdirSync(dir, { recursive: true });
      pruneBackups(dir, keep);
      if (!backupDue(dir, now)) return;
      const snap = await snapshotInThread(databaseUrl, join(dir, backupFileName(now)));
      pruneBackups(dir, keep);
      log.log(
        `Backup written: ${snap.file} (${snap.bytes} bytes, ${snap.responses} responses, ${snap.seconds.toFixed(1)} s)`,
      );
    } catch (err) {
      log.error("backup failed:", err);
    } finally {
      running = false;
    }
  }
  log.log(`Backups: a daily snapshot of the database in ${dir}, keeping the newest ${keep}.`);
  const timer = setInterval(() => void run(), CHECK_MS);
  timer.unref();
  void run();
  return { run, stop: () => clearInterval(timer) };
}
