import type { Context } from "hono";
import { issueMessage, texts, type Lang } from "../../web/i18n";
import { appFactory } from "../context";
import { ApiDocsPage } from "../../web/pages/ApiDocsPage";
import { apiDocsProps } from "../api/docs-view";
import { openApiDocument } from "../api/openapi";
import { responseBody } from "../api/schemas";
import { validate } from "../api/validate";
import { surveyBodyLimit } from "../body-limit";
import { acceptedLang, FULL_CSS_PATH, html } from "../render";
import { AppError, type ErrorCode } from "../errors";
import { unitSettingsOf } from "../settings";
import { submitSurvey } from "../survey/submit";
import { signVisitToken } from "../survey/visit-token";
import { nudgeOutbox } from "../webhooks/nudge";
import { BUSY_TEXT } from "../../web/text-offline";

export const apiRoutes = appFactory.createApp();

// Messages in Indonesian or English: an organization's own pack names the stored language, not the API's.
const langOf = (c: Context, body?: { lang?: string }): Lang =>
  body?.lang === "id" || body?.lang === "en" ? body.lang : acceptedLang(c);

apiRoutes.get("/openapi.json", (c) => {
  c.header("Cache-Control", "public, max-age=3600");
  return c.json(openApiDocument());
});

apiRoutes.get("/docs", (c) => {
  const props = apiDocsProps(
    openApiDocument() as Parameters<typeof apiDocsProps>[0],
    FULL_CSS_PATH,
    new URL(c.req.url).origin,
  );
  c.header("Cache-Control", "public, max-age=3600");
  return html(c, 200, <ApiDocsPage {...props} />);
});

apiRoutes.get("/touchpoints/:code/visit", async (c) => {
  const tp = await c.var.survey.touchpoint(c.req.param("code"));
  if (!tp) throw new AppError("NOT_FOUND", "Unknown touchpoint code");
  if (!tp.active) throw new AppError("SURVEY_CLOSED", "This touchpoint's survey is closed");
  const { config, now } = c.var;
  c.header("Cache-Control", "no-store");
  return c.json({
    token: await signVisitToken(config.SECRET_KEY, tp.id, now, tp.kiosk),
    expiresAt: new Date((now + config.SURVEY_TOKEN_HOURS * 3600) * 1000).toISOString(),
    notBefore: new Date((now + config.SURVEY_MIN_SECONDS) * 1000).toISOString(),
    instruments: unitSettingsOf(tp.unitSettings).instruments,
    unit: { name: tp.unitName },
    service: tp.serviceName,
  });
});

apiRoutes.post("/responses", surveyBodyLimit, validate("json", responseBody), async (c) => {
  const body = c.req.valid("json");
  const lang = langOf(c, body);
  const input = { ...body, profile: body.profile ?? {}, lang: body.lang ?? lang, unknownLang: "refuse" as const };
  const outcome = await submitSurvey(
    c.var.survey,
    c.var.config,
    { ...input, clientAddress: c.var.clientAddress },
    c.var.now,
  );
  const t = texts[lang];
  const ui = t.ui;
  const fail = (code: ErrorCode, message: string, extra: ConstructorParameters<typeof AppError>[2] = {}) => {
    throw new AppError(code, message, extra);
  };
  switch (outcome.kind) {
    case "created":
      if (outcome.flagged) nudgeOutbox(c);
      return c.json({ id: outcome.id }, 201);
    case "replay":
      return c.json({ id: outcome.id }, 200);
    case "invalid":
      return fail("VALIDATION_FAILED", ui.errorSummary, {
        issues: outcome.issues.map((i) => ({ path: i.path, message: issueMessage(t, i.code) })),
      });
    case "bad_token":
      return fail("INVALID_TOKEN", ui.badToken, { issues: [{ path: "token", message: ui.badToken }] });
    case "expired":
      return fail("TOKEN_EXPIRED", ui.expired, { issues: [{ path: "token", message: ui.expired }] });
    case "too_fast":
      return fail("TOO_FAST", ui.tooFast, { issues: [{ path: "token", message: ui.tooFast }] });
    case "closed":
      return fail("SURVEY_CLOSED", ui.closed);
    case "rate_limited":
      return fail("RATE_LIMITED", ui.rateLimited, { retryAfter: outcome.retryAfter });
    case "busy":
      return fail("BUSY", BUSY_TEXT[lang], { retryAfter: outcome.retryAfter });
  }
});
