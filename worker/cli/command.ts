import type * as z from "zod";
import type { Db } from "../../db/db";

/** A refusal the operator can act on; `details` go into the `--json` error object. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

type CommandContext = { db: Db; env: NodeJS.ProcessEnv };
type CommandResult = { json: Record<string, unknown>; text: string };

export type Command<S extends z.ZodType = z.ZodType> = {
  help: string;
  flags: S;
  run: (ctx: CommandContext, flags: z.output<S>) => Promise<CommandResult>;
};

export function defineCommand<S extends z.ZodType>(c: Command<S>): Command {
  return c as unknown as Command;
}

/** Where QR codes point: PUBLIC_URL when the server is reachable under a public name. */
export function publicBaseUrl(env: NodeJS.ProcessEnv): string {
  return (env.PUBLIC_URL ?? `http://${env.HOST ?? "127.0.0.1"}:${env.PORT ?? 8787}`).replace(/\/$/, "");
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
