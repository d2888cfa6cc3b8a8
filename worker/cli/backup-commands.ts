import * as z from "zod";
import { BackupRefused, snapshotDatabase } from "../backup";
import { DEFAULT_DATABASE_URL } from "../node-db";
import { yieldToCitizens } from "../node-threads";
import { CliError, defineCommand, type Command } from "./command";
import { json, text } from "./flags";

/** Snapshots of the embedded database file, taken while the server keeps running. */
export const backupCommands: Record<string, Command> = {
  backup: defineCommand({
    help: "--out <file>   a consistent snapshot of the database file while the server runs (never overwrites a file)",
    flags: z.object({ out: text, ...json }),
    run: async ({ env }, f) => {
      // A backup beside a running server: the server's citizens come first when both want the CPU.
      yieldToCitizens();
      const url = env.DATABASE_URL ?? env.LIBSQL_URL ?? DEFAULT_DATABASE_URL;
      const snap = await snapshotDatabase(url, f.out).catch((err: unknown) => {
        throw err instanceof BackupRefused ? new CliError(err.message) : err;
      });
      return {
        json: { file: snap.file, bytes: snap.bytes, responses: snap.responses, seconds: snap.seconds },
        text: `Backup written: ${snap.file} (${snap.bytes} bytes, ${snap.responses} responses, ${snap.seconds.toFixed(1)} s).
Restore: stop the server, start it with DATABASE_URL=file:${snap.file} (or copy the file into place), then run rollups:verify.`,
      };
    },
  }),
};
