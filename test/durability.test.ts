import { describe, expect, it } from "vitest";
import { runCrashCycles } from "../bench/crash-cycles";

describe("durability under kill -9 (bench:crash, three cycles)", () => {
  it("keeps every acknowledged JSON and form response with all its answers, counts each token once, and rollups match", async () => {
    const lines: string[] = [];
    const report = await runCrashCycles({
      cycles: 3,
      concurrency: 8,
      minDelayMs: 500,
      maxDelayMs: 1200,
      resubmit: 10,
      log: (l) => lines.push(l),
    });
    console.log(lines.join("\n"));
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report).toMatchObject({ cycles: 3, lost: 0, doubled: 0, rollups: "ok", errors: [] });
  }, 120_000);
});
