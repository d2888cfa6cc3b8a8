import { afterAll, describe, expect, it } from "vitest";
import { normalizeText } from "../worker/text";
import { cliDatabase } from "./helpers/cli";

/** The CLI as an operator runs it. A NUL cannot be passed at all: the OS ends an argument at NUL. */
const { admin, withDb, cleanup } = cliDatabase("zi-cli-text-", { json: true });
afterAll(cleanup);

/** Stored text as bytes (libSQL's client would cut it at a NUL). */
const stored = (sql: string): Promise<string[]> =>
  withDb(async ({ client }) =>
    (await client.execute(`select hex(v) as h from (${sql}) order by 1`)).rows.map((r) =>
      Buffer.from(String(r.h), "hex").toString("utf8"),
    ),
  );

const LONG = "x".repeat(10_000);

describe("admin CLI flags with hostile text", () => {
  it("stores names and labels cleaned, and refuses over-long or empty ones with nothing stored", async () => {
    const org = await admin("org:create", "--name", "Dinas\u001b[31m \u202eUji\u007f", "--slug", "dinas-h");
    expect(org.code).toBe(0);
    const unit = await admin("unit:create", "--org", "dinas-h", "--name", "\u2066UPT\tSatu\u2069", "--code", "upt-h");
    expect(unit.code).toBe(0);
    const tp = await admin(
      "touchpoint:create",
      "--unit",
      String(unit.out.id),
      "--label",
      "Loket\u001b 1\u202e",
      "--service",
      "KTP\u007f-el \uD800",
    );
    expect(tp.code).toBe(0);
    expect(await stored("select name as v from organizations")).toEqual(["Dinas[31m Uji"]);
    expect(await stored("select name as v from units")).toEqual(["UPT Satu"]);
    expect(await stored("select label as v from touchpoints")).toEqual(["Loket 1"]);
    // The OS hands a lone surrogate over as U+FFFD: a visible character, kept.
    const [service] = await stored("select name as v from services");
    expect(service).toBe("KTP-el \uFFFD");
    expect(normalizeText(service!)).toBe(service);

    const refused = await Promise.all([
      admin("org:create", "--name", LONG, "--slug", "dinas-long"),
      admin("org:create", "--name", "\u202e\u2066 \u007f", "--slug", "dinas-empty"),
      admin("unit:create", "--org", "dinas-h", "--name", LONG, "--code", "upt-long"),
      admin("touchpoint:create", "--unit", String(unit.out.id), "--label", "Loket", "--service", LONG),
    ]);
    expect(refused.map((r) => r.code)).toEqual([1, 1, 1, 1]);
    expect(refused.map((r) => JSON.stringify(r.out))).toEqual([
      expect.stringContaining("at most 200 characters"),
      expect.stringContaining("required"),
      expect.stringContaining("at most 200 characters"),
      expect.stringContaining("at most 100 characters"),
    ]);
    expect(
      await stored(
        "select count(*) as v from organizations union all select count(*) from units union all select count(*) from touchpoints union all select count(*) from services",
      ),
    ).toEqual(["1", "1", "1", "1"]);
  }, 60_000);
});
