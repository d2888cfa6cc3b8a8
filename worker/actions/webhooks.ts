import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import { giveUpPendingDeliveries } from "../../db/queries/webhook-deliveries";
import { getWebhook, insertWebhook, markWebhookDisabled } from "../../db/queries/webhooks";
import { randomId } from "../crypto";
import { AppError } from "../errors";
import { newWebhookSecret } from "../webhooks/message";
import { webhookUrlMessages, webhookUrlProblem } from "../webhooks/url";
import { audit, commit, refused, validated, type Actor } from "./action";

export const WEBHOOK_EVENTS = ["response.flagged", "period.published", "followup.overdue"] as const;

const newWebhook = z.object({
  orgId: z.string(),
  unitId: z.string().nullish(),
  url: z.string(),
  // Strings in (a CLI flag, a form's checkboxes), each checked against the known types.
  events: z
    .array(z.string())
    .transform((list) => [...new Set(list)])
    .pipe(
      z
        .array(z.enum(WEBHOOK_EVENTS, { error: `one of ${WEBHOOK_EVENTS.join(", ")}` }))
        .min(1, `at least one of ${WEBHOOK_EVENTS.join(", ")}`),
    ),
});

/**
 * A webhook for the organization, or for one unit and the units below it. The secret is returned once
 * (the server keeps it to sign with; listings never show it).
 */
export async function createWebhook(db: Db, actor: Actor, input: z.input<typeof newWebhook>, now: number) {
  const w = validated(newWebhook, input);
  const problem = webhookUrlProblem(w.url);
  if (problem) {
    const m = webhookUrlMessages[problem];
    throw new AppError("VALIDATION_FAILED", m.en, { localized: m, issues: [{ path: "url", message: m.en }] });
  }
  const unitId = w.unitId || null;
  const unit = unitId ? await getUnit(db, unitId) : null;
  if (unitId && (unit?.orgId !== w.orgId || unit.deactivatedAt !== null))
    throw refused("NOT_FOUND", "Unit tidak dikenal.", `No active unit ${unitId} in this organization.`);
  const id = randomId();
  const secret = newWebhookSecret();
  const url = new URL(w.url).href;
  await commit(db, [
    insertWebhook(db, { id, orgId: w.orgId, unitId, url, secret, events: JSON.stringify(w.events), createdAt: now }),
    audit(db, actor, w.orgId, now, {
      action: "webhook.create",
      target: id,
      detail: `${url} ${w.events.join(",")}${unitId ? ` unit ${unitId}` : ""}`,
    }),
  ]);
  return { id, secret, url, unitId, events: w.events };
}

const disabling = z.object({ webhookId: z.string(), orgId: z.string().optional() });

/** Stops a webhook at once: no new deliveries, and its pending ones are no longer sent. */
export async function disableWebhook(db: Db, actor: Actor, input: z.input<typeof disabling>, now: number) {
  const d = validated(disabling, input);
  const hook = await getWebhook(db, d.webhookId);
  if (!hook || hook.disabledAt !== null || (d.orgId && hook.orgId !== d.orgId))
    throw refused("NOT_FOUND", "Webhook tidak ditemukan.", `No active webhook with id "${d.webhookId}".`);
  await commit(db, [
    markWebhookDisabled(db, hook.id, now),
    giveUpPendingDeliveries(db, hook.id),
    audit(db, actor, hook.orgId, now, { action: "webhook.disable", target: hook.id, detail: hook.url }),
  ]);
}
