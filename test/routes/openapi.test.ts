import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

type Doc = { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document by an independent validator", async () => {
    const { app } = createTestApp(t.db);
    const res = await app.request("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toBe("3.1.0");
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("lists every /api/v1 route the app serves, with its path parameters, and nothing else", async () => {
    const { app } = createTestApp(t.db);
    const doc = (await (await app.request("/api/v1/openapi.json")).json()) as Doc;
    const served = app.routes
      .filter((r) => r.path.startsWith("/api/v1/") && r.method !== "ALL")
      .map((r) => `${r.method.toLowerCase()} ${r.path.slice("/api/v1".length).replace(/:(\w+)/g, "{$1}")}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect([...new Set(served)].sort()).toEqual(documented.sort());
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops)) {
        const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(op.parameters?.filter((p) => p.in === "path").map((p) => p.name) ?? []).toEqual(inPath);
      }
    }
  });

  it("documents the query parameters the routes validate", async () => {
    const { app } = createTestApp(t.db);
    const doc = (await (await app.request("/api/v1/openapi.json")).json()) as Doc;
    const names = doc.paths["/units/{unitId}/indices"]!.get!.parameters!.filter((p) => p.in === "query").map(
      (p) => p.name,
    );
    expect(names).toEqual(["period", "from", "to", "scope", "weighting", "conversion", "by", "channel"]);
  });

  it("is readable as a page on our own origin, without scripts", async () => {
    const { app } = createTestApp(t.db);
    const res = await app.request("/api/v1/docs");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("GET /api/v1/units/{unitId}/indices");
    expect(html).toContain("POST /api/v1/responses");
    expect(html).toContain("Authorization: Bearer");
    expect(html).not.toMatch(/<script|cdn\.|unpkg|jsdelivr/i);
  });
});
