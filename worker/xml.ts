/** Everything outside the XML 1.0 Char production, lone surrogates included (the u flag sees them). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** The text without the characters XML forbids: XML 1.0 refuses most C0 controls even as character references. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/** Text for XML content or an attribute value in either quote (spreadsheets, SVG): the one escaper. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}
