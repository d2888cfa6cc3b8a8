import type { Context } from "hono";
import { AppError } from "../errors";
import { formAction } from "../form-issues";
import { requestLang } from "../render";

/**
 * Runs a setup action for a form: a refusal the operator can act on (a 400) comes back as a message in
 * the reader's language, for the page to show with the typed input kept; anything else goes on up.
 */
export async function tryForm<T>(
  c: Context,
  labels: Record<string, string>,
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  const lang = requestLang(c);
  try {
    return { ok: true, value: await formAction(lang, labels, run) };
  } catch (err) {
    if (err instanceof AppError && err.status === 400)
      return { ok: false, message: err.extra.localized?.[lang] ?? err.message };
    throw err;
  }
}
