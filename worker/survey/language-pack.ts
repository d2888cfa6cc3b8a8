import { texts, type Lang, type SurveyTexts } from "../../web/i18n";
import { normalizeText, textLength } from "../text";

/**
 * An organization's own survey language, checked against the Indonesian pack: every key it has (every
 * item, option, profile label and message), plain text only, nothing more. Pure: the actions, the CLI
 * and the dashboard share it, and the refusals name each key (`items.U3.options[2]`).
 */
export type PackIssue = { path: string; message: string };
export type LanguagePack = { code: string; name: string; texts: SurveyTexts };

// BCP-47-like: a two- or three-letter language (jv, su, bug) and an optional subtag (jv-x-ngoko is too long
// to need). The shipped codes stay the shipped packs'.
const CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;
const SHIPPED = new Set(["id", "en"]);
const PACK_NAME_MAX = 60;
// The longest Indonesian text is about 330 characters (the privacy notice); three times that is room enough.
const PACK_TEXT_MAX = 1000;
/** A complete pack is about 12 KB; four times the Indonesian texts in another script still fits. */
export const PACK_FILE_MAX = 256 * 1024;
// A file with thousands of unknown keys gets the first ones named and a count, not a page of thousands.
const ISSUES_MAX = 200;

const WORDS = {
  id: {
    missing: "tidak ada (wajib diisi)",
    unknown: "tidak dikenal (hapus)",
    notText: "harus berupa teks",
    notList: "harus berupa daftar teks",
    notObject: "harus berupa objek { }",
    tooMany: (n: number) => `harus berisi tepat ${n} pilihan`,
    tooLong: (n: number) => `paling banyak ${n} karakter`,
    placeholder: (p: string) => `harus memuat ${p}`,
    strayPlaceholder: (p: string) => `${p} tidak dikenal di teks ini`,
    code: "kode bahasa seperti jv, su atau bug (huruf kecil)",
    shipped: "id dan en sudah tersedia; pilih kode lain",
    notPack: "berkas harus berupa objek JSON { code, name, texts }",
    more: (n: number) => `dan ${n} masalah lain`,
  },
  en: {
    missing: "missing (required)",
    unknown: "unknown (remove it)",
    notText: "must be text",
    notList: "must be a list of texts",
    notObject: "must be an object { }",
    tooMany: (n: number) => `must have exactly ${n} options`,
    tooLong: (n: number) => `at most ${n} characters`,
    placeholder: (p: string) => `must contain ${p}`,
    strayPlaceholder: (p: string) => `${p} is not known in this text`,
    code: "a language code such as jv, su or bug (lowercase)",
    shipped: "id and en ship already; choose another code",
    notPack: "the file must be a JSON object { code, name, texts }",
    more: (n: number) => `and ${n} more problems`,
  },
};
type Words = (typeof WORDS)[Lang];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const placeholders = (s: string) => new Set(s.match(/\{\w+\}/g) ?? []);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

class Checker {
  readonly issues: PackIssue[] = [];
  constructor(readonly w: Words) {}
  add(path: string, message: string) {
    this.issues.push({ path, message });
  }

  /** The value cleaned like every stored text, or undefined when refused. */
  text(ref: string, value: unknown, path: string, max = PACK_TEXT_MAX): string | undefined {
    if (value === undefined) return void this.add(path, this.w.missing);
    if (typeof value !== "string") return void this.add(path, this.w.notText);
    const clean = normalizeText(value);
    // Only spaces or invisible characters (a zero-width space) is a text nobody translated.
    if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(clean)) return void this.add(path, this.w.missing);
    if (textLength(clean) > max) return void this.add(path, this.w.tooLong(max));
    const want = placeholders(ref);
    const got = placeholders(clean);
    for (const p of want) if (!got.has(p)) this.add(path, this.w.placeholder(p));
    for (const p of got) if (!want.has(p)) this.add(path, this.w.strayPlaceholder(p));
    return clean;
  }

  /** A copy of `value` in the shape of `ref`, each text cleaned; refusals are collected on the way. */
  walk(ref: unknown, value: unknown, path: string): unknown {
    if (typeof ref === "string") return this.text(ref, value, path);
    if (Array.isArray(ref)) {
      if (!Array.isArray(value)) return void this.add(path, value === undefined ? this.w.missing : this.w.notList);
      if (value.length > ref.length) this.add(path, this.w.tooMany(ref.length));
      return ref.map((r, i) => this.walk(r, value[i], `${path}[${i}]`));
    }
    if (!isObject(value)) return void this.add(path, value === undefined ? this.w.missing : this.w.notObject);
    const refObject = ref as Record<string, unknown>;
    for (const key of Object.keys(value)) if (!Object.hasOwn(refObject, key)) this.add(join(path, key), this.w.unknown);
    return Object.fromEntries(
      Object.keys(refObject).map((key) => [
        key,
        this.walk(refObject[key], Object.hasOwn(value, key) ? value[key] : undefined, join(path, key)),
      ]),
    );
  }
}

/** Checks a pack file's parsed JSON; the issues are said in `lang` (Indonesian unless asked). */
export function checkLanguagePack(
  input: unknown,
  lang: Lang = "id",
): { ok: true; pack: LanguagePack; keys: number } | { ok: false; issues: PackIssue[] } {
  const c = new Checker(WORDS[lang]);
  if (!isObject(input)) return { ok: false, issues: [{ path: "", message: c.w.notPack }] };
  for (const key of Object.keys(input)) if (!["code", "name", "texts"].includes(key)) c.add(key, c.w.unknown);
  const code = typeof input.code === "string" ? input.code.trim() : "";
  if (input.code === undefined) c.add("code", c.w.missing);
  else if (!CODE.test(code)) c.add("code", c.w.code);
  else if (SHIPPED.has(code)) c.add("code", c.w.shipped);
  const name = c.text("", input.name, "name", PACK_NAME_MAX);
  const body = c.walk(texts.id, input.texts, "texts");
  if (c.issues.length > 0) return { ok: false, issues: capped(c.issues, c.w) };
  return { ok: true, pack: { code, name: name!, texts: body as SurveyTexts }, keys: countTexts(texts.id) };
}

function capped(issues: PackIssue[], w: Words): PackIssue[] {
  if (issues.length <= ISSUES_MAX) return issues;
  return [...issues.slice(0, ISSUES_MAX), { path: "", message: w.more(issues.length - ISSUES_MAX) }];
}

/** How many texts a complete pack has: what a translator fills in. */
function countTexts(ref: unknown): number {
  if (typeof ref === "string") return 1;
  return Object.values(ref as object).reduce((n: number, v) => n + countTexts(v), 0);
}

/**
 * A stored pack's texts as the survey shows them. Read leniently: a key the pack lacks (one added to
 * the Indonesian pack after the pack was saved) or cannot use shows the Indonesian text.
 */
export function readPackTexts(body: string): SurveyTexts {
  let stored: unknown;
  try {
    stored = JSON.parse(body);
  } catch {
    stored = {};
  }
  return overlay(texts.id, stored) as SurveyTexts;
}

function overlay(ref: unknown, value: unknown): unknown {
  if (typeof ref === "string") return typeof value === "string" && value ? value : ref;
  if (Array.isArray(ref)) return ref.map((r, i) => overlay(r, Array.isArray(value) ? value[i] : undefined));
  const v = isObject(value) ? value : {};
  return Object.fromEntries(
    Object.entries(ref as object).map(([k, r]) => [k, overlay(r, Object.hasOwn(v, k) ? v[k] : undefined)]),
  );
}

/** The template a translator starts from: the Indonesian (or English) pack with an empty code and name. */
export function packTemplate(lang: Lang = "id") {
  return { code: "", name: "", texts: texts[lang] };
}
