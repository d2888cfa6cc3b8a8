import type * as z from "zod";
import type { Db } from "../../db/db";
import { qrTargetProblem } from "../qr/public-url";

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
/** `warning` goes to stderr, so `--json` stdout stays one object; `exitCode` 1 when the answer lists refusals. */
type CommandResult = { json: Record<string, unknown>; text: string; warning?: string | null; exitCode?: number };

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

/** Why a QR made now would not reach a citizen's phone (see worker/qr/public-url.ts), or null. */
export function qrTargetWarning(env: NodeJS.ProcessEnv): string | null {
  const base = publicBaseUrl(env);
  const problem = qrTargetProblem(env.PUBLIC_URL, base);
  if (problem === "loopback")
    return `Warning: QR codes point at ${base}, which only this computer can open, not a citizen's phone. Set PUBLIC_URL to the server's public address (e.g. https://survei.instansi.go.id) before printing.`;
  return problem ? `Warning: PUBLIC_URL is not set; QR codes point at ${base}.` : null;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
