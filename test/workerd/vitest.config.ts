// The "worker" project: the real Worker entry (worker/index.ts) inside workerd, against a real libSQL
// server that global-setup.ts starts and migrates. Paths are relative to this directory (the project root).
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
// For the `libsqlUrl` key of ProvidedContext that global-setup.ts declares.
import type {} from "./global-setup";

// Long enough (≥ 32 characters) for parseConfig; only ever used against the throwaway test server.
const TEST_SECRET = "worker-test-secret-key-that-is-long-enough-0123456789";

export default defineConfig({
  plugins: [
    cloudflareTest(({ inject }) => {
      const libsqlUrl = inject("libsqlUrl");
      if (!libsqlUrl) throw new Error("libsqlUrl was not provided: did test/workerd/global-setup.ts run?");
      return {
        main: "../../worker/index.ts",
        wrangler: { configPath: "../../wrangler.toml" },
        remoteBindings: false,
        miniflare: {
          bindings: {
            LIBSQL_URL: libsqlUrl,
            SECRET_KEY: TEST_SECRET,
            SURVEY_MIN_SECONDS: "0",
            SURVEY_TOKEN_HOURS: "72",
            RATE_LIMIT: "off",
          },
        },
      };
    }),
  ],
  test: {
    name: "worker",
    include: ["**/*.test.ts"],
    globalSetup: ["./global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // In a new order every run too, on the seed the root config picked (TEST_SEED).
    sequence: { shuffle: true, seed: Number(process.env.TEST_SEED) || undefined },
  },
});
