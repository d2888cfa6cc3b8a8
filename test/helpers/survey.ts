import type { Hono } from "hono";

type App = Pick<Hono, "request">;

/** The hidden token of a freshly served survey page, as a citizen's browser would get it. */
export async function tokenFromPage(app: App, code: string): Promise<string> {
  const res = await app.request(`/s/${code}`);
  const html = await res.text();
  const match = html.match(/name="token" value="([^"]+)"/);
  if (!match) throw new Error(`no token on /s/${code} (status ${res.status})`);
  return match[1]!;
}

export function postForm(
  app: App,
  code: string,
  fields: Record<string, string | number>,
  headers: Record<string, string> = {},
) {
  const body = new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)]));
  return app.request(`/s/${code}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
  });
}

export function postJson(app: App, body: unknown, headers: Record<string, string> = {}) {
  return app.request("/api/v1/responses", {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "Content-Type": "application/json", ...headers },
  });
}

export async function visitToken(app: App, code: string): Promise<string> {
  const res = await app.request(`/api/v1/touchpoints/${code}/visit`);
  return ((await res.json()) as { token: string }).token;
}
