/**
 * A minimal Office Open XML workbook (ECMA-376): inline strings, one bold frozen header row,
 * optional column widths. Pure and runtime-neutral: fflate and Web APIs only.
 */
import { strToU8, zipSync } from "fflate";
import { escapeXml, xmlChars } from "../xml";

export type XlsxValue = string | number | boolean | null | undefined;

export interface XlsxSheet {
  name: string;
  /** Column widths in characters, left to right; a missing or non-positive entry keeps the default. */
  columns?: readonly number[];
  /** The first row is the header: bold and frozen. */
  rows: readonly (readonly XlsxValue[])[];
}

/** Excel's own limits: beyond them it refuses or "repairs" the file. */
export const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_CELL_CHARS = 32_767;
const MAX_SHEET_NAME = 31;
const MAX_COLUMN_WIDTH = 255;
/** A fixed zip timestamp keeps the output a pure function of its input (fflate would read the clock). */
export const ZIP_MTIME = new Date(1980, 0, 1);

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cuts at a UTF-16 length without leaving half a surrogate pair behind. */
function truncate(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** 1 → "A", 26 → "Z", 27 → "AA", 16384 → "XFD". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function cellText(text: string): string {
  // Cell line breaks are LF in Excel; a CR would be dropped by XML line-end normalisation anyway.
  // A literal "_x0041_" must be escaped as "_x005F_x0041_" or Excel decodes it (ECMA-376 ST_Xstring).
  const kept = truncate(text.replace(/\r\n?/g, "\n"), MAX_CELL_CHARS);
  return escapeXml(kept.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"));
}

function cell(value: XlsxValue, ref: string, style: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  // NaN and ±Infinity have no spreadsheet form; an empty cell is the honest "no value".
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : "";
  // Inline strings are never evaluated, so "=HYPERLINK(…)" stays text: no formula injection here.
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${cellText(value)}</t></is></c>`;
}

export function rowXml(values: readonly XlsxValue[], rowNumber: number): string {
  if (values.length > MAX_COLUMNS) throw new RangeError(`xlsx: row ${rowNumber} has more than ${MAX_COLUMNS} columns`);
  const style = rowNumber === 1 ? ' s="1"' : "";
  const cells = values.map((v, i) => cell(v, `${columnLetters(i + 1)}${rowNumber}`, style)).join("");
  return cells ? `<row r="${rowNumber}">${cells}</row>` : "";
}

function colsXml(widths: readonly number[] = []): string {
  const col = (w: number, n: number) =>
    `<col min="${n}" max="${n}" width="${Math.min(w, MAX_COLUMN_WIDTH)}" customWidth="1"/>`;
  const cols = widths.map((w, i) => (Number.isFinite(w) && w > 0 ? col(w, i + 1) : "")).join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

/** A worksheet up to its first row; the rows and WORKSHEET_TAIL follow (so a sheet can be streamed). */
export function worksheetHead(columns: readonly number[] | undefined, selected: boolean): string {
  const pane =
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>';
  const view = `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${pane}</sheetView></sheetViews>`;
  // Element order is fixed by the schema (sheetViews, cols, sheetData); Excel rejects any other.
  return `${XML_DECL}<worksheet xmlns="${NS_MAIN}">${view}${colsXml(columns)}<sheetData>`;
}
export const WORKSHEET_TAIL = "</sheetData></worksheet>";

function worksheetXml(sheet: XlsxSheet, selected: boolean): string {
  if (sheet.rows.length > MAX_ROWS) throw new RangeError(`xlsx: sheet "${sheet.name}" has more than ${MAX_ROWS} rows`);
  return worksheetHead(sheet.columns, selected) + sheet.rows.map((r, i) => rowXml(r, i + 1)).join("") + WORKSHEET_TAIL;
}

/**
 * Excel refuses names over 31 characters, with []:*?/\, starting or ending with an apostrophe,
 * duplicated case-insensitively, or the reserved "History"; these become "_", are trimmed or get " (2)".
 */
export function sheetNames(requested: readonly string[]): string[] {
  const taken = new Set(["history"]);
  return requested.map((raw, i) => {
    const cleaned = truncate(xmlChars(raw).replace(/[[\]:*?/\\]/g, "_"), MAX_SHEET_NAME);
    const base = cleaned.replace(/^[\s']+|[\s']+$/g, "") || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

function relationships(targets: { type: string; target: string }[]): string {
  const rels = targets
    .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/${t.type}" Target="${t.target}"/>`)
    .join("");
  return `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">${rels}</Relationships>`;
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
  );
  return (
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${sheets.join("")}</Types>`
  );
}

function workbookXml(names: readonly string[]): string {
  const sheets = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const views = '<bookViews><workbookView activeTab="0"/></bookViews>';
  return `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${views}<sheets>${sheets}</sheets></workbook>`;
}

/** Style 0 is the default; style 1 (bold font) marks the header row. Two fills are mandatory for Excel. */
const STYLES_XML =
  `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Every part of the package but the worksheets themselves, for these sheet names in order. */
export function packageParts(requestedNames: readonly string[]): Record<string, string> {
  if (requestedNames.length === 0) throw new RangeError("xlsx: a workbook needs at least one sheet");
  const names = sheetNames(requestedNames);
  const workbookRels = [
    ...names.map((_, i) => ({ type: "worksheet", target: `worksheets/sheet${i + 1}.xml` })),
    { type: "styles", target: "styles.xml" },
  ];
  return {
    "[Content_Types].xml": contentTypes(names.length),
    "_rels/.rels": relationships([{ type: "officeDocument", target: "xl/workbook.xml" }]),
    "xl/workbook.xml": workbookXml(names),
    "xl/_rels/workbook.xml.rels": relationships(workbookRels),
    "xl/styles.xml": STYLES_XML,
  };
}

/** The .xlsx bytes for these sheets, in order. Throws RangeError when Excel could not open the result. */
export function buildXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const parts: Record<string, Uint8Array> = Object.fromEntries(
    Object.entries(packageParts(sheets.map((s) => s.name))).map(([name, xml]) => [name, strToU8(xml)]),
  );
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet, i === 0));
  });
  return zipSync(parts, { level: 6, mtime: ZIP_MTIME });
}
