import { defineConfig } from "vitest/config";

// Every run takes the tests in a new order, so no test leans on another's leftovers; TEST_SEED=<n>
// replays the order a run printed. The config is read more than once per run: the first reading picks.
if (!Number(process.env.TEST_SEED)) {
  process.env.TEST_SEED = String(1 + Math.floor(Math.random() * 999_999));
  console.log(`Test order: shuffled with seed ${process.env.TEST_SEED} (TEST_SEED=<seed> npm test replays it)`);
}
const seed = Number(process.env.TEST_SEED);

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/workerd/**", "node_modules/**"],
          environment: "node",
          testTimeout: 30_000,
          // expect.poll waits on a server round trip (a kiosk's token pool, a stored row); on a loaded 2-core
          // CI machine that can take longer than vitest's default 1 s.
          expect: { poll: { timeout: 15_000 } },
          sequence: { shuffle: true, seed },
          hookTimeout: 60_000,
        },
      },
      "test/workerd/vitest.config.ts",
    ],
  },
});
