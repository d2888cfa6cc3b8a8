import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BulkSeeder } from "../bench/bulk-seed";
import { insertTouchpoint } from "../db/queries/touchpoints";
import { randomCode, randomId } from "../worker/crypto";
import { migrateDb } from "../worker/node-db";
import { fullAnswers, seedTouchpoint } from "./helpers/factories";
import { spawnNodeEntry } from "./helpers/node-process";
import { PASSWORD, seedUser } from "./helpers/session";

/** The real Node entry (`npm start`): citizens on the main thread, operators on their own threads. */
let dir: string;
let server: Awaited<ReturnType<typeof spawnNodeEntry>>;
let tp: Awaited<ReturnType<typeof seedTouchpoint>>;
// Another unit's desk: citizens who answer during a test leave the exported unit's 20,000 rows as they are.
let desk: Awaited<ReturnType<typeof seedTouchpoint>>;
let email: string;
// A second desk of the exported unit (in the admin's organization), closed by one test.
const gate = { code: randomCode(), id: randomId() };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zi-node-"));
  const url = `file:${join(dir, "server.db")}`;
  const client = createClient({ url });
  const db = drizzle(client);
  await migrateDb(db);
  tp = await seedTouchpoint(db);
  desk = await seedTouchpoint(db);
  email = await seedUser(db, tp.orgId, "admin");
  await insertTouchpoint(db, { ...gate, unitId: tp.unitId, serviceId: tp.serviceId, label: "Loket 2" });
  // Enough rows that an export takes a while and streams in many chunks.
  const seeder = new BulkSeeder(client);
  const answers = Object.entries(fullAnswers(undefined, () => 3)).map(([item, value]) => ({
    item,
    value,
    instrument: item[0] === "U" ? "skm" : item[0] === "P" ? "spkp" : "spak",
  }));
  for (let i = 0; i < 20_000; i++) {
    const localDate = `2026-${String(1 + (i % 12)).padStart(2, "0")}-15`;
    await seeder.add({
      id: `r${i}`,
      unitId: tp.unitId,
      serviceId: tp.serviceId,
      touchpointId: tp.touchpointId,
      localDate,
      submittedAt: 0,
      lang: "id",
      nonce: `n${i}`,
      steered: false,
      comment: `saran ${i}`,
      profile: {},
      answers,
    });
  }
  await seeder.flush();
  client.close();
  server = await spawnNodeEntry(url, { RATE_LIMIT: "off", SURVEY_MIN_SECONDS: "0" });
}, 120_000);
afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** One request on a kept-alive socket of `agent`; resolves with status, headers and body length. */
function send(agent: Agent, path: string, method = "GET", body?: Buffer, o: { chunked?: boolean } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>((ok, fail) => {
    const url = new URL(server.base + path);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        agent,
        headers: body
          ? {
              "content-type": "application/x-www-form-urlencoded",
              ...(o.chunked ? { "transfer-encoding": "chunked" } : { "content-length": body.length }),
            }
          : {},
      },
      (res) => {
        let bytes = 0;
        res.on("data", (c: Buffer) => (bytes += c.length));
        res.on("end", () => ok({ status: res.statusCode!, headers: res.headers, bytes }));
      },
    );
    req.on("error", fail);
    // A client that sends the whole body regardless, as browsers and curl do; chunked, in pieces.
    if (body && o.chunked)
      for (let at = 0; at < body.length; at += 16 * 1024) req.write(body.subarray(at, at + 16 * 1024));
    req.end(o.chunked ? undefined : body);
  });
}

async function signIn() {
  const res = await fetch(`${server.base}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password: PASSWORD }),
    redirect: "manual",
  });
  expect(res.status).toBe(303);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

describe("the Node entry", () => {
  it("ends the connection after answering before the body was read, so a kept-alive client's next request works", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const big = Buffer.alloc(1024 * 1024, "a");
    for (const path of [`/s/${tp.code}`, "/api/v1/responses", "/login", `/admin/units/${tp.unitId}/follow-ups`]) {
      const refused = await send(agent, path, "POST", big);
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe("close");
      expect((await send(agent, "/healthz")).status).toBe(200);
    }
    // A body that states no length is counted as it arrives, and refused once past the limit.
    for (const path of [`/s/${tp.code}`, "/api/v1/responses"]) {
      const refused = await send(agent, path, "POST", big, { chunked: true });
      expect(refused.status).toBe(413);
      expect((await send(agent, "/healthz")).status).toBe(200);
    }
    // An ordinary request keeps its connection.
    expect((await send(agent, "/healthz")).headers.connection).toBe("keep-alive");
    agent.destroy();
  });

  it("serves the dashboard from operator threads: sign-in, the overview, an export", async () => {
    const cookie = await signIn();
    const overview = await fetch(`${server.base}/admin?period=2026`, { headers: { Cookie: cookie } });
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain("UPT Uji");
    const csv = await fetch(`${server.base}/admin/units/${tp.unitId}/export.csv?period=2026`, {
      headers: { Cookie: cookie },
    });
    expect(csv.status).toBe(200);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(20_001);
  });

  it("answers citizens while an export is mid-stream, then finishes the export whole", async () => {
    const cookie = await signIn();
    const res = await fetch(`${server.base}/admin/units/${tp.unitId}/export.xlsx?period=2026`, {
      headers: { Cookie: cookie },
    });
    expect(res.status).toBe(200);
    // The export is held open by not reading on: its operator thread waits for the reader, row source open.
    const reader = res.body!.getReader();
    const chunks: Uint8Array[] = [(await reader.read()).value!];
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.base}/s/${desk.code}`)).status).toBe(200);
    const visit = (await (await fetch(`${server.base}/api/v1/touchpoints/${desk.code}/visit`)).json()) as {
      token: string;
    };
    const post = await fetch(`${server.base}/api/v1/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: visit.token, answers: fullAnswers() }),
    });
    expect(post.status).toBe(201);
    // Another operator is served meanwhile too.
    expect((await fetch(`${server.base}/admin?period=2026`, { headers: { Cookie: cookie } })).status).toBe(200);
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(chunks.length).toBeGreaterThan(2);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain('<row r="20001">');
    expect(sheet).not.toContain('<row r="20002">');
  });

  it("closes a touchpoint for visits the moment the dashboard saves it, though visits read it from a cache", async () => {
    const visit = () => fetch(`${server.base}/api/v1/touchpoints/${gate.code}/visit`);
    expect((await visit()).status).toBe(200);
    expect((await visit()).status).toBe(200);
    const cookie = await signIn();
    const page = await (await fetch(`${server.base}/admin`, { headers: { Cookie: cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const saved = await fetch(`${server.base}/admin/units/${tp.unitId}/touchpoints/${gate.code}`, {
      method: "POST",
      headers: { Cookie: cookie },
      body: new URLSearchParams({ _csrf: csrf, label: "Loket 2" }),
      redirect: "manual",
    });
    expect(saved.status).toBe(303);
    // No active=1 in the form: closed. The operator's thread told the citizens' thread before answering.
    expect((await visit()).status).toBe(410);
  });

  it("does not gzip the citizen's tiny JSON, and gzips the survey page", async () => {
    const headers = { "Accept-Encoding": "gzip" };
    const visit = await fetch(`${server.base}/api/v1/touchpoints/${desk.code}/visit`, { headers });
    expect(visit.headers.get("content-encoding")).toBeNull();
    const { token } = (await visit.json()) as { token: string };
    const posted = await fetch(`${server.base}/api/v1/responses`, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ token, answers: fullAnswers(undefined, () => 4), steered: false }),
    });
    expect(posted.status).toBe(201);
    expect(posted.headers.get("content-encoding")).toBeNull();
    const page = await fetch(`${server.base}/s/${desk.code}`, { headers });
    expect(page.headers.get("content-encoding")).toBe("gzip");
  });
});
