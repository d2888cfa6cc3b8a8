/**
 * The same workbook as buildXlsx, written as a stream: each sheet's rows are pulled only when the reader
 * asks for more, turned into XML and deflated a chunk at a time, so an export of any size holds about
 * one chunk and the compressor's window in memory. Pure and runtime-neutral: fflate and Web APIs only.
 */
import { strToU8, Zip, ZipDeflate } from "fflate";
import { MAX_ROWS, packageParts, rowXml, WORKSHEET_TAIL, worksheetHead, ZIP_MTIME, type XlsxValue } from "./xlsx";

type Rows = AsyncIterable<readonly XlsxValue[]> | Iterable<readonly XlsxValue[]>;
export type XlsxStreamSheet = { name: string; columns?: readonly number[]; rows: Rows };

/** Roughly this many characters of sheet XML go to the compressor per pull. */
const CHUNK_CHARS = 64 * 1024;

/** A deflated part with the fixed timestamp, so the bytes are a pure function of the rows. */
function deflated(name: string) {
  const part = new ZipDeflate(name, { level: 6 });
  part.mtime = ZIP_MTIME;
  return part;
}

const iteratorOf = (rows: Rows): AsyncIterator<readonly XlsxValue[]> | Iterator<readonly XlsxValue[]> =>
  Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();

export function xlsxStream(sheets: readonly XlsxStreamSheet[]): ReadableStream<Uint8Array> {
  const parts = packageParts(sheets.map((s) => s.name));
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const zip = new Zip((err, data, final) => {
    if (err) return controller.error(err);
    controller.enqueue(data);
    if (final) controller.close();
  });
  let sheet = -1;
  let file: ZipDeflate | null = null;
  let rows: ReturnType<typeof iteratorOf> | null = null;
  let rowNumber = 0;

  const openSheet = () => {
    sheet += 1;
    file = deflated(`xl/worksheets/sheet${sheet + 1}.xml`);
    zip.add(file);
    file.push(strToU8(worksheetHead(sheets[sheet]!.columns, sheet === 0)));
    rows = iteratorOf(sheets[sheet]!.rows);
    rowNumber = 0;
  };

  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      for (const [name, xml] of Object.entries(parts)) {
        const part = deflated(name);
        zip.add(part);
        part.push(strToU8(xml), true);
      }
      openSheet();
    },
    async pull() {
      let xml = "";
      while (xml.length < CHUNK_CHARS) {
        const next = await rows!.next();
        // Past Excel's last row the sheet ends: Excel would refuse the whole file otherwise.
        if (next.done || rowNumber >= MAX_ROWS) {
          file!.push(strToU8(xml + WORKSHEET_TAIL), true);
          if (!next.done) await rows!.return?.();
          if (sheet + 1 < sheets.length) openSheet();
          else zip.end();
          return;
        }
        xml += rowXml(next.value, ++rowNumber);
      }
      file!.push(strToU8(xml));
    },
    async cancel() {
      await rows?.return?.();
      zip.terminate();
    },
  });
}
