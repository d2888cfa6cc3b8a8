import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "./errors";

const limit = (maxSize: number, what: string) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError("PAYLOAD_TOO_LARGE", `Request body is larger than ${what}`);
    },
  });

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
