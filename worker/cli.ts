import * as z from "zod";
import { CliError } from "./cli/command";
import { AppError } from "./errors";
import { commands } from "./cli/commands";
import { DEFAULT_DATABASE_URL, migrateDb, openNodeDb } from "./node-db";

/** `npm run admin -- <command> [--flag value] [--json]`: the operator's tools, on the server's database. */
async function main(argv: string[]) {
  const [name, ...rest] = argv;
  const values = parseFlags(rest);
  const json = values.json === true;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(
      `Usage: npm run admin -- <command> [flags] [--json]\nCommands:\n${Object.entries(commands)
        .map(([n, c]) => `  ${n.padEnd(22)}${c.help}`)
        .join("\n")}`,
    );
    return 2;
  }
  const url = process.env.DATABASE_URL ?? process.env.LIBSQL_URL ?? DEFAULT_DATABASE_URL;
  const { client, db } = await openNodeDb(url, process.env.LIBSQL_AUTH_TOKEN);
  try {
    // A local file is brought up to date as it is opened; a server is migrated only by `migrate`.
    if (url.startsWith("file:") && name !== "migrate") await migrateDb(db);
    const flags = command.flags.safeParse(values);
    if (!flags.success) throw new CliError(z.prettifyError(flags.error));
    const result = await command.run({ db, env: process.env }, flags.data);
    if (result.warning) console.error(result.warning);
    console.log(json ? JSON.stringify(result.json) : result.text);
    return result.exitCode ?? 0;
  } catch (err) {
    // An action's refusal (AppError) is the operator's to act on, in English, like the CLI's own.
    const known = err instanceof CliError || (err instanceof AppError && err.status < 500);
    const message =
      err instanceof AppError
        ? (err.extra.localized?.en ?? err.message)
        : known
          ? (err as Error).message
          : `Unexpected error: ${(err as Error).message}`;
    const details = err instanceof CliError ? err.details : undefined;
    if (json) console.log(JSON.stringify({ error: { code: known ? "INVALID" : "INTERNAL", message, ...details } }));
    else console.error(message);
    return 1;
  } finally {
    client.close();
  }
}

/** `--name value`, `--name=value`, or a bare `--json` (true). Values are strings; each command's zod schema types them. */
function parseFlags(args: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) continue;
    const eq = arg.indexOf("=");
    if (eq > 0) out[arg.slice(2, eq)] = arg.slice(eq + 1);
    else if (args[i + 1] !== undefined && !args[i + 1]!.startsWith("--")) out[arg.slice(2)] = args[++i]!;
    else out[arg.slice(2)] = true;
  }
  return out;
}

process.exitCode = await main(process.argv.slice(2));
