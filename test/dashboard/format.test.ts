import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent, formatPeriod } from "../../web/format";
import { localTime } from "../../web/local-time";

describe("numbers, dates and periods in the page's language", () => {
  it.each([
    [88.3125, 2, "88,31", "88.31"],
    [88.305, 2, "88,31", "88.31"],
    [3.4249, 2, "3,42", "3.42"],
    [1250, 0, "1.250", "1,250"],
    [1234567.891, 2, "1.234.567,89", "1,234,567.89"],
    [-1.5, 2, "−1,50", "−1.50"],
    [-0.001, 2, "0,00", "0.00"],
  ])("%s (%s digits): id %s, en %s", (v, d, id, en) => {
    expect(formatNumber(v, "id", d)).toBe(id);
    expect(formatNumber(v, "en", d)).toBe(en);
  });

  it("writes shares, dates and periods", () => {
    expect(formatPercent(0.375, "id")).toBe("37,5%");
    expect(formatPercent(0.375, "en")).toBe("37.5%");
    expect(formatDate("2026-12-01", "id")).toBe("1 Des 2026");
    expect(formatDate("2026-12-01", "en")).toBe("1 Dec 2026");
    expect(formatDate("2026-13-01", "id")).toBe("2026-13-01");
    expect(formatDate("<b>", "en")).toBe("<b>");
    expect(
      ["2026", "2026-S1", "2026-Q3", "2026-08", "2026-01-05..2026-02-01", "2026-Q9"].map((l) => formatPeriod(l, "id")),
    ).toEqual(["2026", "Smt I 2026", "TW III 2026", "Agu 2026", "5 Jan 2026 – 1 Feb 2026", "2026-Q9"]);
    expect(["2026-S2", "2026-Q3", "2026-08"].map((l) => formatPeriod(l, "en"))).toEqual([
      "H2 2026",
      "Q3 2026",
      "Aug 2026",
    ]);
  });

  it("shares its month names with the audit log's times", () => {
    expect(localTime(Date.UTC(2026, 11, 1, 2, 5) / 1000, "Asia/Makassar", "id")).toBe("1 Des 2026 10.05 WITA");
    expect(localTime(Date.UTC(2026, 11, 1, 2, 5) / 1000, "Asia/Makassar", "en")).toBe("1 Dec 2026 10:05 WITA");
  });
});
