import { bodyLimit } from "hono/body-limit";
import { AppError } from "./errors";

/** 64 KB is far above any honest survey (22 small numbers and a 2,000-character comment). */
export const surveyBodyLimit = bodyLimit({
  maxSize: 64 * 1024,
  onError: () => {
    throw new AppError("PAYLOAD_TOO_LARGE", "Request body is larger than 64 KB");
  },
});
