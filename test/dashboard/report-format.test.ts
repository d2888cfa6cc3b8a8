import { describe, expect, it } from "vitest";
import { bandLabel, idDate, idNumber, idPeriod, idPeriodShort, quarterWords } from "../../web/report-format";

describe("the laporan SKM's Indonesian formats", () => {
  it.each([
    [88.3125, 2, "88,31"],
    [88.305, 2, "88,31"],
    [88.3049, 2, "88,30"],
    [3.6055, 2, "3,61"],
    [1000, 0, "1.000"],
    [1234567.891, 2, "1.234.567,89"],
    [0.27777, 4, "0,2778"],
    [-1.5, 2, "−1,50"],
    [-0.001, 2, "0,00"],
  ])("idNumber(%s, %s) = %s", (v, d, out) => expect(idNumber(v, d)).toBe(out));

  it.each([
    ["2026", "Tahun 2026", "2026"],
    ["2026-S1", "Semester I 2026", "Smt I 2026"],
    ["2026-Q3", "Triwulan III 2026", "TW III 2026"],
    ["2026-07", "Juli 2026", "Jul 2026"],
    ["2026-07-15..2026-08-15", "15 Juli 2026 s.d. 15 Agustus 2026", "15 Juli 2026"],
  ])("period %s in words: %s (axis: %s)", (label, words, short) => {
    expect(idPeriod(label)).toBe(words);
    expect(idPeriodShort(label)).toBe(short);
  });

  it("writes dates and quarters in words", () => {
    expect(idDate("2026-12-01")).toBe("1 Desember 2026");
    expect(idDate("2026-13-01")).toBe("2026-13-01");
    expect([1, 2, 3, 4, 0, null].map(quarterWords)).toEqual(["TW I", "TW II", "TW III", "TW IV", null, null]);
  });

  it("labels the built-in profile codes and shows an organization's own bands as written", () => {
    expect(bandLabel("gender", "L")).toBe("Laki-laki");
    expect(bandLabel("occupation", "SWASTA")).toBe("Pegawai swasta");
    expect(bandLabel("education", "D4-S1")).toBe("D4/S1");
    expect(bandLabel("occupation", "Petani")).toBe("Petani");
    expect(bandLabel("hobby", "x")).toBe("x");
  });
});
