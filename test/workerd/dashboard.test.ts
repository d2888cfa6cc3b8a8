// Sign-in, the dashboard and publication inside workerd: PBKDF2 at the production work factor (the
// most workerd accepts), cookies, and pages that render on the Worker as they do on Node.
import { createClient } from "@libsql/client/web";
import { env, exports } from "cloudflare:workers";
import { drizzle } from "drizzle-orm/libsql/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import { insertUser } from "../../db/queries/users";
import { hashPassword } from "../../worker/auth/password";
import { randomId } from "../../worker/crypto";
import { seedTouchpoint } from "../helpers/factories";

const ORIGIN = "https://survei.test";
let client: ReturnType<typeof createClient>;
let db: Db;

beforeAll(() => {
  client = createClient({ url: env.LIBSQL_URL });
  db = drizzle(client);
});
afterAll(() => client.close());

const request = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }));

describe("dashboard on the Worker", () => {
  it("signs in with a PBKDF2 password, shows the unit page, publishes and serves the public page", async () => {
    const tp = await seedTouchpoint(db);
    const email = `admin-${randomId(6).toLowerCase()}@contoh.go.id`;
    await insertUser(db, {
      id: randomId(),
      orgId: tp.orgId,
      email,
      role: "admin",
      passwordHash: await hashPassword("kata-sandi-panjang-1"),
    });

    const login = await request("/login", {
      method: "POST",
      headers: { Origin: ORIGIN },
      body: new URLSearchParams({ email, password: "kata-sandi-panjang-1" }),
    });
    expect(login.status).toBe(303);
    const setCookie = login.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    const cookie = setCookie.split(";")[0]!;

    const page = await request(`/admin/units/${tp.unitId}?period=2026`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("UPT Uji");
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;

    const published = await request(`/admin/units/${tp.unitId}/publish`, {
      method: "POST",
      headers: { Cookie: cookie },
      body: new URLSearchParams({ _csrf: csrf, period: "2026", confirm: "1" }),
    });
    expect(published.status).toBe(303);
    const code = (await getUnit(db, tp.unitId))!.code;
    const pub = await request(`/p/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.headers.get("etag")).toBeTruthy();
    expect(await pub.text()).toContain("<h2>Tahun 2026</h2>");
  });
});
