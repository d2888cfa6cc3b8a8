import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const outdir = mkdtempSync(join(tmpdir(), "zi-wrangler-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("Worker build", () => {
  it("bundles offline with `wrangler deploy --dry-run --minify`, without Node-only modules", async () => {
    const { stdout } = await run(
      "node_modules/.bin/wrangler",
      ["deploy", "--dry-run", "--outdir", outdir, "--minify"],
      {
        env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
      },
    );
    expect(stdout).toContain("--dry-run: exiting now.");
    const bundle = readFileSync(join(outdir, "index.js"));
    console.log(
      `worker bundle: ${statSync(join(outdir, "index.js")).size} bytes, ${gzipSync(bundle).length} bytes gzip`,
    );
    const text = bundle.toString();
    // The embedded-file client and the migrator belong to Node; the Worker reaches libSQL over HTTP.
    expect(text).not.toMatch(/from"node:fs"|require\("fs"\)|libsql-linux|better-sqlite3/);
    expect(text).toContain("/api/v1");
  }, 120_000);
});
