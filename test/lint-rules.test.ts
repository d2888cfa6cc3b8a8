import { ESLint } from "eslint";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}

describe("dependency rules of house-style.md", () => {
  it.each([
    ["db/queries/x.ts", 'import { createApp } from "../../worker/app"; export const a = createApp;'],
    ["web/pages/X.tsx", 'import { eq } from "drizzle-orm"; export const a = eq;'],
    ["worker/survey/x.ts", 'import { readFileSync } from "node:fs"; export const a = readFileSync;'],
    ["worker/survey/x.ts", 'import { createClient } from "@libsql/client"; export const a = createClient;'],
    ["worker/routes/x.ts", 'import { eq } from "drizzle-orm"; export const a = eq;'],
    ["worker/survey/x.ts", 'import { surveyRoutes } from "../routes/survey"; export const a = surveyRoutes;'],
    ["worker/scoring/x.ts", 'import { x } from "../survey/y"; export const a = x;'],
    ["worker/scoring/x.ts", 'import * as z from "zod"; export const a = z;'],
    ["worker/app.ts", 'import { readFileSync } from "node:fs"; export const a = readFileSync;'],
    ["worker/routes/x.ts", 'import type { AppDeps } from "../app"; export type A = AppDeps;'],
    ["worker/auth/x.ts", 'import { createApp } from "../app"; export const a = createApp;'],
    [
      "worker/routes/x.ts",
      'import { insertTouchpoint } from "../../db/queries/touchpoints"; export const a = insertTouchpoint;',
    ],
    [
      "worker/cli/x.ts",
      'import { updateOrganizationSettings } from "../../db/queries/admin"; export const a = updateOrganizationSettings;',
    ],
  ])("refuse a forbidden import in %s", async (file, code) => {
    const ids = await ruleIds(file, code);
    expect(ids.some((id) => id === "no-restricted-imports" || id === "no-restricted-syntax")).toBe(true);
  });

  it("refuse Node globals in code that also runs in workerd", async () => {
    expect(await ruleIds("worker/survey/x.ts", "export const a = process.env.SECRET_KEY;")).toContain(
      "no-restricted-globals",
    );
    expect(await ruleIds("web/pages/x.ts", 'export const a = Buffer.from("x");')).toContain("no-restricted-globals");
    expect(await ruleIds("worker/node.ts", "export const a = process.env.PORT;")).toEqual([]);
  });

  it("allow what the house style allows", async () => {
    expect(
      await ruleIds(
        "worker/index.ts",
        'import { createClient } from "@libsql/client/web"; export const a = createClient;',
      ),
    ).toEqual([]);
    expect(
      await ruleIds("worker/node.ts", 'import { readFileSync } from "node:fs"; export const a = readFileSync;'),
    ).toEqual([]);
    expect(await ruleIds("worker/scoring/x.ts", 'import { y } from "./ikm"; export const a = y;')).toEqual([]);
    expect(
      await ruleIds("worker/app.ts", 'import { surveyRoutes } from "./routes/survey"; export const a = surveyRoutes;'),
    ).toEqual([]);
    expect(await ruleIds("worker/index.ts", 'import { createApp } from "./app"; export const a = createApp;')).toEqual(
      [],
    );
    expect(
      await ruleIds(
        "worker/cli/x.ts",
        'import { getTouchpointByCode } from "../../db/queries/touchpoints"; export const a = getTouchpointByCode;',
      ),
    ).toEqual([]);
    expect(
      await ruleIds("worker/routes/x.ts", 'import type { AppEnv } from "../context"; export type A = AppEnv;'),
    ).toEqual([]);
  });
});

describe("no import circles", () => {
  const dir = mkdtempSync(join(tmpdir(), "zi-cycle-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const dpdm = (entry: string) =>
    spawnSync("node_modules/.bin/dpdm", ["--no-warning", "--no-tree", "--exit-code", "circular:1", entry], {
      encoding: "utf8",
    });

  it("`npm run cycles` fails on a circle, a type-only import included, and passes the project", () => {
    writeFileSync(join(dir, "a.ts"), 'import type { B } from "./b"; export type A = { b: B };\n');
    writeFileSync(join(dir, "b.ts"), 'import { c } from "./c"; export type B = number; export const x = c;\n');
    writeFileSync(join(dir, "c.ts"), 'import type { A } from "./a"; export const c = 1 as unknown as A;\n');
    const circle = dpdm(join(dir, "*.ts"));
    expect(circle.status).toBe(1);
    expect(circle.stdout).toMatch(/c\.ts -> .*a\.ts -> .*b\.ts/);
    expect(spawnSync("npm", ["run", "--silent", "cycles"], { encoding: "utf8" }).status).toBe(0);
  });
});

describe("formatting and unused code", () => {
  it("`npm run format:check` (Prettier, 120 columns) refuses an unformatted file of ours and accepts it formatted", async () => {
    const prettier = await import("prettier");
    const file = "worker/survey/x.ts";
    expect((await prettier.getFileInfo(file, { ignorePath: ".prettierignore" })).ignored).toBe(false);
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const messy = 'export const a = {b:1,\n  c:"x"}\n';
    expect(await prettier.check(messy, options)).toBe(false);
    expect(await prettier.check(await prettier.format(messy, options), options)).toBe(true);
    // A call that fits in 120 columns stays on its line; the same call past them is broken up.
    const call = (width: number) => `f(${JSON.stringify("x".repeat(width - 5))});\n`;
    expect(await prettier.check(call(119), options)).toBe(true);
    expect(await prettier.check(call(125), options)).toBe(false);
  });

  it("`npm run knip` refuses an unused export, and passes the project", () => {
    const dir = mkdtempSync(join(tmpdir(), "zi-knip-"));
    try {
      writeFileSync(
        join(dir, "package.json"),
        JSON.stringify({ name: "fixture", private: true, type: "module", main: "index.ts" }),
      );
      writeFileSync(join(dir, "index.ts"), 'import { used } from "./lib";\nconsole.log(used);\n');
      writeFileSync(join(dir, "lib.ts"), "export const used = 1;\nexport const unused = 2;\n");
      const found = spawnSync("node_modules/.bin/knip", ["--directory", dir, "--no-progress"], { encoding: "utf8" });
      expect(found.status).toBe(1);
      expect(found.stdout).toMatch(/Unused exports[\s\S]*unused/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(spawnSync("npm", ["run", "--silent", "knip"], { encoding: "utf8" }).status).toBe(0);
  }, 120_000);
});
