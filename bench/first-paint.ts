/**
 * First paint of the survey page on a slow phone network: Chromium (360×740, cache off) with CDP network
 * emulation of 400 ms round trip and 400 kbps both ways. Two variants in the same run, interleaved: the page
 * as served (stylesheet inline: one request) and a baseline that is the same page with the stylesheet as an
 * external <link> (two requests, as before). The baseline exists only here, made from the real response.
 * Usage: npm run bench:paint [-- --runs 7]
 */
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { serve, type ServerType } from "@hono/node-server";
import type { Browser } from "playwright-core";
import { SITE_CSS } from "../web/styles";
import { createApp } from "../worker/app";
import { randomId } from "../worker/crypto";
import { parseConfig } from "../worker/env";
import { CSS_PATH } from "../worker/render";
import { launchBrowser, PHONE, wireSize } from "../test/browser/harness";
import { createTestDb } from "../test/helpers/db";
import { seedTouchpoint } from "../test/helpers/factories";
import { percentile } from "./crash-harness";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got ${values.runs}`);

/** Chromium's DevTools units: latency in ms, throughput in bytes per second (400 kbps = 50,000 B/s). */
const NETWORK = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const TARGET_MS = 600;
const BASELINE_PREFIX = "/baseline";

type App = ReturnType<typeof createApp>;

/** The served page with its <style> turned back into a <link> to the same CSS, and the CSP to match. */
async function baselinePage(app: App, req: Request): Promise<Response> {
  const url = new URL(req.url);
  url.pathname = url.pathname.slice(BASELINE_PREFIX.length);
  const res = await app.fetch(new Request(url));
  const page = await res.text();
  const linked = page.replace(`<style>${SITE_CSS}</style>`, `<link rel="stylesheet" href="${CSS_PATH}"/>`);
  if (linked === page) throw new Error("baseline: the page no longer carries SITE_CSS inline");
  const headers = new Headers(res.headers);
  headers.set(
    "Content-Security-Policy",
    headers.get("Content-Security-Policy")!.replace(/style-src [^;]*/, "style-src 'self'"),
  );
  headers.set("Content-Encoding", "gzip");
  headers.delete("Content-Length");
  return new Response(gzipSync(linked), { status: res.status, headers });
}

async function startServer(app: App) {
  const fetch = (req: Request) =>
    new URL(req.url).pathname.startsWith(`${BASELINE_PREFIX}/`) ? baselinePage(app, req) : app.fetch(req);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}

type Sample = { fp: number; fcp: number; requests: number };

/** One cold visit: a fresh context (no connection, no cache), the network emulated before navigating. */
async function visit(browser: Browser, url: string): Promise<Sample> {
  const ctx = await browser.newContext(PHONE);
  try {
    const page = await ctx.newPage();
    let requests = 0;
    page.on("request", () => requests++);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", NETWORK);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => performance.getEntriesByType("paint").length >= 2, null, { timeout: 10_000 });
    const paint = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("paint").map((e) => [e.name, e.startTime])),
    );
    return { fp: paint["first-paint"]!, fcp: paint["first-contentful-paint"]!, requests };
  } finally {
    await ctx.close();
  }
}

const ms = (n: number) => String(Math.round(n)).padStart(6);

function row(name: string, samples: Sample[], bytes: number) {
  const fp = samples.map((s) => s.fp);
  const fcp = samples.map((s) => s.fcp);
  const requests = Math.max(...samples.map((s) => s.requests));
  console.log(
    `${name.padEnd(24)}${ms(percentile(fp, 50))}${ms(percentile(fp, 90))}${ms(percentile(fcp, 50))}${ms(percentile(fcp, 90))}` +
      `${String(requests).padStart(9)}${String(bytes).padStart(12)}`,
  );
}

const testDb = await createTestDb();
const config = parseConfig({ SECRET_KEY: randomId(48), RATE_LIMIT: "off" });
const app = createApp({ getDb: () => testDb.db, config, compress: true, clientAddress: () => "198.51.100.7" });
const { origin, server } = await startServer(app);
let browser: Browser | undefined;
try {
  const { code } = await seedTouchpoint(testDb.db);
  const current = `${origin}/s/${code}`;
  const baseline = `${origin}${BASELINE_PREFIX}/s/${code}`;
  const bytes = (await wireSize(current)).bytes;
  const baselineBytes = (await wireSize(baseline)).bytes + (await wireSize(`${origin}${CSS_PATH}`)).bytes;

  browser = await launchBrowser();
  // One visit of each, not counted: the first renderer process of a browser starts slower than the rest.
  for (const url of [current, baseline]) await visit(browser, url);
  const samples: Record<"current" | "baseline", Sample[]> = { current: [], baseline: [] };
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither variant always meets a warmer server.
    const order = i % 2 === 0 ? (["current", "baseline"] as const) : (["baseline", "current"] as const);
    for (const variant of order)
      samples[variant].push(await visit(browser, variant === "current" ? current : baseline));
  }

  console.log(
    `first paint of /s/{code} (3 instruments), Chromium 360×740, 400 ms RTT, 400 kbps, cache off, ${runs} runs`,
  );
  // Paint is CPU work too: on a machine busy with other work the figures grow whatever the network does.
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the end`);
  console.log(`${"variant".padEnd(24)}  FP p50  FP p90 FCP p50 FCP p90 requests  bytes gzip`);
  row("one request (inline)", samples.current, bytes);
  row("baseline (<link> css)", samples.baseline, baselineBytes);
  const firstPaint = percentile(
    samples.current.map((s) => s.fp),
    50,
  );
  const baselinePaint = percentile(
    samples.baseline.map((s) => s.fp),
    50,
  );
  const ratio = firstPaint / baselinePaint;
  console.log(
    `ratio inline/baseline (median first paint): ${ratio.toFixed(2)}; target ≤ ${TARGET_MS} ms: ${firstPaint <= TARGET_MS ? "met" : "missed"}`,
  );
  console.log(
    `paint: first_paint_ms=${Math.round(firstPaint)} baseline_ms=${Math.round(baselinePaint)} ratio=${ratio.toFixed(2)} bytes=${bytes}`,
  );
} finally {
  await browser?.close();
  if ("closeAllConnections" in server) server.closeAllConnections();
  server.close();
  testDb.close();
}
