/**
 * Durability under `kill -9`: concurrent JSON and form submissions to the real Node entry, the server's
 * process group killed at a random moment, restarted on the same file, and everything checked.
 * Usage: npm run bench:crash [-- --cycles 10 --concurrency 16 --min-delay 300 --max-delay 2000 --resubmit 25]
 */
import { parseArgs } from "node:util";
import { runCrashCycles } from "./crash-cycles";

const { values } = parseArgs({
  options: {
    cycles: { type: "string", default: "10" },
    concurrency: { type: "string", default: "16" },
    "min-delay": { type: "string", default: "300" },
    "max-delay": { type: "string", default: "2000" },
    resubmit: { type: "string", default: "25" },
  },
});
const started = performance.now();
const report = await runCrashCycles({
  cycles: Number(values.cycles),
  concurrency: Number(values.concurrency),
  minDelayMs: Number(values["min-delay"]),
  maxDelayMs: Number(values["max-delay"]),
  resubmit: Number(values.resubmit),
  log: (line) => console.log(line),
});
for (const e of new Set(report.errors)) console.log(`error: ${e} (×${report.errors.filter((x) => x === e).length})`);
console.log(
  `seconds=${((performance.now() - started) / 1000).toFixed(1)} doubled=${report.doubled} errors=${report.errors.length}`,
);
console.log(
  `crash: cycles=${report.cycles} acknowledged=${report.acknowledged} lost=${report.lost} rollups=${report.rollups}`,
);
if (report.lost > 0 || report.doubled > 0 || report.rollups !== "ok" || report.errors.length > 0) process.exitCode = 1;
