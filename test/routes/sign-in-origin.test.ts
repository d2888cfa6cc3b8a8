import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { PASSWORD, seedUser } from "../helpers/session";

let t: Awaited<ReturnType<typeof createTestDb>>;
let email: string;
beforeAll(async () => {
  t = await createTestDb();
  email = await seedUser(t.db, (await seedTouchpoint(t.db)).orgId, "manager");
});
afterAll(() => t.close());

const PUBLIC_URL = "https://survei.example.go.id";

/** A sign-in POST as a browser sends it, to the address the proxy forwards to (plain http inside). */
function signIn(headers: Record<string, string>, env: Record<string, string> = { PUBLIC_URL }) {
  const { app } = createTestApp(t.db, env);
  return app.request("http://10.0.0.5:8787/login", {
    method: "POST",
    headers,
    body: new URLSearchParams({ email, password: PASSWORD }),
  });
}

const logins = async () =>
  (await t.db.select().from(auditLog).where(eq(auditLog.actor, email))).filter((r) => r.action === "login").length;

describe("the sign-in's origin check (Hono's csrf)", () => {
  it("refuses a sign-in posted from another site with 403, before any work: no session, no audit row", async () => {
    const before = await logins();
    for (const headers of [
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
      { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    ] as Record<string, string>[]) {
      const res = await signIn(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await res.text()).toContain("<html");
    }
    expect(await logins()).toBe(before);
  });

  it("signs in from our own pages behind a proxy (PUBLIC_URL's origin), from the request's own origin, and without Origin", async () => {
    for (const headers of [
      { Origin: PUBLIC_URL },
      { Origin: "http://10.0.0.5:8787" },
      { Origin: "null", "Sec-Fetch-Site": "same-origin" },
      {},
    ] as Record<string, string>[]) {
      const res = await signIn(headers);
      expect(res.status, JSON.stringify(headers)).toBe(303);
      expect(res.headers.get("set-cookie")).toContain("zis_session=");
    }
  });

  it("without PUBLIC_URL accepts only the request's own origin", async () => {
    expect((await signIn({ Origin: PUBLIC_URL }, {})).status).toBe(403);
    expect((await signIn({ Origin: "http://10.0.0.5:8787" }, {})).status).toBe(303);
  });
});
