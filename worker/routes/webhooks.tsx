import type { Context } from "hono";
import { getOrganizationById } from "../../db/queries/admin";
import { listOrgUnits } from "../../db/queries/units";
import { GAVE_UP, listRecentDeliveries, listWebhooks } from "../../db/queries/webhooks";
import { WebhooksPage, type WebhookFormState } from "../../web/pages/WebhooksPage";
import { webhookText } from "../../web/text-webhooks";
import { userActor } from "../actions/action";
import { createWebhook, disableWebhook, WEBHOOK_EVENTS } from "../actions/webhooks";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { AppError } from "../errors";
import { formAction } from "../form-issues";
import { html, requestLang } from "../render";

/** /admin/settings/webhooks: the organization's outbound webhooks in the browser, for admins only. */
export const webhookRoutes = dashboardFactory.createApp();

webhookRoutes.use("*", async (c, next) => {
  if (c.var.user.role !== "admin") throw new AppError("NOT_FOUND", "Halaman tidak ditemukan");
  await next();
});

const RECENT = 5;
const EMPTY: WebhookFormState = { values: { url: "", events: [], unitId: "" }, errors: {} };

async function page(c: Context<DashboardEnv>, status: 200 | 422, form = EMPTY, secret: string | null = null) {
  const { db, user } = c.var;
  const [org, hooks, deliveries, units] = await Promise.all([
    getOrganizationById(db, user.orgId),
    listWebhooks(db, user.orgId),
    listRecentDeliveries(db, user.orgId, RECENT),
    listOrgUnits(db, user.orgId),
  ]);
  const views = hooks.map((h) => ({
    ...h,
    events: parseEvents(h.events),
    deliveries: deliveries
      .filter((d) => d.webhookId === h.id)
      .map((d) => ({ ...d, gaveUp: d.deliveredAt === null && d.nextAttemptAt >= GAVE_UP })),
  }));
  // The secret (on the POST's own answer) must not be kept by a cache or shown by the back button.
  c.header("Cache-Control", "no-store");
  const props = {
    chrome: adminChrome(c),
    timeZone: org?.timeZone ?? "Asia/Jakarta",
    hooks: views,
    units: units.map((u) => ({ id: u.id, name: u.name })),
    events: WEBHOOK_EVENTS,
    form,
    secret,
    disabled: c.req.query("disabled") === "1",
  };
  return html(c, status, <WebhooksPage {...props} />);
}

function parseEvents(text: string): string[] {
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.filter((e): e is string => typeof e === "string") : [];
  } catch {
    return [];
  }
}

webhookRoutes.get("/", (c) => page(c, 200));

/** A text field sent once, "" when absent; null when repeated or a file (no usable text, never a default). */
const single = (v: unknown) => (v === undefined ? "" : typeof v === "string" ? v : null);

webhookRoutes.post("/", async (c) => {
  const { db, user, now } = c.var;
  const lang = requestLang(c);
  const t = webhookText[lang];
  const body: Record<string, unknown> = await c.req.parseBody({ all: true }).catch(() => ({}));
  const events = [body.events ?? []].flat().filter((e): e is string => typeof e === "string");
  const [url, unitId] = [single(body.url), single(body.unit)];
  const values = { url: (url ?? "").slice(0, 2100), events: events.slice(0, 10), unitId: unitId ?? "" };
  const units = await listOrgUnits(db, user.orgId);
  const refuse = (errors: WebhookFormState["errors"]) => page(c, 422, { values, errors });
  const known = (e: string) => (WEBHOOK_EVENTS as readonly string[]).includes(e);
  if (events.length === 0 || !events.every(known)) return refuse({ events: t.eventsRequired });
  if (unitId === null || (unitId !== "" && !units.some((u) => u.id === unitId)))
    return refuse({ unitId: t.unitInvalid });
  const input = { orgId: user.orgId, url: url ?? "", events, unitId: unitId || null };
  try {
    const created = await formAction(lang, { url: t.url, events: t.events }, () =>
      createWebhook(db, userActor(user), input, now),
    );
    return page(c, 200, EMPTY, created.secret);
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 400) throw err;
    const message = err.extra.localized?.[lang] ?? err.message;
    const field = err.extra.issues?.[0]?.path.split(".")[0];
    return refuse(field === "events" ? { events: message } : { url: message });
  }
});

webhookRoutes.post("/:id/disable", async (c) => {
  const { db, user, now } = c.var;
  await disableWebhook(db, userActor(user), { webhookId: c.req.param("id"), orgId: user.orgId }, now);
  return c.redirect("/admin/settings/webhooks?disabled=1", 303);
});
