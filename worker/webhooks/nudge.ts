import type { Context } from "hono";
import type { AppEnv } from "../context";

/**
 * Called by a route after its write added a webhook event: the runtime's dispatcher sends it soon. Never
 * awaited and never throws, so the citizen's or operator's answer is not held up by a receiver.
 */
export function nudgeOutbox<E extends AppEnv>(c: Context<E>) {
  try {
    (c.var as AppEnv["Variables"]).nudgeOutbox();
  } catch (err) {
    console.error("webhook nudge failed:", err);
  }
}
