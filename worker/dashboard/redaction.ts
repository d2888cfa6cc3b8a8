export const REDACTION_MARK = "[disamarkan]";

/**
 * Whether `redacted` is `original` with parts cut out or replaced by the mark: staff may remove what
 * a respondent wrote, never put words in their mouth. Checked by walking the kept pieces in order.
 */
export function isRedactionOf(original: string, redacted: string): boolean {
  const pieces = redacted
    .split(REDACTION_MARK)
    .map((p) => p.trim())
    .filter(Boolean);
  let at = 0;
  for (const piece of pieces) {
    const found = original.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}
