import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.0 and 2.1, levels A and AA: what Indonesian public-service sites are held to (and most others). */
const RUN_OPTIONS: RunOptions = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

export type AxeViolation = { id: string; impact: string; help: string; targets: string[] };

/**
 * axe-core's serious and critical violations on the page as it stands. The engine is evaluated from the test
 * side (DevTools), not added as a <script>: the page's CSP allows none, and it stays in force, so the styles
 * axe judges (contrast) are the ones a citizen's browser really applies.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: { run(ctx: Document, o: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, options);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, RUN_OPTIONS);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
