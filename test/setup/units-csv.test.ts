import { describe, expect, it } from "vitest";
import { parseCsv } from "../../worker/setup/csv";
import { MAX_CSV_ROWS, readUnitsCsv } from "../../worker/setup/units-csv";
import { planUnitImport, type ExistingUnit } from "../../worker/setup/units-plan";

const HEADER = "code,name,parent_code,population,services";

describe("parseCsv", () => {
  it.each([
    [
      "plain",
      "a,b\nc,d",
      [
        [1, ["a", "b"]],
        [2, ["c", "d"]],
      ],
    ],
    [
      "CRLF and a final line end",
      "a,b\r\nc,d\r\n",
      [
        [1, ["a", "b"]],
        [2, ["c", "d"]],
      ],
    ],
    [
      "lone CR",
      "a\rb",
      [
        [1, ["a"]],
        [2, ["b"]],
      ],
    ],
    ["BOM", "\uFEFFa,b", [[1, ["a", "b"]]]],
    ["quotes, commas and doubled quotes", 'a,"b, ""c"""', [[1, ["a", 'b, "c"']]]],
    [
      "a line break inside quotes keeps the line count",
      'a,"x\ny"\nb,c',
      [
        [1, ["a", "x\ny"]],
        [3, ["b", "c"]],
      ],
    ],
    ["empty fields", ",,", [[1, ["", "", ""]]]],
    ["a quote in the middle is data", 'a"b,c', [[1, ['a"b', "c"]]]],
  ])("%s", (_label, text, expected) => {
    const r = parseCsv(text);
    expect(r).toEqual({ ok: true, records: expected.map(([line, fields]) => ({ line, fields })) });
  });

  it("refuses a quote never closed, naming the line it opened on", () => {
    expect(parseCsv('a,b\nc,"d\ne')).toEqual({ ok: false, line: 2 });
  });
});

const lines = (...rows: string[]) => [HEADER, ...rows].join("\n");
const firstError = (text: string) => readUnitsCsv(text).errors[0];

describe("readUnitsCsv", () => {
  it("reads rows: codes lowercased, names cleaned, Indonesian thousands, services split and deduplicated", () => {
    const r = readUnitsCsv(
      `\uFEFF${HEADER}\r\nKPP-001 , KPP  Pratama\u202E Satu ,DJP,12.000, Pendaftaran ; Konsultasi;;Pendaftaran\r\n\r\n,,,,\r\ndjp,DJP,,,\r\n`,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        line: 2,
        code: "kpp-001",
        name: "KPP Pratama Satu",
        parentCode: "djp",
        population: 12000,
        services: ["Pendaftaran", "Konsultasi"],
      },
      { line: 5, code: "djp", name: "DJP", parentCode: null, population: null, services: [] },
    ]);
  });

  it("keeps formula-looking names as data", () => {
    const r = readUnitsCsv(lines('u1,"=HYPERLINK(""http://x"",""y"")",,,@SUM(A1)'));
    expect(r.rows[0]).toMatchObject({ name: '=HYPERLINK("http://x","y")', services: ["@SUM(A1)"] });
  });

  it.each([
    ["an empty file", "", 1, "empty"],
    ["only blank lines", "\n\n", 1, "empty"],
    ["a header and nothing else", HEADER, 1, "empty"],
    ["a wrong header", "kode,nama\nx,y", 1, "header"],
    ["too many columns", lines("u1,A,,,,extra"), 2, "Expected 5 columns, found 6"],
    ["too few columns", lines("u1,A"), 2, "Expected 5 columns, found 2"],
    ["a bad code", lines("a b,A,,,"), 2, 'Code "a b"'],
    ["a one-letter code", lines("a,A,,,"), 2, 'Code "a"'],
    ["no name", lines("u1, ,,,"), 2, "name is required"],
    ["a name too long", lines(`u1,${"n".repeat(201)},,,`), 2, "name is required"],
    ["a bad parent code", lines("u1,A,../x,,"), 2, 'Parent code "../x"'],
    ["a negative population", lines("u1,A,,-5,"), 2, 'Population "-5"'],
    ["a decimal population", lines("u1,A,,1.5,"), 2, 'Population "1.5"'],
    ["a population of zero", lines("u1,A,,0,"), 2, 'Population "0"'],
    ["a huge population", lines(`u1,A,,${"9".repeat(12)},`), 2, "Population"],
    ["a service name too long", lines(`u1,A,,,${"s".repeat(101)}`), 2, "service name"],
    ["a code twice", lines("u1,A,,,", "U1,B,,,"), 3, "already on line 2"],
    ["an unclosed quote", lines('u1,"A,,,'), 2, "quote"],
  ])("refuses %s", (_label, text, line, words) => {
    const e = firstError(text)!;
    expect(e.line).toBe(line);
    expect(e.message.en.toLowerCase()).toContain(words.toLowerCase());
    expect(e.message.id.length).toBeGreaterThan(0);
  });

  it("refuses a file over 1 MB and more rows than the cap, reading nothing", () => {
    expect(firstError(lines(`u1,${"x".repeat(1024 * 1024)},,,`))!.message.en).toContain("1 MB");
    const many = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `u${i},N,,,`);
    expect(readUnitsCsv(lines(...many))).toEqual({ rows: [], errors: [{ line: 1, message: expect.anything() }] });
  });

  it("collects every line's error in one pass", () => {
    const r = readUnitsCsv(lines("u1,A,,x,", "u2,B,,,", "!,C,,,"));
    expect(r.errors.map((e) => e.line)).toEqual([2, 4]);
    expect(r.rows.map((x) => x.code)).toEqual(["u2"]);
  });
});

const stored = (
  code: string,
  id: string,
  parentId: string | null,
  extra: Partial<ExistingUnit> = {},
): ExistingUnit => ({
  id,
  code,
  name: code.toUpperCase(),
  parentId,
  population: 100,
  deactivated: false,
  ...extra,
});

function plan(csvRows: string[], existing: ExistingUnit[] = [], o: { scope?: string; elsewhere?: string[] } = {}) {
  let n = 0;
  const r = readUnitsCsv(lines(...csvRows));
  expect(r.errors).toEqual([]);
  return planUnitImport({
    rows: r.rows,
    existing,
    takenElsewhere: new Set(o.elsewhere ?? []),
    servicesOf: (id) => new Set(id === "R" ? ["Konsultasi"] : []),
    scopeRootId: o.scope ?? null,
    newId: () => `new${++n}`,
  });
}

describe("planUnitImport", () => {
  it("resolves parents later in the file, earlier in the file and stored; marks creates, updates and unchanged", () => {
    const p = plan(
      ["kpp-1,KPP 1,kanwil,,Konsultasi", "kanwil,Kanwil,root,,", "root,ROOT,,,Konsultasi;Pendaftaran", "old,OLD,,,"],
      [stored("root", "R", null), stored("old", "O", null)],
    );
    expect(p.errors).toEqual([]);
    expect(p.units.map((u) => [u.code, u.kind, u.parentId, u.services])).toEqual([
      ["kpp-1", "create", "new2", ["Konsultasi"]],
      ["kanwil", "create", "R", []],
      ["root", "update", null, ["Pendaftaran"]],
      ["old", "unchanged", null, []],
    ]);
    // An empty population cell keeps the stored figure.
    expect(p.units[3]!.population).toBe(100);
  });

  it.each([
    ["a unit as its own parent", ["a1,A,a1,,"], [], {}, 2, "own parent"],
    ["a two-unit cycle in the file", ["a1,A,b1,,", "b1,B,a1,,"], [], {}, 2, "cycle"],
    [
      "a stored unit moved under its own child",
      ["root,ROOT,kid,,"],
      [stored("root", "R", null), stored("kid", "K", "R")],
      {},
      2,
      "cycle",
    ],
    ["an unknown parent", ["a1,A,nope,,"], [], {}, 2, "neither in the file"],
    ["a deactivated parent", ["a1,A,gone,,"], [stored("gone", "G", null, { deactivated: true })], {}, 2, "deactivated"],
    [
      "a deactivated unit's code",
      ["gone,G,,,"],
      [stored("gone", "G", null, { deactivated: true })],
      {},
      2,
      "deactivated",
    ],
    ["a code of another organization", ["theirs,T,,,"], [], { elsewhere: ["theirs"] }, 2, "another organization"],
    ["a manager's new unit at the top", ["a1,A,,,"], [stored("mine", "M", null)], { scope: "M" }, 2, "under your unit"],
    [
      "a manager's unit under a unit outside",
      ["a1,A,other,,"],
      [stored("mine", "M", null), stored("other", "X", null)],
      { scope: "M" },
      2,
      "outside",
    ],
    [
      "a manager's update of a unit outside",
      ["other,X,,,"],
      [stored("mine", "M", null), stored("other", "X", null)],
      { scope: "M" },
      2,
      "outside",
    ],
    [
      "a manager moving their own unit",
      ["mine,Mine,other,,"],
      [stored("mine", "M", null), stored("other", "X", null)],
      { scope: "M" },
      2,
      "parent cannot change",
    ],
  ])("refuses %s", (_label, rows, existing, o, line, words) => {
    const p = plan(rows, existing, o);
    expect(p.errors[0]!.line).toBe(line);
    expect(p.errors[0]!.message.en).toContain(words);
  });

  it("lets a manager add and update inside their subtree, keeping their own unit's parent", () => {
    const existing = [stored("top", "T", null), stored("mine", "M", "T"), stored("kid", "K", "M")];
    const p = plan(["mine,Mine renamed,top,,", "kid,Kid,mine,5,", "new-1,New,kid,,"], existing, { scope: "M" });
    expect(p.errors).toEqual([]);
    expect(p.units.map((u) => u.kind)).toEqual(["update", "update", "create"]);
  });

  it("plans 600 rows in one pass", () => {
    const rows = ["djp,DJP,,,"];
    for (let k = 0; k < 30; k++) {
      rows.push(`kanwil-${k},Kanwil ${k},djp,,`);
      for (let j = 0; j < 19; j++) rows.push(`kpp-${k}-${j},KPP ${k} ${j},kanwil-${k},1000,Pendaftaran`);
    }
    const p = plan(rows);
    expect(p.errors).toEqual([]);
    expect(p.units.filter((u) => u.kind === "create")).toHaveLength(601);
  });
});
