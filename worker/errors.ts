import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

const errorStatus = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  INVALID_TOKEN: 400,
  TOKEN_EXPIRED: 400,
  TOO_FAST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  // Publishing a running period or a short sample without saying so (worker/actions/publishing.ts).
  NEEDS_CONFIRMATION: 409,
  SURVEY_CLOSED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  // Too many submissions waiting to be written at once (Node's group commit): send again after Retry-After.
  BUSY: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorStatus;
export type Issue = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** `localized`: the message in both languages, for pages; `message` stays what the API and CLI say. */
    readonly extra: { issues?: Issue[]; retryAfter?: number; localized?: { id: string; en: string } } = {},
  ) {
    super(message);
  }
  get status(): ContentfulStatusCode {
    return errorStatus[this.code];
  }
}

export function errorBody(c: Context, code: ErrorCode, message: string, issues?: Issue[]) {
  return { error: { code, message, requestId: c.get("requestId") as string, ...(issues ? { issues } : {}) } };
}

/** A refused period (worker/indices/period.ts): a 400 naming the field, with the reason in both languages for pages. */
export function periodError(r: { field: string; message: { id: string; en: string } }): AppError {
  return new AppError("VALIDATION_FAILED", "Invalid period", {
    issues: [{ path: r.field, message: r.message.en }],
    localized: r.message,
  });
}
