import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, services } from "../db/schema";
import { cliDatabase } from "./helpers/cli";

const { admin, seed, withDb, cleanup } = cliDatabase("zi-cli-svc-", { json: true });
let seeded: Awaited<ReturnType<typeof seed>>;

beforeAll(async () => {
  seeded = await seed();
});
afterAll(cleanup);

const stored = () =>
  withDb(async ({ db }) => {
    const [row] = await db.select().from(services).where(eq(services.id, seeded.serviceId));
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "service.population"));
    return { population: row!.population, audits: audits.length };
  });

describe("service:population", () => {
  it("sets and clears a service's population with an audit row, and refuses hostile input changing nothing", async () => {
    const set = await admin("service:population", "--service", seeded.serviceId, "--population", "2500");
    expect(set).toEqual({
      code: 0,
      out: { serviceId: seeded.serviceId, unitId: seeded.unitId, name: "Perizinan", population: 2500 },
    });
    expect(await stored()).toEqual({ population: 2500, audits: 1 });

    // Each a tsx start (seconds on a busy machine): one per kind of refusal, one after another.
    const refusals = [];
    for (const args of [
      ["--service", seeded.serviceId, "--population", "-5"],
      ["--service", seeded.serviceId, "--population", "12abc"],
      ["--service", "no-such-service", "--population", "10"],
    ])
      refusals.push(await admin("service:population", ...args));
    for (const r of refusals) {
      expect(r.code).toBe(1);
      expect((r.out as { error: { message: string } }).error.message).toMatch(/\S/);
    }
    expect(await stored()).toEqual({ population: 2500, audits: 1 });

    const cleared = await admin("service:population", "--service", seeded.serviceId, "--population", "none");
    expect(cleared.out).toMatchObject({ population: null });
    expect(await stored()).toEqual({ population: null, audits: 2 });
  }, 120_000);
});
