import type { Hono } from "hono";
import type { Db } from "../../db/db";
import { insertUser } from "../../db/queries/users";
import { hashPassword } from "../../worker/auth/password";
import { randomId } from "../../worker/crypto";

type App = Pick<Hono, "request">;
export const PASSWORD = "kata-sandi-uji-123";

// Few iterations in tests: the work factor is the production constant's job, not what these tests check.
export async function seedUser(
  db: Db,
  orgId: string,
  role: "admin" | "manager" | "viewer",
  unitId: string | null = null,
) {
  const email = `${role}-${randomId(6).toLowerCase()}@contoh.go.id`;
  await insertUser(db, {
    id: randomId(),
    orgId,
    email,
    role,
    unitId,
    passwordHash: await hashPassword(PASSWORD, 1000),
  });
  return email;
}

/** Signs in through the real form and returns the session cookie. */
export async function login(app: App, email: string, password = PASSWORD): Promise<string> {
  const res = await app.request("/login", {
    method: "POST",
    body: new URLSearchParams({ email, password, next: "/admin" }),
  });
  const cookie = res.headers.get("set-cookie");
  if (res.status !== 303 || !cookie) throw new Error(`login failed: ${res.status}`);
  return cookie.split(";")[0]!;
}

export async function getPage(app: App, cookie: string, path: string) {
  const res = await app.request(path, { headers: { Cookie: cookie } });
  return { res, html: res.status === 200 ? await res.text() : "" };
}

/** The form token on a signed-in page. */
export async function csrfOf(app: App, cookie: string): Promise<string> {
  const { html } = await getPage(app, cookie, "/admin");
  return html.match(/name="_csrf" value="([^"]+)"/)![1]!;
}

export function postAs(app: App, cookie: string, path: string, fields: Record<string, string>) {
  return app.request(path, { method: "POST", body: new URLSearchParams(fields), headers: { Cookie: cookie } });
}
