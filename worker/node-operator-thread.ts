import { parentPort, workerData } from "node:worker_threads";
import { createApp } from "./app";
import { parseConfig } from "./env";
import { housekeeping } from "./housekeeping";
import { mailSettings } from "./node-config";
import { sendDailyDigests, smtpSender } from "./node-digest";
import { openNodeDb } from "./node-db";
import type { OperatorReply, OperatorRequest } from "./node-operators";
import { yieldToCitizens } from "./node-threads";
import { startOutboxLoop } from "./webhooks/loop";
import { useNodeHmac } from "./node-crypto";

/**
 * An operator thread: the same app over its own connection to the same database file, serving what
 * the main thread hands over (dashboard, evaluator API, public pages). libSQL's embedded driver runs
 * queries synchronously, so a long read here blocks this thread, never the citizens on the main one.
 */
useNodeHmac();
const env = workerData.env as Record<string, string | undefined>;
const config = parseConfig(env);
const { db } = await openNodeDb(env.DATABASE_URL, env.LIBSQL_AUTH_TOKEN);
const WEBHOOK_ROUND_MS = 5000;
// Webhooks go out from here, off the citizens' thread: every few seconds on the housekeeping thread, and
// at once when a request (here, or a citizen's on the main thread) wrote an event.
const outbox = startOutboxLoop(db, {
  now: () => Math.floor(Date.now() / 1000),
  everyMs: workerData.housekeeping ? WEBHOOK_ROUND_MS : undefined,
});
const app = createApp({
  getDb: () => db,
  config,
  compress: true,
  clientAddress: (c) => (c.env as { clientAddress?: string }).clientAddress,
  nudgeOutbox: () => outbox.nudge(),
});

yieldToCitizens();

parentPort!.on("message", async (m: OperatorRequest | { nudgeOutbox: true }) => {
  if ("nudgeOutbox" in m) return outbox.nudge();
  let reply: OperatorReply;
  try {
    const req = new Request(m.url, {
      method: m.method,
      headers: m.headers,
      body: m.body,
      duplex: "half",
    } as RequestInit);
    const res = await app.fetch(req, { clientAddress: m.clientAddress });
    // A form or API write may have changed a touchpoint, unit, service or organization: the citizens'
    // thread empties its touchpoint cache before this operator sees the answer.
    if (m.method !== "GET" && m.method !== "HEAD") parentPort!.postMessage({ changed: true });
    reply = { id: m.id, status: res.status, headers: [...res.headers], body: res.body };
  } catch (err) {
    // app.onError answers every error a route throws; reaching here means the request itself was unusable.
    console.error(`[operator thread] ${m.method} ${m.url}:`, err);
    reply = { id: m.id, status: 500, headers: [["content-type", "text/plain; charset=utf-8"]], body: null };
  }
  parentPort!.postMessage(reply, reply.body ? [reply.body as never] : []);
});
// One thread also does the hourly chores: retention can delete many rows, never on the citizens' thread.
if (workerData.housekeeping) {
  const mail = mailSettings(env);
  const send = mail ? smtpSender(mail) : null;
  const base = config.PUBLIC_URL ?? `http://${env.HOST ?? "127.0.0.1"}:${env.PORT ?? 8787}`;
  const chores = async () => {
    const now = Math.floor(Date.now() / 1000);
    await housekeeping(db, now).catch((err) => console.error("housekeeping failed:", err));
    if (send) await sendDailyDigests(db, send, base, now).catch((err) => console.error("daily digest failed:", err));
  };
  setInterval(chores, 3600_000).unref();
  void chores();
}
parentPort!.postMessage({ ready: true });
