import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildXlsx, columnLetters, sheetNames, type XlsxSheet } from "../../worker/export/xlsx";
import { xlsxStream } from "../../worker/export/xlsx-stream";

const REQUIRED_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
];

function unzipText(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

const isXmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
const isNameChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_:.-]/.test(ch);
const REFERENCES = new Set(["amp", "lt", "gt", "quot", "apos"]);

/**
 * A strict scanner for the XML subset we emit (declaration, elements, attributes, text, references):
 * balanced tags, one root, unique attributes, quoted values, only known references, only XML 1.0 chars.
 * Node has no DOMParser and the project takes no XML dependency, so well-formedness is checked here.
 */
class WellFormed {
  private i = 0;
  private roots = 0;
  private readonly open: string[] = [];

  constructor(private readonly xml: string) {}

  check(): void {
    if (this.xml.startsWith("<?xml ")) {
      const end = this.xml.indexOf("?>");
      this.i = end < 0 ? this.fail("unclosed declaration") : end + 2;
    }
    while (this.i < this.xml.length) {
      if (this.xml[this.i] !== "<") this.text();
      else if (this.xml[this.i + 1] === "/") this.closeTag();
      else this.openTag();
    }
    if (this.open.length > 0 || this.roots !== 1) this.fail(`unclosed <${this.open.join("><")}> or no root`);
  }

  private fail(why: string): never {
    throw new Error(`not well-formed (${why}) at ${this.i}: ${JSON.stringify(this.xml.slice(this.i, this.i + 40))}`);
  }

  private name(): string {
    const start = this.i;
    while (isNameChar(this.xml[this.i])) this.i++;
    if (this.i === start || /[0-9.-]/.test(this.xml[start]!)) this.fail("bad name");
    return this.xml.slice(start, this.i);
  }

  private skipSpace(): boolean {
    const start = this.i;
    while (" \t\r\n".includes(this.xml[this.i] ?? "x")) this.i++;
    return this.i > start;
  }

  private characters(text: string, quote: string): void {
    for (const ch of text)
      if (!isXmlChar(ch.codePointAt(0)!)) this.fail(`illegal char U+${ch.codePointAt(0)!.toString(16)}`);
    if (text.includes("<") || (quote && text.includes(quote))) this.fail("raw markup character");
    for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", amp + 1)) {
      const ref = text.slice(amp + 1, text.indexOf(";", amp));
      if (!REFERENCES.has(ref) && !/^#([0-9]+|x[0-9A-Fa-f]+)$/.test(ref)) this.fail(`bad reference &${ref}`);
    }
  }

  private text(): void {
    const next = this.xml.indexOf("<", this.i);
    const end = next < 0 ? this.xml.length : next;
    const text = this.xml.slice(this.i, end);
    if (this.open.length === 0 && text.trim() !== "") this.fail("text outside the root");
    this.characters(text, "");
    this.i = end;
  }

  private closeTag(): void {
    this.i += 2;
    const name = this.name();
    this.skipSpace();
    if (this.xml[this.i++] !== ">" || this.open.pop() !== name) this.fail(`unmatched </${name}>`);
  }

  private openTag(): void {
    this.i++;
    const tag = this.name();
    const seen = new Set<string>();
    while (this.skipSpace() && isNameChar(this.xml[this.i])) {
      const attribute = this.name();
      if (seen.has(attribute)) this.fail(`duplicate attribute ${attribute}`);
      seen.add(attribute);
      if (this.xml[this.i++] !== "=" || this.xml[this.i++] !== '"') this.fail("attribute without a quoted value");
      const end = this.xml.indexOf('"', this.i);
      this.characters(this.xml.slice(this.i, end), '"');
      this.i = end + 1;
    }
    if (this.open.length === 0 && ++this.roots > 1) this.fail("second root");
    if (this.xml.startsWith("/>", this.i)) this.i += 2;
    else if (this.xml[this.i++] === ">") this.open.push(tag);
    else this.fail(`unterminated <${tag}>`);
  }
}

const assertWellFormed = (xml: string) => new WellFormed(xml).check();

const SURVEY: XlsxSheet[] = [
  {
    name: "Rekap IKM",
    columns: [24, 0, 8.5],
    rows: [
      ["Unit", "Nilai", "Lulus"],
      ["=SUM(A1:A9)", 3.25, true],
      [`<b>&'"</b>`, -1.5, false],
      ["a\u0001b\u0000c\uFFFE\uD800", null, undefined, "Sangat puas 😊"],
      ["baris1\r\nbaris2\rbaris3", Number.NaN, Infinity, "_x0041_"],
    ],
  },
  { name: "Jawaban", rows: [["no"], [1]] },
];

describe("buildXlsx: the package", () => {
  const parts = unzipText(buildXlsx(SURVEY));

  it("holds every required part and one worksheet per sheet", () => {
    expect(Object.keys(parts).sort()).toEqual(
      [...REQUIRED_PARTS, "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"].sort(),
    );
  });

  it("declares the workbook, styles and each sheet in [Content_Types].xml and the relationships", () => {
    const types = parts["[Content_Types].xml"]!;
    const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    expect(types).toContain(`PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"`);
    expect(types).toContain(`PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"`);
    for (const n of [1, 2])
      expect(types).toContain(`PartName="/xl/worksheets/sheet${n}.xml" ContentType="${ct}.worksheet+xml"`);
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    expect(parts["_rels/.rels"]).toContain(`Type="${rel}/officeDocument" Target="xl/workbook.xml"`);
    expect(parts["xl/_rels/workbook.xml.rels"]).toContain(
      `Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"`,
    );
    expect(parts["xl/_rels/workbook.xml.rels"]).toContain(`Id="rId3" Type="${rel}/styles" Target="styles.xml"`);
  });

  it("is well-formed XML in every part", () => {
    for (const [path, xml] of Object.entries(parts)) expect(() => assertWellFormed(xml), path).not.toThrow();
  });

  it("is a pure function of its input", () => {
    expect(buildXlsx(SURVEY)).toEqual(buildXlsx(SURVEY));
  });

  it("refuses an empty workbook, which Excel cannot open", () => {
    expect(() => buildXlsx([])).toThrow(RangeError);
  });
});

describe("buildXlsx: cells", () => {
  const sheet = unzipText(buildXlsx(SURVEY))["xl/worksheets/sheet1.xml"]!;

  it("writes numbers as values and booleans as t=b", () => {
    expect(sheet).toContain('<c r="B2"><v>3.25</v></c><c r="C2" t="b"><v>1</v></c>');
    expect(sheet).toContain('<c r="B3"><v>-1.5</v></c><c r="C3" t="b"><v>0</v></c>');
  });

  it("keeps a string starting with = as an inline string, never a formula", () => {
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">=SUM(A1:A9)</t></is></c>');
    expect(sheet).not.toContain("<f>");
  });

  it("escapes XML specials and drops characters XML 1.0 forbids", () => {
    expect(sheet).toContain(">&lt;b&gt;&amp;&apos;&quot;&lt;/b&gt;<");
    expect(sheet).toContain(
      '<c r="A4" t="inlineStr"><is><t xml:space="preserve">abc</t></is></c><c r="D4" t="inlineStr">',
    );
    expect(sheet).toContain(">Sangat puas 😊<");
  });

  it("omits empty and non-finite cells, uses LF line breaks and escapes a literal _xHHHH_", () => {
    expect(sheet).not.toMatch(/r="(B4|C4|B5|C5)"/);
    expect(sheet).toContain(">baris1\nbaris2\nbaris3<");
    expect(sheet).toContain(">_x005F_x0041_<");
  });

  it("makes the header bold and frozen, and sets only the given column widths", () => {
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(sheet).not.toContain('r="A2" s="1"');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="24" customWidth="1"/><col min="3" max="3" width="8.5" customWidth="1"/></cols>',
    );
    const styles = unzipText(buildXlsx(SURVEY))["xl/styles.xml"]!;
    expect(styles).toContain("<font><b/>");
    expect(styles).toContain('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>');
  });

  it("names columns past Z with two and three letters", () => {
    expect([1, 26, 27, 28, 52, 53, 702, 703, 16_384].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    const wide = unzipText(buildXlsx([{ name: "Lebar", rows: [Array.from({ length: 28 }, (_, i) => i)] }]))[
      "xl/worksheets/sheet1.xml"
    ]!;
    expect(wide).toContain('<c r="AA1" s="1"><v>26</v></c><c r="AB1" s="1"><v>27</v></c></row>');
  });
});

describe("sheet names", () => {
  it("are sanitised, at most 31 characters, unique and kept in order in workbook.xml", () => {
    const requested = [
      "Rekap: Jan/Feb [IKM] Unit Pelayanan Terpadu Satu Pintu",
      "Data",
      "DATA",
      "History",
      "",
      "'Kutip'",
      "A&B <x>",
    ];
    const workbook = unzipText(buildXlsx(requested.map((name) => ({ name, rows: [] }))))["xl/workbook.xml"]!;
    const listed = [...workbook.matchAll(/<sheet name="([^"]*)" sheetId="(\d+)"/g)].map((m) => m[1]);
    expect(listed).toEqual([
      "Rekap_ Jan_Feb _IKM_ Unit Pelay",
      "Data",
      "DATA (2)",
      "History (2)",
      "Sheet5",
      "Kutip",
      "A&amp;B &lt;x&gt;",
    ]);
    for (const name of sheetNames(requested)) expect(name.length).toBeLessThanOrEqual(31);
  });

  it("stay within 31 characters when a long duplicate gets its suffix", () => {
    const long = "Indeks Kepuasan Masyarakat Triwulan I";
    expect(sheetNames([long, long])).toEqual(["Indeks Kepuasan Masyarakat Triw", "Indeks Kepuasan Masyarakat (2)"]);
  });
});

const MALFORMED = [
  "<a><b></a></b>",
  "<a>&nbsp;</a>",
  '<a x="1" x="2"/>',
  "<a>\u0001</a>",
  "<a/><b/>",
  "<a>1 < 2</a>",
  "<a x=1/>",
  "<a>",
  "text<a/>",
];

describe("the well-formedness check itself", () => {
  it.each(MALFORMED)("rejects %j", (xml) => {
    expect(() => assertWellFormed(xml)).toThrow(/not well-formed/);
  });
});

describe("xlsxStream: the same workbook, streamed", () => {
  const collect = async (stream: ReadableStream<Uint8Array>) =>
    new Uint8Array(await new Response(stream).arrayBuffer());
  async function* slowly<T>(rows: readonly T[]) {
    for (const r of rows) {
      await Promise.resolve();
      yield r;
    }
  }

  it("unzips to exactly the parts buildXlsx writes, from sync and async row sources", async () => {
    const streamed = unzipText(
      await collect(xlsxStream(SURVEY.map((s, i) => ({ ...s, rows: i === 0 ? slowly(s.rows) : s.rows })))),
    );
    expect(streamed).toEqual(unzipText(buildXlsx(SURVEY)));
  });

  it("streams many rows in chunks, pulling rows only as the reader reads", async () => {
    let pulled = 0;
    function* rows() {
      yield ["no", "teks"];
      for (let i = 1; i <= 30_000; i++) {
        pulled++;
        yield [i, `baris ${i} <&>`];
      }
    }
    const reader = xlsxStream([{ name: "Besar", rows: rows() }]).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(pulled).toBeLessThan(30_000);
    const chunks = [first.value!];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(chunks.length).toBeGreaterThan(2);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const sheet = unzipText(bytes)["xl/worksheets/sheet1.xml"]!;
    expect(() => assertWellFormed(sheet)).not.toThrow();
    expect(sheet).toContain('<row r="30001"><c r="A30001"><v>30000</v></c>');
    expect(sheet).toContain("baris 30000 &lt;&amp;&gt;");
  });

  it("closes its row source when the reader cancels", async () => {
    let closed = false;
    let pulled = 0;
    async function* rows() {
      try {
        for (; ; pulled++) yield [pulled, "x".repeat(100)];
      } finally {
        closed = true;
      }
    }
    const reader = xlsxStream([{ name: "Tanpa akhir", rows: rows() }]).getReader();
    while (pulled === 0) await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
  });
});
