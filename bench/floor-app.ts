/**
 * The floor `bench:submit` measures ZI Survei against: the thinnest possible Hono + libSQL app on the same
 * libraries and database settings (an embedded file in WAL mode, one connection). GET hands out a random
 * token; POST parses the JSON answers and inserts them as one row. Nothing a real survey needs (signed
 * tokens, validation, rollups, replays) is here, so its rate is what the machine allows, not a goal.
 * Usage (started by bench/submit.ts): DATABASE_URL=file:/tmp/floor.db PORT=8990 tsx bench/floor-app.ts
 */
import { serve } from "@hono/node-server";
import { createClient } from "@libsql/client";
import { Hono } from "hono";
import { randomUUID } from "node:crypto";

const client = createClient({ url: process.env.DATABASE_URL!, concurrency: 1, timeout: 5000 });
await client.execute("PRAGMA journal_mode = WAL");
await client.execute("CREATE TABLE IF NOT EXISTS floor_responses (token TEXT PRIMARY KEY, body TEXT NOT NULL)");

const app = new Hono();
app.get("/healthz", (c) => c.json({ ok: true }));
app.get("/api/v1/touchpoints/:code/visit", (c) => c.json({ token: randomUUID() }));
app.post("/api/v1/responses", async (c) => {
  const body = await c.req.json<{ token: string }>();
  await client.execute({
    sql: "INSERT INTO floor_responses (token, body) VALUES (?, ?)",
    args: [body.token, JSON.stringify(body)],
  });
  return c.json({ id: body.token }, 201);
});

serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(process.env.PORT) });
