import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboxEventInsert } from "../../db/queries/outbox";
import { GAVE_UP, listWebhooks } from "../../db/queries/webhooks";
import { auditLog, outboxEvents, webhookDeliveries } from "../../db/schema";
import { CLI_ACTOR } from "../../worker/actions/action";
import { createWebhook, disableWebhook } from "../../worker/actions/webhooks";
import { randomId } from "../../worker/crypto";
import { retryDelay } from "../../worker/webhooks/backoff";
import { dispatchOutbox, fanOutEvents, sendDueDeliveries } from "../../worker/webhooks/dispatch";
import { createTestDb } from "../helpers/db";
import { seedChildUnit, seedTouchpoint } from "../helpers/factories";

/** The receiver is outside the process: a stand-in fetch records what would have crossed the network. */
type Sent = { url: string; headers: Record<string, string>; body: string };
function receiver(answer: (n: number) => Promise<Response> | Response = () => new Response(null, { status: 204 })) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: String(init.body) });
    return answer(sent.length);
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

// A database per test: a round sends every due delivery, so another test's rows would reach this one's receiver.
let t: Awaited<ReturnType<typeof createTestDb>>;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(() => t.close());

const NOW = 1_800_000_000;

async function hook(orgId: string, o: { unitId?: string; events?: string[]; url?: string } = {}) {
  const input = {
    orgId,
    unitId: o.unitId,
    url: o.url ?? `https://hooks.example/${randomId(6)}`,
    events: o.events ?? ["response.flagged"],
  };
  return createWebhook(t.db, CLI_ACTOR, input, NOW);
}

async function event(
  orgId: string,
  unitId: string,
  type: "response.flagged" | "period.published" = "response.flagged",
) {
  const id = `msg_${randomId()}`;
  await outboxEventInsert(t.db, {
    id,
    orgId,
    unitId,
    type,
    data: { unitId, responseId: id.slice(4), reasons: ["skm_1"] },
    createdAt: NOW,
  }).run();
  return id;
}

async function deliveryRows(eventId: string) {
  return t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, eventId));
}

describe("fan-out", () => {
  it("reaches the organization's webhooks and those scoped to the unit or a unit above it, once", async () => {
    const tp = await seedTouchpoint(t.db);
    const b = await seedChildUnit(t.db, tp.orgId, tp.unitId);
    const c = await seedChildUnit(t.db, tp.orgId, b.unitId);
    const sibling = await seedChildUnit(t.db, tp.orgId, tp.unitId);
    const other = await seedTouchpoint(t.db);
    const orgWide = await hook(tp.orgId);
    const aboveC = await hook(tp.orgId, { unitId: b.unitId });
    const atC = await hook(tp.orgId, { unitId: c.unitId });
    await hook(tp.orgId, { unitId: sibling.unitId });
    await hook(tp.orgId, { events: ["period.published"] });
    const off = await hook(tp.orgId);
    await disableWebhook(t.db, CLI_ACTOR, { webhookId: off.id }, NOW);
    await hook(other.orgId);

    const id = await event(tp.orgId, c.unitId);
    await fanOutEvents(t.db, NOW);
    await fanOutEvents(t.db, NOW + 1);
    const rows = await deliveryRows(id);
    expect(rows.map((r) => r.webhookId).sort()).toEqual([orgWide.id, aboveC.id, atC.id].sort());
    const [e] = await t.db.select().from(outboxEvents).where(eq(outboxEvents.id, id));
    expect(e!.dispatchedAt).toBe(NOW);

    // An event of the unit above reaches neither the sub-unit's webhook nor the sibling's.
    const upper = await event(tp.orgId, b.unitId);
    await fanOutEvents(t.db, NOW);
    expect((await deliveryRows(upper)).map((r) => r.webhookId).sort()).toEqual([orgWide.id, aboveC.id].sort());
  });
});

describe("sending", () => {
  it("signs the same bytes on every retry, backs off after a failure and stops once delivered", async () => {
    const tp = await seedTouchpoint(t.db);
    const h = await hook(tp.orgId);
    const id = await event(tp.orgId, tp.unitId);
    const r = receiver((n) => new Response("busy", { status: n === 1 ? 503 : 200 }));
    let now = NOW;
    const o = { now: () => now, fetch: r.fetch };

    expect(await dispatchOutbox(t.db, o)).toMatchObject({ failed: 1 });
    let [row] = await deliveryRows(id);
    expect(row).toMatchObject({
      attempts: 1,
      lastStatus: 503,
      lastError: "HTTP 503",
      nextAttemptAt: NOW + retryDelay(1),
    });
    now = NOW + retryDelay(1) - 1;
    expect(await dispatchOutbox(t.db, o)).toMatchObject({ delivered: 0, failed: 0 });
    now = NOW + retryDelay(1);
    expect(await dispatchOutbox(t.db, o)).toMatchObject({ delivered: 1 });
    [row] = await deliveryRows(id);
    expect(row).toMatchObject({ attempts: 2, lastStatus: 200, deliveredAt: now });
    now += 7200;
    await dispatchOutbox(t.db, o);

    expect(r.sent).toHaveLength(2);
    const [first, second] = r.sent;
    expect(second!.body).toBe(first!.body);
    expect(second!.headers["webhook-id"]).toBe(id);
    expect(first!.headers["webhook-id"]).toBe(id);
    expect(Number(second!.headers["webhook-timestamp"])).toBe(NOW + retryDelay(1));
    expect(JSON.parse(first!.body)).toEqual({
      type: "response.flagged",
      timestamp: new Date(NOW * 1000).toISOString(),
      data: { unitId: tp.unitId, responseId: id.slice(4), reasons: ["skm_1"] },
    });
    // The signature is Standard Webhooks' over id, this attempt's timestamp and the body.
    const expected = new Webhook(h.secret).sign(
      id,
      new Date(Number(second!.headers["webhook-timestamp"]) * 1000),
      second!.body,
    );
    expect(second!.headers["webhook-signature"]).toBe(expected);
    expect(h.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  });

  it("waits longer after each failure, up to an hour", () => {
    const delays = Array.from({ length: 9 }, (_, i) => retryDelay(i + 1));
    expect(delays).toEqual([10, 30, 120, 600, 1800, 3600, 3600, 3600, 3600]);
  });

  it("counts a redirect, a timeout and a refused connection as failures", async () => {
    const tp = await seedTouchpoint(t.db);
    await hook(tp.orgId);
    const ids = [await event(tp.orgId, tp.unitId), await event(tp.orgId, tp.unitId), await event(tp.orgId, tp.unitId)];
    let n = 0;
    const fetch = ((_url: string, init: RequestInit) => {
      n += 1;
      if (n === 1)
        return Promise.resolve(
          new Response(null, { status: 302, headers: { Location: "https://elsewhere.example/" } }),
        );
      if (n === 2) return Promise.reject(Object.assign(new Error("fetch failed"), { cause: { code: "ECONNREFUSED" } }));
      // A receiver that never answers: only the timeout ends the wait.
      return new Promise<Response>((_ok, fail) =>
        init.signal!.addEventListener("abort", () => fail(init.signal!.reason)),
      );
    }) as typeof globalThis.fetch;
    expect(await dispatchOutbox(t.db, { now: () => NOW, fetch, timeoutMs: 50 })).toMatchObject({ failed: 3 });
    const errors = (await Promise.all(ids.map(deliveryRows))).map(([r]) => r!.lastError).sort();
    expect(errors).toEqual(["ECONNREFUSED", "HTTP 302", "timeout"]);
  });

  it("gives up a delivery failing for three days and says so in the audit log", async () => {
    const tp = await seedTouchpoint(t.db);
    const h = await hook(tp.orgId);
    const id = await event(tp.orgId, tp.unitId);
    const r = receiver(() => new Response(null, { status: 500 }));
    await fanOutEvents(t.db, NOW);
    const almost = NOW + 3 * 24 * 3600 - 60;
    await t.db
      .update(webhookDeliveries)
      .set({ attempts: 70, nextAttemptAt: almost })
      .where(eq(webhookDeliveries.eventId, id));
    expect(await sendDueDeliveries(t.db, { now: () => almost, fetch: r.fetch })).toMatchObject({ gave_up: 1 });
    const [row] = await deliveryRows(id);
    expect(row).toMatchObject({ attempts: 71, nextAttemptAt: GAVE_UP, deliveredAt: null });
    expect(row!.lastError).toBe("gave up after 71 attempts: HTTP 500");
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "webhook.gave_up"), eq(auditLog.target, h.id)));
    expect(audit).toHaveLength(1);
    await sendDueDeliveries(t.db, { now: () => almost + 30 * 24 * 3600, fetch: r.fetch });
    expect(r.sent).toHaveLength(1);
  });

  it("lets only one of two senders send a due delivery, and frees it when a sender died mid-send", async () => {
    const tp = await seedTouchpoint(t.db);
    await hook(tp.orgId);
    const id = await event(tp.orgId, tp.unitId);
    await fanOutEvents(t.db, NOW);
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const r = receiver(async () => {
      await gate;
      return new Response(null, { status: 204 });
    });
    const o = { now: () => NOW, fetch: r.fetch };
    const both = Promise.all([sendDueDeliveries(t.db, o), sendDueDeliveries(t.db, o)]);
    await new Promise((ok) => setTimeout(ok, 50));
    release();
    const [a, b] = await both;
    expect(a.delivered + b.delivered).toBe(1);
    expect(r.sent.map((s) => s.headers["webhook-id"])).toEqual([id]);

    // A sender that claimed a row and died: nobody sends it until its lease has run out.
    const id2 = await event(tp.orgId, tp.unitId);
    await fanOutEvents(t.db, NOW);
    const claimedUntil = NOW + 60;
    await t.db.update(webhookDeliveries).set({ nextAttemptAt: claimedUntil }).where(eq(webhookDeliveries.eventId, id2));
    const later = receiver();
    expect(await sendDueDeliveries(t.db, { now: () => claimedUntil - 1, fetch: later.fetch })).toMatchObject({
      delivered: 0,
    });
    expect(await sendDueDeliveries(t.db, { now: () => claimedUntil, fetch: later.fetch })).toMatchObject({
      delivered: 1,
    });
    expect(later.sent.map((s) => s.headers["webhook-id"])).toEqual([id2]);
  });

  it("sends nothing more to a webhook once it is disabled", async () => {
    const tp = await seedTouchpoint(t.db);
    const h = await hook(tp.orgId);
    await event(tp.orgId, tp.unitId);
    await fanOutEvents(t.db, NOW);
    await disableWebhook(t.db, CLI_ACTOR, { webhookId: h.id }, NOW);
    const r = receiver();
    await dispatchOutbox(t.db, { now: () => NOW + 10, fetch: r.fetch });
    expect(r.sent.filter((s) => s.url === h.url)).toHaveLength(0);
    // Given up, not left "waiting" forever in the listing.
    const [row] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, h.id));
    expect(row).toMatchObject({ nextAttemptAt: GAVE_UP, deliveredAt: null, attempts: 0 });
    expect(await listWebhooks(t.db, tp.orgId)).toMatchObject([{ pending: 0, gaveUp: 1 }]);
  });
});
