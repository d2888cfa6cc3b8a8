import { describe, expect, it } from "vitest";
import { capaianPoints, roundHalfUp2, worksheet, type WorksheetInput } from "../../worker/scoring/worksheet";

const row = (index4: number | null, n = 400) => ({ n, index4 });
const input = (o: Partial<WorksheetInput>): WorksheetInput => ({
  ipak: row(3.61),
  ipkp: row(3.25),
  capaian: "B",
  minRespondents: 30,
  ...o,
});

describe("ZI worksheet (komponen hasil)", () => {
  it.each([
    [3.5951, 3.6],
    [3.595, 3.6],
    [3.5949, 3.59],
    [3.205, 3.21],
    [3.1949999, 3.19],
    [4, 4],
    [0, 0],
    [1.005, 1.01],
    // What the indices compute for answers whose exact index4 is 3.595 (item mean 5.325, linear or ratio).
    [0.6 * 5.325 + 0.4, 3.6],
    [(4 / 6) * 5.3925, 3.6],
    [3.5949999999, 3.59],
  ])("rounds index4 %s half up to %s", (x, want) => expect(roundHalfUp2(x)).toBe(want));

  it.each([
    ["A", 5],
    ["B", 3.75],
    ["C", 2.5],
    ["D", 1.25],
    ["E", 0],
  ] as const)("capaian kinerja %s is %s points of 5", (grade, points) => expect(capaianPoints(grade)).toBe(points));

  it("reproduces contract.md's example by hand: 3.61 → 15.79, 3.25 → 14.22, B → 3.75, 19.54, 33.76", () => {
    const w = worksheet(input({}));
    expect(w.ipak).toEqual({ n: 400, index4: 3.61, lke: 15.79 }); // 17.5 × 3.61 / 4 = 15.79375
    expect(w.ipkp).toEqual({ n: 400, index4: 3.25, lke: 14.22 }); // 17.5 × 3.25 / 4 = 14.21875
    expect(w.capaianKinerja).toEqual({ grade: "B", points: 3.75 });
    expect(w.bersihAkuntabel).toBe(19.54);
    expect(w.hasil).toBe(33.76);
    expect(w.wbk).toEqual({ verdict: "meets", failing: [] });
    expect(w.wbbm).toEqual({ verdict: "does_not_meet", failing: ["ipkp"] });
  });

  it("rounds before comparing: 3.5951 is entered as 3.60 and meets 3.6; 3.5949 does not", () => {
    expect(worksheet(input({ ipak: row(3.5951), ipkp: row(3.6) })).wbbm.failing).toEqual([]);
    expect(worksheet(input({ ipak: row(3.5951) })).ipak).toEqual({ n: 400, index4: 3.6, lke: 15.75 });
    expect(worksheet(input({ ipak: row(3.5949) })).wbk).toEqual({ verdict: "does_not_meet", failing: ["ipak"] });
  });

  it.each([
    // [ipak, ipkp, capaian, wbk, wbk failing, wbbm, wbbm failing]
    [3.6, 3.2, "C", "meets", [], "does_not_meet", ["ipkp", "capaian", "bersihAkuntabel"]], // bersih 15.75 + 2.5 = 18.25: exactly WBK's line
    [3.6, 3.6, "B", "meets", [], "meets", []], // bersih 15.75 + 3.75 = 19.50: exactly WBBM's line
    [3.6, 3.19, "A", "does_not_meet", ["ipkp"], "does_not_meet", ["ipkp"]],
    [3.59, 3.6, "A", "does_not_meet", ["ipak"], "does_not_meet", ["ipak"]], // bersih 15.71 + 5 = 20.71 still passes
    [3.6, 3.6, "D", "does_not_meet", ["capaian", "bersihAkuntabel"], "does_not_meet", ["capaian", "bersihAkuntabel"]], // 15.75 + 1.25 = 17.00
    [3.66, 3.3, "C", "meets", [], "does_not_meet", ["ipkp", "capaian", "bersihAkuntabel"]], // 16.01 + 2.5 = 18.51 < 19.5
  ] as const)(
    "ipak %s, ipkp %s, capaian %s: WBK %s %j, WBBM %s %j",
    (ipak, ipkp, capaian, wbk, wbkFailing, wbbm, wbbmFailing) => {
      const w = worksheet(input({ ipak: row(ipak), ipkp: row(ipkp), capaian }));
      expect(w.wbk).toEqual({ verdict: wbk, failing: wbkFailing });
      expect(w.wbbm).toEqual({ verdict: wbbm, failing: wbbmFailing });
    },
  );

  it("says insufficient data below the minimum n, never 'does not meet', and leaves the sums empty", () => {
    const w = worksheet(input({ ipak: row(2.1, 29) }));
    expect(w.ipak).toEqual({ n: 29, index4: null, lke: null });
    expect(w.bersihAkuntabel).toBeNull();
    expect(w.hasil).toBeNull();
    expect(w.wbk.verdict).toBe("insufficient_data");
    expect(w.wbbm.verdict).toBe("insufficient_data");
    expect(worksheet(input({ ipkp: null })).wbk.verdict).toBe("insufficient_data");
  });

  it("says not entered while capaian kinerja is missing, and still shows the indices' LKE values", () => {
    const w = worksheet(input({ capaian: null }));
    expect(w.capaianKinerja).toBeNull();
    expect(w.ipak.lke).toBe(15.79);
    expect(w.bersihAkuntabel).toBeNull();
    expect(w.wbk).toEqual({ verdict: "not_entered", failing: [] });
    // A row that falls short is still named while another is not entered.
    expect(worksheet(input({ capaian: null, ipkp: row(3.0) })).wbk).toEqual({
      verdict: "not_entered",
      failing: ["ipkp"],
    });
  });
});
