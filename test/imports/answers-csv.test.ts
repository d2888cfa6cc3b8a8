import { describe, expect, it } from "vitest";
import { ANSWERS_HEADER, IMPORT_MAX_BYTES, parseAnswersFile } from "../../worker/imports/answers-csv";
import { readCsv } from "../../worker/imports/csv-read";
import { PROFILE_BANDS } from "../../worker/survey/instruments";

const ctx = { today: "2026-09-30", services: [{ id: "svc1", name: "Perizinan" }], bands: PROFILE_BANDS };
const HEADER = ANSWERS_HEADER.join(",");
const SKM = "4,4,3,3,2,4,4,3,4";
const NO_SKM = ",,,,,,,,";
const SPKP = "6,6,5,5,6,6,5,6";
const NO_SPKP = ",,,,,,,";
const SPAK = "6,6,6,5,6";
const NO_SPAK = ",,,,";
const line = (o: { date?: string; service?: string; skm?: string; spkp?: string; spak?: string; tail?: string } = {}) =>
  [
    o.date ?? "2026-09-01",
    o.service ?? "Perizinan",
    o.skm ?? SKM,
    o.spkp ?? SPKP,
    o.spak ?? SPAK,
    o.tail ?? "tidak,20-29,L,SMA,PNS,Cepat",
  ].join(",");
const file = (...lines: string[]) => new TextEncoder().encode(lines.join("\n"));
const parse = (bytes: Uint8Array) => parseAnswersFile(bytes, ctx);

describe("readCsv", () => {
  it.each([
    [
      "plain",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "CRLF and a trailing line end",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a lone CR",
      "a,b\r1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a byte order mark",
      "\uFEFFa,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "quotes, commas and line breaks inside",
      'a,b\n"x, ""y""","1\n2"',
      [
        ["a", "b"],
        ['x, "y"', "1\n2"],
      ],
    ],
    ["blank lines", "a\n\n\nb\n", [["a"], ["b"]]],
    ["an empty quoted field alone", 'a\n""', [["a"], [""]]],
    ["empty fields", ",,\n", [["", "", ""]]],
  ])("reads %s", (_label, text, expected) => {
    const r = readCsv(text);
    expect(r.ok && r.records.map((x) => x.fields)).toEqual(expected);
  });

  it("counts lines inside quoted fields", () => {
    const r = readCsv('a\n"1\n2"\nb');
    expect(r.ok && r.records.map((x) => x.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ["an open quote", 'a\n"never closed', 2],
    ["text after a closing quote", 'a\n"x"y', 2],
  ])("refuses %s with its line", (_label, text, line) => {
    expect(readCsv(text)).toMatchObject({ ok: false, line });
  });
});

describe("parseAnswersFile", () => {
  it("takes a file as a spreadsheet saves it: BOM, CRLF, quoted comment, labels for bands", () => {
    const text = `\uFEFF${HEADER}\r\n${line({ tail: 'ya,20-29,Perempuan,"SMA/SMK",PNS,"Ada ""calo"", di loket"' })}\r\n`;
    const r = parse(new TextEncoder().encode(text));
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      line: 2,
      localDate: "2026-09-01",
      serviceId: "svc1",
      steered: true,
      profile: { age: "20-29", gender: "P", education: "SMA", occupation: "PNS" },
      comment: 'Ada "calo", di loket',
    });
    expect(r.rows[0]!.answers).toHaveLength(22);
  });

  it("takes an instrument left out whole, an empty service and empty profile", () => {
    const r = parse(file(HEADER, line({ service: "", spkp: NO_SPKP, spak: NO_SPAK, tail: ",,,,," })));
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ serviceId: null, steered: null, profile: {}, comment: null });
    expect(r.rows[0]!.answers.map((a) => a.instrument)).toEqual(Array(9).fill("skm"));
  });

  it("takes the header in another order and case", () => {
    const cols = [...ANSWERS_HEADER].reverse();
    const values = line().split(",").reverse();
    const r = parse(file(cols.map((c) => c.toUpperCase()).join(","), values.join(",")));
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(1);
  });

  it.each([
    ["a missing column", file(HEADER.replace(",U9", ""), line()), 1, /header must be .*missing U9/],
    ["an unknown column", file(`${HEADER},nik`, line()), 1, /unknown or repeated "nik"/],
    ["a repeated column", file(HEADER.replace("U9", "U8"), line()), 1, /missing U9.*repeated "U8"/],
    ["an empty file", file(""), 1, /empty/],
    ["a header alone", file(HEADER), 1, /no answers below/],
    ["a short line", file(HEADER, "2026-09-01,Perizinan,4"), 2, /3 fields where the header has 30/],
    [
      "a value out of range",
      file(HEADER, line({ skm: SKM.replace(/^4/, "5") })),
      2,
      /^U1: "5" is not a whole number from 1 to 4/,
    ],
    ["zero", file(HEADER, line({ spak: "0,6,6,6,6" })), 2, /^A1: "0" is not a whole number from 1 to 6/],
    ["a decimal", file(HEADER, line({ spkp: "5.5,6,5,5,6,6,5,6" })), 2, /^P1: "5.5"/],
    ["a formula", file(HEADER, line({ spkp: "=1+1,6,5,5,6,6,5,6" })), 2, /^P1: "=1\+1"/],
    ["a half-filled instrument", file(HEADER, line({ spkp: "6,6,,,,,," })), 2, /^P3: empty while other items of SPKP/],
    ["no answers at all", file(HEADER, line({ skm: NO_SKM, spkp: NO_SPKP, spak: NO_SPAK })), 2, /^no answers/],
    ["a future date", file(HEADER, line({ date: "2026-10-01" })), 2, /after today \(2026-09-30\)/],
    ["a date before 2017", file(HEADER, line({ date: "2016-12-31" })), 2, /before 2017-01-01/],
    ["a date that does not exist", file(HEADER, line({ date: "2026-02-30" })), 2, /not a date written YYYY-MM-DD/],
    ["a date as 01/09/2026", file(HEADER, line({ date: "01/09/2026" })), 2, /not a date/],
    [
      "an unknown service",
      file(HEADER, line({ service: "Paspor" })),
      2,
      /"Paspor" is not a service of this unit \(Perizinan/,
    ],
    ["steered as yes", file(HEADER, line({ tail: "yes,,,,," })), 2, /steered: "yes" must be ya, tidak or empty/],
    ["an unknown band", file(HEADER, line({ tail: ",17,,,," })), 2, /^age: "17" is not one of <20/],
    ["a comment too long", file(HEADER, line({ tail: `,,,,,${"x".repeat(2001)}` })), 2, /comment: longer than 2000/],
    ["an open quote", file(HEADER, line({ tail: ',,,,,"never' })), 2, /never closed/],
    ["bytes that are not UTF-8", new Uint8Array([0xff, 0xfe, 0x41]), 0, /not UTF-8/],
  ])("refuses %s, naming the line", (_label, bytes, lineNo, message) => {
    const r = parse(bytes);
    expect(r.rows.length === 0 || r.errors.length > 0).toBe(true);
    expect(r.errors[0]).toMatchObject({ line: lineNo, message: expect.stringMatching(message) });
  });

  it("lists every problem of every line, the good lines' rows aside", () => {
    const r = parse(file(HEADER, line(), line({ skm: SKM.replace(/^4/, "9"), date: "2099-01-01" }), line()));
    expect(r.errors.map((e) => e.line)).toEqual([3, 3]);
  });

  it("lists the first hundred problems of a file wrong throughout, and how many more", () => {
    const bad = line({ skm: SKM.replace(/^4/, "9") });
    const r = parse(file(HEADER, ...Array(150).fill(bad)));
    expect(r.errors).toHaveLength(101);
    expect(r.errors[100]).toEqual({ line: 0, message: "and 50 more problems not listed" });
  });

  it("refuses a 10 MB file by its size without reading it, and too many lines", () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x41);
    expect(parse(big).errors).toEqual([{ line: 0, message: expect.stringMatching(/larger than 4 MB/) }]);
    expect(IMPORT_MAX_BYTES).toBeLessThan(big.length);
    const many = parse(file(HEADER, ...Array(10_001).fill(line())));
    expect(many.errors[0]!.message).toMatch(/10001 lines: at most 10000/);
    expect(many.rows).toEqual([]);
  });
});
