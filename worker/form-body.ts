import type { Context } from "hono";

/**
 * A posted form, or an empty one when the body cannot be read as a form (a multipart body without its
 * boundary or cut short makes the runtime's parser throw): a client's malformed body is answered like a
 * blank form, with the route's own message, never as a server error. Every route that reads a form
 * first goes through here; later reads in the same request get the same (cached) result.
 */
export function readForm(c: Context): Promise<Record<string, string | File>> {
  return c.req.parseBody().catch(() => ({}));
}

/** A text field of a posted form; anything else (absent, a file where text belongs) is no text. */
export function formText(form: Record<string, unknown>, name: string): string | undefined {
  const value = form[name];
  return typeof value === "string" ? value : undefined;
}
