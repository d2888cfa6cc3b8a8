import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "./errors";

/**
 * Hono's bodyLimit, asked for the stated length first. A body with a Content-Length (and no
 * Transfer-Encoding) is checked by that header alone, as bodyLimit does too, since the HTTP parser never
 * reads past it; but bodyLimit first touches the request's body stream, which on Node builds a web
 * stream of the body and takes the request off @hono/node-server's direct read. Only a chunked body is
 * counted through the stream.
 */
const limit = (maxSize: number, what: string): MiddlewareHandler => {
  const tooLarge = () => {
    throw new AppError("PAYLOAD_TOO_LARGE", `Request body is larger than ${what}`);
  };
  const counted = bodyLimit({ maxSize, onError: tooLarge });
  return (c, next) => {
    const length = c.req.header("content-length");
    if (length === undefined || c.req.header("transfer-encoding") !== undefined) return counted(c, next);
    return parseInt(length, 10) > maxSize ? tooLarge() : next();
  };
};

/** 64 KB is far above any honest survey (22 small numbers and a 2,000-character comment). */
export const surveyBodyLimit = limit(64 * 1024, "64 KB");

/** A sign-in form is an e-mail and a password of at most 1,024 characters. */
export const loginBodyLimit = limit(8 * 1024, "8 KB");

/**
 * Every dashboard form (settings with the privacy notice and category lists, follow-ups, users, comment
 * redaction) fits in 64 KB many times over.
 */
const formLimit = limit(64 * 1024, "64 KB");

/**
 * A language pack upload (worker/routes/languages.tsx) is a file of at most 256 KB, posted as a file or
 * pasted; pasted and form-encoded, non-Latin text can take three times its size.
 */
const packUploadLimit = limit(1024 * 1024, "1 MB");

/** units.csv of at most 1 MB (worker/setup/units-csv.ts), sent as a file and kept in the form's text box. */
const unitsCsvLimit = limit(3 * 1024 * 1024, "3 MB");

export const dashboardBodyLimit: MiddlewareHandler = (c, next) =>
  (c.req.path === "/admin/settings/languages"
    ? packUploadLimit
    : c.req.path === "/admin/setup/import"
      ? unitsCsvLimit
      : formLimit)(c, next);
