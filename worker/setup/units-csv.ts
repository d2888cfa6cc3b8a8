import { normalizeText, textLength } from "../text";
import { parseCsv } from "./csv";

/** One unit as a line of units.csv states it; `line` is the line the operator sees in the file. */
export type UnitRow = {
  line: number;
  code: string;
  name: string;
  parentCode: string | null;
  population: number | null;
  services: string[];
};
export type Msg = { id: string; en: string };
export type RowError = { line: number; message: Msg };

const UNITS_CSV_HEADER = ["code", "name", "parent_code", "population", "services"] as const;
/** ~600 DJP offices take ~50 KB; 1 MB leaves room for long names while a stray export is refused. */
export const MAX_CSV_BYTES = 1024 * 1024;
export const MAX_CSV_ROWS = 5000;
const MAX_POPULATION = 100_000_000;
const MAX_SERVICES = 50;
const CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;

const msg = (id: string, en: string): Msg => ({ id, en });
const M = {
  tooBig: msg("Berkas lebih dari 1 MB; pecah menjadi beberapa berkas.", "The file is larger than 1 MB; split it."),
  tooMany: msg(
    `Lebih dari ${MAX_CSV_ROWS.toLocaleString("id-ID")} baris; pecah menjadi beberapa berkas.`,
    `More than ${MAX_CSV_ROWS} rows; split the file.`,
  ),
  quote: msg("Tanda kutip tidak ditutup.", "A quote is never closed."),
  empty: msg("Berkas kosong.", "The file is empty."),
  header: msg(`Baris judul harus: ${UNITS_CSV_HEADER.join(",")}`, `The header must be: ${UNITS_CSV_HEADER.join(",")}`),
  columns: (n: number) => msg(`Harus 5 kolom, ada ${n}.`, `Expected 5 columns, found ${n}.`),
  code: (v: string) =>
    msg(
      `Kode "${v}" tidak valid: 2–63 huruf kecil, angka atau tanda hubung.`,
      `Code "${v}" is invalid: 2–63 lowercase letters, digits or dashes.`,
    ),
  parent: (v: string) => msg(`Kode induk "${v}" tidak valid.`, `Parent code "${v}" is invalid.`),
  name: msg("Nama wajib diisi, paling banyak 200 karakter.", "The name is required, at most 200 characters."),
  population: (v: string) =>
    msg(
      `Populasi "${v}" harus bilangan bulat 1–100.000.000 atau kosong.`,
      `Population "${v}" must be a whole number 1–100,000,000 or empty.`,
    ),
  service: msg(
    `Nama layanan paling banyak 100 karakter, paling banyak ${MAX_SERVICES} layanan.`,
    `A service name is at most 100 characters, at most ${MAX_SERVICES} services.`,
  ),
  duplicate: (v: string, first: number) =>
    msg(`Kode "${v}" sudah ada di baris ${first}.`, `Code "${v}" is already on line ${first}.`),
};

const clip = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** A code as typed: trimmed and lowercased (KPP-001 and kpp-001 are one public address). */
const codeOf = (v: string) => normalizeText(v).toLowerCase();

/** 12000, 12.000 or 12 000 (Indonesian thousands); anything else is refused, never guessed. */
function populationOf(v: string): number | null | undefined {
  const t = normalizeText(v);
  if (t === "") return null;
  const digits = /^\d{1,3}([. ]\d{3})+$/.test(t) ? t.replace(/[. ]/g, "") : t;
  if (!/^\d{1,9}$/.test(digits)) return undefined;
  const n = Number(digits);
  return n >= 1 && n <= MAX_POPULATION ? n : undefined;
}

function servicesOf(v: string): string[] | undefined {
  const names = [
    ...new Set(
      v
        .split(";")
        .map((s) => normalizeText(s))
        .filter(Boolean),
    ),
  ];
  return names.length <= MAX_SERVICES && names.every((s) => textLength(s) <= 100) ? names : undefined;
}

/** One record to a row, or the first thing wrong with it. */
function checkRecord(line: number, f: string[]): UnitRow | RowError {
  const fail = (message: Msg) => ({ line, message });
  if (f.length !== UNITS_CSV_HEADER.length) return fail(M.columns(f.length));
  const [rawCode, rawName, rawParent, rawPopulation, rawServices] = f as [string, string, string, string, string];
  const code = codeOf(rawCode);
  if (!CODE.test(code)) return fail(M.code(clip(code)));
  const name = normalizeText(rawName);
  if (name === "" || textLength(name) > 200) return fail(M.name);
  const parentCode = codeOf(rawParent) || null;
  if (parentCode !== null && !CODE.test(parentCode)) return fail(M.parent(clip(parentCode)));
  const population = populationOf(rawPopulation);
  if (population === undefined) return fail(M.population(clip(normalizeText(rawPopulation))));
  const services = servicesOf(rawServices);
  if (!services) return fail(M.service);
  return { line, code, name, parentCode, population, services };
}

const blank = (fields: string[]) => fields.every((v) => v.trim() === "");

/**
 * units.csv read and each line checked on its own (the plan checks codes against the database).
 * Every line's errors are collected so an operator fixes the file in one pass.
 */
export function readUnitsCsv(text: string): { rows: UnitRow[]; errors: RowError[] } {
  if (new TextEncoder().encode(text).length > MAX_CSV_BYTES)
    return { rows: [], errors: [{ line: 1, message: M.tooBig }] };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { rows: [], errors: [{ line: parsed.line, message: M.quote }] };
  const records = parsed.records.filter((r) => !blank(r.fields));
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ line: 1, message: M.empty }] };
  const names = header.fields.map((h) => normalizeText(h).toLowerCase());
  if (names.join(",") !== UNITS_CSV_HEADER.join(","))
    return { rows: [], errors: [{ line: header.line, message: M.header }] };
  if (body.length > MAX_CSV_ROWS) return { rows: [], errors: [{ line: 1, message: M.tooMany }] };
  const rows: UnitRow[] = [];
  const errors: RowError[] = [];
  const firstLine = new Map<string, number>();
  for (const r of body) {
    const checked = checkRecord(r.line, r.fields);
    if ("message" in checked) errors.push(checked);
    else if (firstLine.has(checked.code))
      errors.push({ line: r.line, message: M.duplicate(checked.code, firstLine.get(checked.code)!) });
    else {
      firstLine.set(checked.code, r.line);
      rows.push(checked);
    }
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ line: header.line, message: M.empty });
  return { rows, errors };
}
