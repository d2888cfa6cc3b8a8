import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { readRollups, recountRollups } from "../db/queries/rollups";
import { auditLog, responses } from "../db/schema";
import { commands } from "../worker/cli/commands";
import { ANSWERS_HEADER } from "../worker/imports/answers-csv";
import { openNodeDb } from "../worker/node-db";
import { cliDatabase } from "./helpers/cli";
import { writtenRows } from "./helpers/counts";
import { createTestDb } from "./helpers/db";
import { seedTouchpoint } from "./helpers/factories";

const { url: DATABASE_URL, admin, seed, file, cleanup } = cliDatabase("zi-cli-import-");
afterAll(cleanup);

const row = (date: string, service: string, skm: number, tail = "tidak,20-29,L,SMA/SMK,PNS,") =>
  [date, service, ...Array(9).fill(skm), ...Array(8).fill(""), ...Array(5).fill(""), tail].join(",");
const csvFile = (name: string, lines: string[]) =>
  file(name, `\uFEFF${[ANSWERS_HEADER.join(","), ...lines].join("\r\n")}\r\n`);

describe("npm run admin -- responses:import", () => {
  it("imports a file once, refuses it the second time, and refuses a bad file whole", async () => {
    const { unitId } = await seed();
    const good = csvFile("good.csv", [
      row("2025-06-02", "Perizinan", 4),
      row("2025-06-02", "", 3, 'ya,,,,,"Ada calo, katanya"'),
      row("2025-06-03", "perizinan", 2),
    ]);
    const flags = ["--unit", unitId, "--channel", "interview", "--json"];
    expect(await admin("responses:import", ...flags, "--file", good)).toEqual({
      code: 0,
      out: { imported: 3, errors: [] },
    });
    const again = await admin("responses:import", ...flags, "--file", good);
    expect(again.code).toBe(1);
    expect(again.out).toEqual({
      imported: 0,
      errors: [{ line: 0, message: expect.stringMatching(/already imported/) }],
    });

    const bad = csvFile("bad.csv", [row("2025-06-02", "Perizinan", 4), row("2025-06-02", "Paspor", 5)]);
    const refused = await admin("responses:import", ...flags, "--file", bad);
    expect(refused.code).toBe(1);
    expect(refused.out.imported).toBe(0);
    expect((refused.out.errors as { line: number }[]).map((e) => e.line)).toEqual(Array(10).fill(3));

    const channel = await admin("responses:import", "--unit", unitId, "--channel", "online", "--file", bad, "--json");
    expect(channel).toEqual({
      code: 1,
      out: { error: { code: "INVALID", message: "channel must be paper, interview or other" } },
    });
    const missing = await admin("responses:import", "--unit", "nope", "--channel", "paper", "--file", good, "--json");
    expect(missing).toEqual({ code: 1, out: { error: { code: "INVALID", message: "No such unit." } } });

    const check = await openNodeDb(DATABASE_URL);
    const rows = await check.db.select().from(responses).where(eq(responses.unitId, unitId));
    const audit = await check.db.select().from(auditLog).where(eq(auditLog.action, "responses.import"));
    check.client.close();
    expect(rows.map((r) => [r.channel, r.enteredBy, r.touchpointId]).sort()).toEqual(
      Array(3).fill(["interview", null, null]),
    );
    expect(rows.map((r) => r.education).sort()).toEqual(["SMA", "SMA", null]);
    expect(audit.map((a) => [a.actor, a.target])).toEqual([["cli", unitId]]);
  }, 120_000);

  it("imports 5,000 lines in one batch whose rollups equal a recount from the answers", async () => {
    const t = await createTestDb();
    try {
      const { unitId } = await seedTouchpoint(t.db);
      const lines = Array.from({ length: 5000 }, (_, i) => {
        const date = `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
        const tail = `${["ya", "tidak", ""][i % 3]},${["20-29", "", "60+"][i % 3]},L,,,catatan ${i}`;
        return [
          date,
          i % 2 ? "Perizinan" : "",
          ...Array(9).fill((i % 4) + 1),
          ...Array(8).fill((i % 6) + 1),
          ...Array(5).fill(6),
          tail,
        ].join(",");
      });
      const file = csvFile("big.csv", lines);
      const cmd = commands["responses:import"]!;
      const flags = cmd.flags.parse({ unit: unitId, channel: "paper", file });
      const result = await cmd.run({ db: t.db, env: {} }, flags);
      expect(result.json).toEqual({ imported: 5000, errors: [] });
      expect(await readRollups(t.db)).toEqual(await recountRollups(t.db));
      const before = await writtenRows(t.db);
      const twice = await cmd.run({ db: t.db, env: {} }, flags);
      expect(twice.exitCode).toBe(1);
      expect(await writtenRows(t.db)).toEqual(before);
    } finally {
      t.close();
    }
  }, 120_000);
});
