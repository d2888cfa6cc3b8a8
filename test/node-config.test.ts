import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../worker/env";
import { nodeEnv, nodeSettings } from "../worker/node-config";

const dir = mkdtempSync(join(tmpdir(), "zi-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Node settings", () => {
  it("takes OPERATOR_THREADS from 1 to 16 (default 2) and stops on anything else, naming it", () => {
    expect(nodeSettings({}).OPERATOR_THREADS).toBe(2);
    expect(nodeSettings({ OPERATOR_THREADS: "4" }).OPERATOR_THREADS).toBe(4);
    for (const bad of ["0", "17", "-1", "1.5", "many", "1e309"])
      expect(() => nodeSettings({ OPERATOR_THREADS: bad })).toThrow(/OPERATOR_THREADS/);
  });

  it("takes the touchpoint cache's TTL (0–300 s, default 10) and the submit queue's bound (default 1,024), naming a bad one", () => {
    expect(nodeSettings({})).toMatchObject({ TOUCHPOINT_CACHE_SECONDS: 10, SUBMIT_QUEUE_MAX: 1024 });
    expect(nodeSettings({ TOUCHPOINT_CACHE_SECONDS: "0", SUBMIT_QUEUE_MAX: "1" })).toMatchObject({
      TOUCHPOINT_CACHE_SECONDS: 0,
      SUBMIT_QUEUE_MAX: 1,
    });
    for (const bad of ["-1", "301", "2.5", "lama", "1e309", "\u0000"])
      expect(() => nodeSettings({ TOUCHPOINT_CACHE_SECONDS: bad })).toThrow(/TOUCHPOINT_CACHE_SECONDS/);
    for (const bad of ["0", "-5", "100001", "1.5", "banyak", "1e309"])
      expect(() => nodeSettings({ SUBMIT_QUEUE_MAX: bad })).toThrow(/SUBMIT_QUEUE_MAX/);
  });

  it("generates a SECRET_KEY once, keeps it beside the database, and reuses it", () => {
    const env = { DATABASE_URL: `file:${join(dir, "data", "x.db")}` };
    const first = nodeEnv(env);
    const file = join(dir, "data", "secret-key");
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.SECRET_KEY).toBe(readFileSync(file, "utf8").trim());
    expect(first.SECRET_KEY!.length).toBeGreaterThanOrEqual(32);
    expect(nodeEnv(env).SECRET_KEY).toBe(first.SECRET_KEY);
    expect(nodeEnv({ ...env, SECRET_KEY: "given" }).SECRET_KEY).toBe("given");
  });

  it("names a bad setting and applies the documented defaults", () => {
    const ok = parseConfig({ SECRET_KEY: "x".repeat(32) });
    expect(ok).toMatchObject({
      SURVEY_MIN_SECONDS: 5,
      SURVEY_TOKEN_HOURS: 72,
      RATE_LIMIT: { max: 20, windowSeconds: 600 },
      TRUST_PROXY: false,
    });
    expect(parseConfig({ SECRET_KEY: "x".repeat(32), RATE_LIMIT: "off" }).RATE_LIMIT).toBeNull();
    expect(parseConfig({ SECRET_KEY: "x".repeat(32), RATE_LIMIT: "50" }).RATE_LIMIT).toEqual({
      max: 50,
      windowSeconds: 3600,
    });
    expect(() => parseConfig({ SECRET_KEY: "short" })).toThrow(/SECRET_KEY/);
    expect(() => parseConfig({ SECRET_KEY: "x".repeat(32), RATE_LIMIT: "lots" })).toThrow(/RATE_LIMIT/);
    expect(() => parseConfig({ SECRET_KEY: "x".repeat(32), SURVEY_MIN_SECONDS: "-1" })).toThrow(/SURVEY_MIN_SECONDS/);
  });
});
