/**
 * RFC 4180 CSV for exports that unit staff open in Excel or LibreOffice.
 * Pure and runtime-neutral: Web APIs only, so it runs on Node and in workerd alike.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** Excel and LibreOffice read a text field starting with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Rows are batched into chunks of roughly this many characters: one write per row is slow for long exports. */
const CHUNK_CHARS = 16_384;
const BOM = "\uFEFF";

function textField(text: string): string {
  // The apostrophe goes in before quoting: the spreadsheet strips the quotes and would still see "=".
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return textField(value);
  // Numbers are data, not text typed by a citizen: "-1.5" must stay a number in the spreadsheet.
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  return textField(String(value));
}

function line(values: readonly unknown[]): string {
  return values.map(field).join(",") + "\r\n";
}

/** One CSV record ending in CRLF; strings that look like formulas get a leading apostrophe. */
export function csvLine(values: readonly CsvValue[]): string {
  return line(values);
}

type RowSource = AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>;

function iteratorOf(rows: RowSource): AsyncIterator<readonly unknown[]> | Iterator<readonly unknown[]> {
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}

/**
 * A UTF-8 CSV stream: BOM (so Excel reads Indonesian text as UTF-8, not the ANSI code page),
 * header, then rows. Rows are pulled only when the consumer asks for more, so an export of any
 * size holds about one chunk in memory; cancelling the stream closes the row source.
 */
export function csvStream(header: readonly string[], rows: RowSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = iteratorOf(rows);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + line(header)));
    },
    async pull(controller) {
      let chunk = "";
      while (chunk.length < CHUNK_CHARS) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += line(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
