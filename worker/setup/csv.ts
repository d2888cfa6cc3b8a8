/**
 * RFC 4180 CSV as spreadsheets save it: an optional BOM, CRLF/LF/CR line ends, quoted fields with ""
 * for a quote. Each record keeps the line it starts on, so a refusal can name the line the operator sees.
 */
type CsvRecord = { line: number; fields: string[] };
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number };

export function parseCsv(text: string): CsvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let start = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: start, fields });
    fields = [];
    field = "";
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted && ch === '"' && src[i + 1] === '"') {
      field += '"';
      i += 2;
      continue;
    }
    if (quoted) {
      if (ch === '"') quoted = false;
      else field += ch;
      // A line break inside quotes still moves the operator's line count on.
      if (ch === "\n" || (ch === "\r" && src[i + 1] !== "\n")) line++;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && src[i + 1] === "\n") i++;
      start = ++line;
    } else field += ch;
    i++;
  }
  if (quoted) return { ok: false, line: start };
  if (field !== "" || fields.length > 0) endRecord();
  return { ok: true, records };
}
