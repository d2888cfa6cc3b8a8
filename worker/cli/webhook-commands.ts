import * as z from "zod";
import { getOrganizationBySlug } from "../../db/queries/admin";
import { listWebhooks } from "../../db/queries/webhooks";
import { CLI_ACTOR } from "../actions/action";
import { createWebhook, disableWebhook } from "../actions/webhooks";
import { CliError, defineCommand, nowSeconds, type Command } from "./command";
import { json, slug, text } from "./flags";

const eventList = z
  .string()
  .transform((v) => v.split(",").map((e) => e.trim()))
  .pipe(z.array(z.string()));

async function orgId(db: Parameters<typeof getOrganizationBySlug>[0], slugText: string) {
  const org = await getOrganizationBySlug(db, slugText);
  if (!org) throw new CliError(`No organization with slug "${slugText}".`);
  return org.id;
}

/** Outbound webhooks (Standard Webhooks): the secret is shown once, at creation. */
export const webhookCommands: Record<string, Command> = {
  "webhook:create": defineCommand({
    help: "--org <slug> --url https://… --events response.flagged,period.published,followup.overdue [--unit <unitId>]   prints the signing secret once",
    flags: z.object({ org: slug, url: text, events: eventList, unit: text.optional(), ...json }),
    run: async ({ db }, f) => {
      const input = { orgId: await orgId(db, f.org), unitId: f.unit, url: f.url, events: f.events };
      const w = await createWebhook(db, CLI_ACTOR, input, nowSeconds());
      const scope = w.unitId ? `unit ${w.unitId} and the units below it` : `all of ${f.org}`;
      return {
        json: { id: w.id, secret: w.secret },
        text: `Webhook ${w.id} → ${w.url} (${w.events.join(", ")}; ${scope}). Signing secret, shown once:\n${w.secret}`,
      };
    },
  }),

  "webhook:list": defineCommand({
    help: "--org <slug>   webhooks with their deliveries so far (never the secret)",
    flags: z.object({ org: slug, ...json }),
    run: async ({ db }, f) => {
      const hooks = (await listWebhooks(db, await orgId(db, f.org))).map((h) => ({
        ...h,
        events: JSON.parse(h.events) as string[],
      }));
      const lines = hooks.map(
        (h) =>
          `${h.id}  ${h.url}  ${h.events.join(",")}  ${h.unitId ?? "(organization)"}  delivered ${h.delivered}, pending ${h.pending}, gave up ${h.gaveUp}${h.disabledAt ? "  DISABLED" : ""}`,
      );
      return { json: { webhooks: hooks }, text: lines.join("\n") || "No webhooks." };
    },
  }),

  "webhook:disable": defineCommand({
    help: "--id <webhookId>   stops a webhook at once (its pending deliveries are not sent)",
    flags: z.object({ id: text, ...json }),
    run: async ({ db }, f) => {
      await disableWebhook(db, CLI_ACTOR, { webhookId: f.id }, nowSeconds());
      return { json: { id: f.id, disabled: true }, text: `Webhook ${f.id} disabled.` };
    },
  }),
};
