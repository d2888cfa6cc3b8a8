import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliDatabase, tsxCli } from "./helpers/cli";

const { url: DATABASE_URL, seed, cleanup } = cliDatabase("zi-cli-qr-");
let unitId: string;

beforeAll(async () => {
  unitId = (await seed()).unitId;
});
afterAll(cleanup);

/** `touchpoint:create --json` as an operator runs it, with PUBLIC_URL as given (absent when undefined). */
async function create(publicUrl: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL };
  delete env.PUBLIC_URL;
  delete env.HOST;
  delete env.PORT;
  if (publicUrl) env.PUBLIC_URL = publicUrl;
  return tsxCli(["touchpoint:create", "--unit", unitId, "--label", "Loket 1", "--json"], env);
}

describe("touchpoint:create and PUBLIC_URL", { timeout: 60_000 }, () => {
  it("warns on stderr when the QR would point at this machine, keeping --json stdout one object", async () => {
    const unset = await create(undefined);
    expect(unset.stderr).toMatch(/^Warning: QR codes point at http:\/\/127\.0\.0\.1:8787, which only this computer/);
    const out = JSON.parse(unset.stdout) as Record<string, string>;
    expect(out).toEqual({
      id: expect.any(String),
      code: expect.any(String),
      url: `http://127.0.0.1:8787/s/${out.code}`,
      warning: unset.stderr.trim(),
    });

    const good = await create("https://survei.example.go.id");
    expect(good.stderr).toBe("");
    expect(Object.keys(JSON.parse(good.stdout) as object)).toEqual(["id", "code", "url"]);
  });
});
