import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDb } from "../../worker/node-db";
import { tsxCli } from "../helpers/cli";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { spawnNodeEntry } from "../helpers/node-process";
import { freePort } from "../helpers/ports";
import { receivedRequests, startReceiver, waitFor, type Received } from "../helpers/webhook-receiver";

/**
 * The test: a real receiver process is killed, a warning-sign response is submitted and a period
 * published through the real server, the receiver comes back on the same port, and gets exactly one
 * signed delivery per event, also when the server itself was killed in between.
 */
let dir: string;
let dbUrl: string;
const PUBLIC_URL = "https://survei.dinas-uji.go.id";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zi-hooks-"));
  dbUrl = `file:${join(dir, "server.db")}`;
  const client = createClient({ url: dbUrl });
  await migrateDb(drizzle(client));
  client.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function admin(...args: string[]) {
  const env = { ...process.env, DATABASE_URL: dbUrl, PUBLIC_URL };
  const { stdout } = await tsxCli([...args, "--json"], env);
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** An organization with a unit and a webhook to a receiver that is listening, then killed. */
async function setUp(label: string) {
  const client = createClient({ url: dbUrl });
  const tp = await seedTouchpoint(drizzle(client));
  client.close();
  const port = await freePort();
  const log = join(dir, `${label}.log`);
  const receiver = await startReceiver(port, log);
  const hook = await admin(
    "webhook:create",
    ...["--org", `org-${tp.orgId.toLowerCase()}`, "--url", `http://127.0.0.1:${port}/hook`],
    ...["--events", "response.flagged,period.published"],
  );
  await receiver.kill();
  return { tp, port, log, hookId: String(hook.id), secret: String(hook.secret) };
}

/** A response with a 1 on U1 (a warning sign) through the JSON API, as the kiosk sends it. */
async function submitFlagged(base: string, code: string): Promise<string> {
  const visit = (await (await fetch(`${base}/api/v1/touchpoints/${code}/visit`)).json()) as { token: string };
  const answers = { ...fullAnswers(undefined, () => 3), U1: 1 };
  const res = await fetch(`${base}/api/v1/responses`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token: visit.token, answers, steered: false }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function deliveries(hookId: string) {
  const client = createClient({ url: dbUrl });
  try {
    const rs = await client.execute({
      sql: "select event_id, attempts, delivered_at from webhook_deliveries where webhook_id = ?",
      args: [hookId],
    });
    return rs.rows.map((r) => ({
      eventId: String(r.event_id),
      attempts: Number(r.attempts),
      delivered: r.delivered_at !== null,
    }));
  } finally {
    client.close();
  }
}

const failedOnce = (hookId: string, n: number) => async () => {
  const rows = await deliveries(hookId);
  return rows.length === n && rows.every((r) => r.attempts >= 1 && !r.delivered) ? rows : undefined;
};

function verified(secret: string, r: Received) {
  const payload = new Webhook(secret).verify(r.body, r.headers) as { type: string; timestamp: string; data: unknown };
  expect(Object.keys(payload)).toEqual(["type", "timestamp", "data"]);
  expect(new Date(payload.timestamp).toISOString()).toBe(payload.timestamp);
  return { id: r.headers["webhook-id"], ...payload };
}

describe("webhook deliveries to a real receiver process", () => {
  it("reach a receiver that was down when the events happened, once each, signed", { timeout: 240_000 }, async () => {
    const s = await setUp("down");
    const server = await spawnNodeEntry(dbUrl, { RATE_LIMIT: "off", SURVEY_MIN_SECONDS: "0" });
    try {
      const responseId = await submitFlagged(server.base, s.tp.code);
      const published = await admin("publish", "--unit", s.tp.unitId, "--period", "2026", "--confirm");
      expect(published.version).toBe(1);
      // Both were tried while the receiver was gone, and failed.
      await waitFor("a failed first attempt of both events", failedOnce(s.hookId, 2));
      const receiver = await startReceiver(s.port, s.log);
      try {
        await waitFor("both deliveries", async () =>
          (await deliveries(s.hookId)).every((d) => d.delivered) ? true : undefined,
        );
      } finally {
        await receiver.kill();
      }
      const got = receivedRequests(s.log).map((r) => verified(s.secret, r));
      expect(got.map((g) => g.id).sort()).toEqual([`msg_${responseId}`, `msg_publish_${s.tp.unitId}_2026_v1`].sort());
      const flagged = got.find((g) => g.type === "response.flagged");
      expect(flagged?.data).toEqual({ unitId: s.tp.unitId, responseId, reasons: ["skm_1"] });
      const period = got.find((g) => g.type === "period.published");
      const code = `unit-${s.tp.unitId.toLowerCase()}`;
      expect(period?.data).toEqual({ unitId: s.tp.unitId, period: "2026", version: 1, url: `${PUBLIC_URL}/p/${code}` });
    } finally {
      await server.kill();
    }
  });

  it("keep the outbox across a server killed before it could deliver", { timeout: 240_000 }, async () => {
    const s = await setUp("restart");
    let server = await spawnNodeEntry(dbUrl, { RATE_LIMIT: "off", SURVEY_MIN_SECONDS: "0" });
    let responseId: string;
    try {
      responseId = await submitFlagged(server.base, s.tp.code);
      await waitFor("a failed first attempt", failedOnce(s.hookId, 1));
    } finally {
      await server.kill();
    }
    const receiver = await startReceiver(s.port, s.log);
    server = await spawnNodeEntry(dbUrl, { RATE_LIMIT: "off", SURVEY_MIN_SECONDS: "0" });
    try {
      await waitFor("the delivery after the restart", async () =>
        (await deliveries(s.hookId)).every((d) => d.delivered) ? true : undefined,
      );
    } finally {
      await server.kill();
      await receiver.kill();
    }
    const got = receivedRequests(s.log).map((r) => verified(s.secret, r));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ id: `msg_${responseId}`, type: "response.flagged" });
    expect((await deliveries(s.hookId))[0]!.attempts).toBe(2);
  });
});
