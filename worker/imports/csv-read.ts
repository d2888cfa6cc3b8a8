/**
 * Reads RFC 4180 CSV as spreadsheet programs write it: an optional byte order mark, CRLF, LF or CR line
 * ends, quoted fields with "" for a quote and line breaks inside quotes. Pure and runtime-neutral.
 */
type CsvRecord = { line: number; fields: string[] };
export type CsvReadResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Every record with the line it starts on (1 = the first line). Blank lines are skipped; a quote left
 * open, or text right after a closing quote, is refused with its line rather than guessed at.
 */
export function readCsv(text: string): CsvReadResult {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  // A quoted empty field ("") is a field: a line holding only it is not blank.
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || field !== "" || quoted) records.push({ line: start, fields });
    fields = [];
    field = "";
    quoted = false;
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"' && field === "" && !quoted) {
      const opened = line;
      quoted = true;
      for (i++; ;) {
        if (i >= src.length) return { ok: false, line: opened, message: "a quoted field is never closed" };
        const q = src[i]!;
        if (q === '"' && src[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (q === '"') break;
        else {
          if (q === "\n" || (q === "\r" && src[i + 1] !== "\n")) line++;
          field += q;
          i++;
        }
      }
      const next = src[++i];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n")
        return { ok: false, line, message: 'text after a closing quote (write a quote inside a field as "")' };
    } else if (ch === ",") {
      fields.push(field);
      field = "";
      quoted = false;
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      start = ++line;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || quoted || fields.length > 0) endRecord();
  return { ok: true, records };
}
