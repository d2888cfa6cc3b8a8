import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type * as z from "zod";
import { AppError } from "../errors";

/** zValidator that answers in the API's one error shape, listing every issue with its path. */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      throw new AppError("VALIDATION_FAILED", `Invalid ${target}`, { issues });
    }
  });
}
