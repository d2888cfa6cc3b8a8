import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Db } from "../db/db";
import { SITE_CSS } from "../web/styles";
import { requireUnit } from "./auth/scope";
import { requireUser } from "./auth/session";
import { appFactory } from "./context";
import { isDashboard, refusedForm } from "./dashboard/refused";
import { dashboardBodyLimit } from "./body-limit";
import type { Config } from "./env";
import { AppError, errorBody, type ErrorCode } from "./errors";
import { hashCitizenStyle, styleSrc } from "./citizen-css";
import { compressLarge } from "./compress";
import { CSS_PATH, detectLanguage, FULL_CSS, FULL_CSS_PATH, messagePage, requestLang, type MessageKey } from "./render";
import { printScript } from "./report-assets";
import { kioskRoutes, surveyScriptAllowedOn } from "./routes/kiosk";
import { adminRoutes } from "./routes/admin";
import { apiRoutes } from "./routes/api";
import { publicRoutes } from "./routes/public";
import { homeRoutes } from "./routes/home";
import { authRoutes } from "./routes/auth";
import { linkRoutes, passwordRoutes } from "./routes/account";
import { userRoutes } from "./routes/users";
import { requirePasswordChosen } from "./auth/forced-change";
import { dashboardRoutes } from "./routes/dashboard";
import { exportRoutes } from "./routes/exports";
import { followUpRoutes } from "./routes/follow-ups";
import { languageRoutes } from "./routes/languages";
import { touchpointRoutes } from "./routes/touchpoints";
import { unitRoutes } from "./routes/units";
import { entryRoutes } from "./routes/entry";
import { ziRoutes } from "./routes/zi";
import { flagRoutes } from "./routes/flags";
import { redFlagWordRoutes } from "./routes/red-flag-words";
import { webhookRoutes } from "./routes/webhooks";
import { evaluatorRoutes } from "./routes/evaluator";
import { surveyRoutes } from "./routes/survey";
import { setupRoutes } from "./routes/setup";
import { setupUnitRoutes } from "./routes/setup-units";
import { batchedStore, type SurveyStore } from "./survey/store";

export type AppDeps = {
  getDb: (c: Context) => Db;
  config: Config;
  /** The caller's address as the runtime knows it; used only as input to a keyed, rotating hash. */
  clientAddress: (c: Context) => string | undefined;
  now?: () => number;
  /** Node compresses its own responses; on Cloudflare the edge does it. */
  compress?: boolean;
  /** The survey's reads and writes; by default the batched path over `getDb` (see worker/survey/store.ts). */
  surveyStore?: (c: Context) => SurveyStore;
  /** Starts sending a just-written webhook event without the request waiting for it (Node: the dispatcher thread; Worker: waitUntil). */
  nudgeOutbox?: (c: Context) => void;
};

export function createApp(deps: AppDeps) {
  const app = appFactory.createApp();
  const now = deps.now ?? (() => Math.floor(Date.now() / 1000));

  app.use(requestId());
  app.use(detectLanguage);
  app.use(async (_c, next) => {
    await hashCitizenStyle();
    await next();
  });
  if (deps.compress) app.use(compressLarge());
  app.use(
    secureHeaders({
      // Set per path below: same-origin everywhere except the public pages that other sites embed.
      crossOriginResourcePolicy: false,
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: [styleSrc],
        // No page runs a script but the two printable ones (their print button) and the citizen pages' offline/kiosk one.
        scriptSrc: [
          (c) => (printScript.allowedOn(c.req.path) || surveyScriptAllowedOn(c.req.path) ? "'self'" : "'none'"),
        ],
        // The offline-safe form sends its outbox to our JSON API and fetches kiosk visit tokens ahead.
        connectSrc: [(c) => (surveyScriptAllowedOn(c.req.path) ? "'self'" : "'none'")],
        manifestSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      // Not no-referrer: under it browsers send "Origin: null" even on our own form POSTs, and the
      // sign-in's cross-site check would refuse them. same-origin still tells other sites nothing.
      referrerPolicy: "same-origin",
    }),
  );
  app.use(async (c, next) => {
    await next();
    // On the response's own headers, not c.header(): after the handler, that rebuilds the response as a
    // stream, which on Node costs more than the rest of a small JSON request.
    if (!c.res.headers.has("Cross-Origin-Resource-Policy"))
      c.res.headers.set("Cross-Origin-Resource-Policy", "same-origin");
  });
  app.use(async (c, next) => {
    const db = deps.getDb(c);
    c.set("db", db);
    c.set("survey", deps.surveyStore?.(c) ?? batchedStore(db));
    c.set("config", deps.config);
    c.set("now", now());
    c.set("clientAddress", deps.clientAddress(c) ?? "unknown");
    c.set("nudgeOutbox", () => deps.nudgeOutbox?.(c));
    await next();
  });

  for (const [path, css] of [
    [CSS_PATH, SITE_CSS],
    [FULL_CSS_PATH, FULL_CSS],
  ] as const) {
    app.get(path, (c) => {
      c.header("Cache-Control", "public, max-age=31536000, immutable");
      return c.body(css, 200, { "Content-Type": "text/css; charset=utf-8" });
    });
  }
  app.get(printScript.path, (c) => {
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return c.body(printScript.body, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  });
  app.route("/", homeRoutes);
  app.get("/healthz", (c) => c.json({ ok: true }));
  app.route("/s", surveyRoutes);
  app.route("/", kioskRoutes);
  app.route("/p", publicRoutes);
  app.route("/", authRoutes);
  // One sign-in check for every dashboard route ("/admin/*" covers "/admin" too); the sub-apps rely on it.
  // The size check comes first: the sign-in check reads the form for its token.
  app.use("/admin/*", dashboardBodyLimit);
  app.use("/logout", dashboardBodyLimit);
  app.use("/admin/*", requireUser);
  app.use("/admin/*", requirePasswordChosen);
  app.route("/password", linkRoutes);
  app.route("/admin/password", passwordRoutes);
  app.route("/admin/users", userRoutes);
  // Every unit route: the unit loaded once and checked against the user's scope (404 outside it).
  app.use("/admin/units/:unitId/*", requireUnit);
  app.route("/admin/units/:unitId/touchpoints", touchpointRoutes);
  app.route("/admin/units/:unitId", exportRoutes);
  app.route("/admin/units/:unitId/follow-ups", followUpRoutes);
  app.route("/admin/units/:unitId/zi", ziRoutes);
  app.route("/admin/units/:unitId/perhatian", flagRoutes);
  app.route("/admin/units/:unitId/entry", entryRoutes);
  app.route("/admin/units/:unitId", unitRoutes);
  app.route("/admin/settings/languages", languageRoutes);
  app.route("/admin/setup/units/:unitId", setupUnitRoutes);
  app.route("/admin/setup", setupRoutes);
  app.route("/admin/settings/red-flag-words", redFlagWordRoutes);
  app.route("/admin/settings/webhooks", webhookRoutes);
  app.route("/admin", adminRoutes);
  app.route("/admin", dashboardRoutes);
  app.route("/api/v1", apiRoutes);
  app.route("/api/v1", evaluatorRoutes);

  app.notFound((c) => {
    if (isApi(c)) return c.json(errorBody(c, "NOT_FOUND", "Not found"), 404);
    return messagePage(c, 404, requestLang(c), pageFor(c, "NOT_FOUND"));
  });
  app.onError((err, c) => {
    const known = toAppError(err);
    if (!known) console.error(`[${c.get("requestId")}]`, err);
    const e = known ?? new AppError("INTERNAL", "Internal server error");
    if (e.extra.retryAfter) c.header("Retry-After", String(e.extra.retryAfter));
    // Every 400 lists its issues, even when the whole body is the problem (path "").
    const issues = e.extra.issues ?? (e.status === 400 ? [{ path: "", message: e.message }] : undefined);
    if (isApi(c)) return c.json(errorBody(c, e.code, e.message, issues), e.status);
    const lang = requestLang(c);
    // A 400 says what was wrong with the input: messages we wrote (never a 500's detail), and a way back.
    if (e.status !== 400) return messagePage(c, e.status, lang, pageFor(c, e.code));
    const message = e.extra.localized?.[lang] ?? e.message;
    // A signed-in operator's refused form stays in the dashboard, with what they typed.
    if (c.req.method === "POST" && isDashboard(c)) return refusedForm(c, message, backHref(c));
    return messagePage(c, 400, lang, pageFor(c, e.code), message, backHref(c));
  });
  return app;
}

function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    const codes: Record<number, ErrorCode> = {
      403: "FORBIDDEN",
      413: "PAYLOAD_TOO_LARGE",
      415: "UNSUPPORTED_MEDIA_TYPE",
      404: "NOT_FOUND",
    };
    const code = codes[err.status] ?? (err.status < 500 ? "BAD_REQUEST" : null);
    // HTTPException messages come from Hono's own validators ("Malformed JSON in request body"): safe to show.
    return code ? new AppError(code, err.message || code) : null;
  }
  return null;
}

// A citizen who mistypes a QR code needs other words than an operator who follows a stale link.
function pageFor(c: Context, code: ErrorCode): MessageKey {
  const survey = c.req.path.startsWith("/s/");
  const keys: Partial<Record<ErrorCode, MessageKey>> = {
    NOT_FOUND: survey ? "notFound" : "pageNotFound",
    PAYLOAD_TOO_LARGE: "tooLarge",
    RATE_LIMITED: "rateLimited",
    SURVEY_CLOSED: "closed",
    FORBIDDEN: "forbidden",
    UNAUTHORIZED: "unauthorized",
    BAD_REQUEST: "badRequest",
    VALIDATION_FAILED: "badRequest",
  };
  return keys[code] ?? "error";
}

const isApi = (c: Context) => c.req.path.startsWith("/api/");

/** The page itself with its defaults (no query); for a refused form or download, the unit page it belongs to. */
function backHref(c: Context): string {
  const path = c.req.path.replace(/^\/+/, "/");
  const unit = /^\/admin\/units\/[^/]+/.exec(path)?.[0];
  if (unit && (c.req.method !== "GET" || /\.(csv|xlsx)$/.test(path))) return unit;
  if (c.req.method === "GET") return path;
  return path.startsWith("/admin") ? "/admin" : "/";
}
