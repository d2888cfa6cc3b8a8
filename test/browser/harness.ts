import { existsSync } from "node:fs";
import { get as httpGet } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type BrowserContextOptions } from "playwright-core";
import { createApp } from "../../worker/app";
import { parseConfig } from "../../worker/env";
import type { Db } from "../../db/db";
import { TEST_SECRET } from "../helpers/app";

/** Debian's chromium; CI installs it. Never a downloaded browser. */
const CHROMIUM_PATH = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
/** On CI a missing browser is a failure, not a skip. */
export const SKIP_BROWSER = !HAS_CHROMIUM && !process.env.CI;

if (SKIP_BROWSER) {
  console.warn(
    `[browser tests] skipped: ${CHROMIUM_PATH} not found (apt-get install -y chromium). On CI this fails instead.`,
  );
}

export function launchBrowser(): Promise<Browser> {
  if (!HAS_CHROMIUM) {
    throw new Error(`Browser tests need Debian's chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A mid-range Android phone, as a citizen at the service desk would hold. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  userAgent:
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
};

export type RunningServer = {
  origin: string;
  /** "METHOD /path?query" of every request the server received, in order: what the browser really asked for. */
  log: string[];
  close(): Promise<void>;
};

/** The real app as the Node entry serves it (compression on), on 127.0.0.1 and a free port. */
export async function startServer(db: Db, env: Record<string, string> = {}): Promise<RunningServer> {
  const config = parseConfig({ SECRET_KEY: TEST_SECRET, SURVEY_MIN_SECONDS: "0", RATE_LIMIT: "off", ...env });
  const app = createApp({ getDb: () => db, config, compress: true, clientAddress: () => "198.51.100.7" });
  const log: string[] = [];
  const fetch = (req: Request) => {
    const url = new URL(req.url);
    log.push(`${req.method} ${url.pathname}${url.search}`);
    return app.fetch(req);
  };
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export type WireSize = { status: number; encoding: string | undefined; bytes: number };

/** Fetch a URL asking for gzip and count the bytes on the wire, without decompressing them. */
export function wireSize(
  url: string,
  headers: Record<string, string> = { "Accept-Encoding": "gzip" },
): Promise<WireSize> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, encoding: res.headers["content-encoding"], bytes }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}
