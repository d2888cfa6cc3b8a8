import { describe, expect, it } from "vitest";
import {
  bucketsOf,
  checkDateRange,
  checkPeriodLabel,
  dateRange,
  MAX_PERIOD_MONTHS,
  MAX_RANGE_YEARS,
  parsePeriodLabel,
  PERIOD_MAX_YEAR,
  PERIOD_MIN_YEAR,
  previousPeriod,
} from "../../worker/indices/period";

describe("periods", () => {
  it.each([
    ["2026", "2026-01-01", "2026-12-31", 365],
    ["2028", "2028-01-01", "2028-12-31", 366],
    ["2026-S1", "2026-01-01", "2026-06-30", 181],
    ["2026-S2", "2026-07-01", "2026-12-31", 184],
    ["2026-Q1", "2026-01-01", "2026-03-31", 90],
    ["2026-Q3", "2026-07-01", "2026-09-30", 92],
    ["2028-02", "2028-02-01", "2028-02-29", 29],
    ["2026-12", "2026-12-01", "2026-12-31", 31],
  ])("%s is %s..%s (%d days)", (label, from, to, days) => {
    expect(parsePeriodLabel(label)).toMatchObject({ from, to, label, days });
  });

  it("refuses labels and ranges it cannot read", () => {
    for (const bad of ["26", "2026-Q5", "2026-S3", "2026-13", "2026-7", "2026-q1", "x"])
      expect(parsePeriodLabel(bad), bad).toBeNull();
    expect(dateRange("2026-02-01", "2026-01-31")).toBeNull();
    expect(dateRange("2026-02-29", "2026-03-01")).toBeNull();
    expect(dateRange("2026-01-15", "2026-02-14")).toMatchObject({ days: 31, label: "2026-01-15..2026-02-14" });
  });

  it("finds the period before, across year ends", () => {
    expect(previousPeriod(parsePeriodLabel("2026")!).label).toBe("2025");
    expect(previousPeriod(parsePeriodLabel("2026-S1")!).label).toBe("2025-S2");
    expect(previousPeriod(parsePeriodLabel("2026-Q3")!).label).toBe("2026-Q2");
    expect(previousPeriod(parsePeriodLabel("2026-Q1")!).label).toBe("2025-Q4");
    expect(previousPeriod(parsePeriodLabel("2026-01")!).label).toBe("2025-12");
    expect(previousPeriod(parsePeriodLabel("2026-10")!).label).toBe("2026-09");
    expect(previousPeriod(dateRange("2026-03-01", "2026-03-10")!)).toMatchObject({
      from: "2026-02-19",
      to: "2026-02-28",
    });
  });

  it("finds the period before the window's first year without refusing it", () => {
    expect(previousPeriod(parsePeriodLabel("2000")!)).toMatchObject({
      label: "1999",
      from: "1999-01-01",
      to: "1999-12-31",
    });
    expect(previousPeriod(parsePeriodLabel("2000-01")!)).toMatchObject({ label: "1999-12", from: "1999-12-01" });
    expect(previousPeriod(dateRange("2000-01-01", "2004-12-31")!)).toMatchObject({
      from: "1994-12-31",
      to: "1999-12-31",
      days: 1827,
    });
  });

  it("lists the months or quarters a period touches", () => {
    expect(bucketsOf({ from: "2026-11-20", to: "2027-02-03" }, "month")).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
    ]);
    expect(bucketsOf({ from: "2026-02-01", to: "2026-08-01" }, "quarter")).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
  });

  it("refuses a bucket list of an unchecked period instead of looping", () => {
    for (const bad of [
      { from: "999-01-01", to: "999-12-31" },
      { from: "0999-01-01", to: "2026-12-31" },
      { from: "2026-12-01", to: "2026-01-01" },
      { from: "x", to: "y" },
      { from: "2000-01-01", to: "2100-12-31" },
    ]) {
      expect(() => bucketsOf(bad, "month"), bad.from).toThrow(RangeError);
      expect(() => bucketsOf(bad, "quarter"), bad.from).toThrow(RangeError);
    }
  });

  it("lists at most 61 months or 21 quarters, for the longest range", () => {
    const longest = dateRange("2021-01-15", "2026-01-14")!;
    expect(bucketsOf(longest, "month")).toHaveLength(MAX_PERIOD_MONTHS);
    expect(bucketsOf(longest, "month").at(-1)).toBe("2026-01");
    expect(bucketsOf(longest, "quarter")).toHaveLength(21);
    expect(bucketsOf(parsePeriodLabel("2100")!, "month")).toHaveLength(12);
  });
});

describe("the period window and its refusals", () => {
  const reason = (r: ReturnType<typeof checkPeriodLabel>) => (r.ok ? "ok" : r.reason);

  it("accepts the window's edge years and refuses the years just outside", () => {
    expect([PERIOD_MIN_YEAR, PERIOD_MAX_YEAR, MAX_RANGE_YEARS]).toEqual([2000, 2100, 5]);
    expect(parsePeriodLabel("2000")).toMatchObject({ from: "2000-01-01", to: "2000-12-31", days: 366 });
    expect(parsePeriodLabel("2100-Q4")).toMatchObject({ from: "2100-10-01", to: "2100-12-31" });
    expect(dateRange("2000-01-01", "2000-01-01")).toMatchObject({ days: 1 });
    expect(dateRange("2100-12-31", "2100-12-31")).toMatchObject({ days: 1 });
    for (const label of ["1999", "2101", "1999-Q4", "2101-01", "0999", "0000", "9999-S1"])
      expect(reason(checkPeriodLabel(label)), label).toBe("year");
    expect(checkDateRange("1999-12-31", "2000-01-01")).toMatchObject({ ok: false, field: "from", reason: "year" });
    expect(checkDateRange("2100-12-31", "2101-01-01")).toMatchObject({ ok: false, field: "to", reason: "year" });
  });

  it("allows a range of exactly five years and refuses one day more", () => {
    expect(dateRange("2021-01-01", "2025-12-31")).toMatchObject({ days: 1826 });
    expect(dateRange("2024-01-01", "2028-12-31")).toMatchObject({ days: 1827 });
    expect(checkDateRange("2021-01-01", "2026-01-01")).toMatchObject({ ok: false, field: "to", reason: "range" });
    expect(dateRange("2021-03-15", "2026-03-14")).not.toBeNull();
    expect(dateRange("2021-03-15", "2026-03-15")).toBeNull();
    // From a leap day, five years on is 1 March: 28 February is the last day.
    expect(dateRange("2024-02-29", "2029-02-28")).not.toBeNull();
    expect(dateRange("2024-02-29", "2029-03-01")).toBeNull();
    expect(checkDateRange("2000-01-01", "2100-12-31")).toMatchObject({ ok: false, reason: "range" });
  });

  it("accepts only real dates, from ≤ to", () => {
    expect(checkDateRange("2026-02-29", "2026-03-01")).toMatchObject({ ok: false, field: "from", reason: "date" });
    expect(checkDateRange("2026-01-01", "2026-02-30")).toMatchObject({ ok: false, field: "to", reason: "date" });
    expect(dateRange("2028-02-29", "2028-02-29")).toMatchObject({ days: 1 });
    expect(checkDateRange("2026-12-31", "2026-01-01")).toMatchObject({ ok: false, field: "from", reason: "order" });
    for (const [from, to] of [
      ["999-01-01", "999-12-31"],
      ["2026-1-01", "2026-01-31"],
      ["2026-00-10", "2026-01-31"],
      ["2026-13-01", "2026-12-31"],
      ["2026-01-00", "2026-01-31"],
      ["20260101", "20260131"],
      [" 2026-01-01", "2026-01-31"],
      ["2026-01-01\n", "2026-01-31"],
      ["", ""],
      [undefined, "2026-01-31"],
      [["2026-01-01"], "2026-01-31"],
      ["2026-01-01".repeat(1000), "2026-01-31"],
    ]) {
      expect(reason(checkDateRange(from, to)), String(from).slice(0, 20)).toBe("date");
    }
  });

  it("reads labels exactly and refuses everything else by its shape", () => {
    for (const bad of [
      "999",
      "999-Q1",
      "0999-07",
      "26",
      "02026",
      "2026-",
      "2026-S0",
      "2026-S3",
      "2026-Q0",
      "2026-Q5",
      "2026-00",
      "2026-13",
      "2026-7",
      "2026-q1",
      "2026-s1",
      "2026 ",
      " 2026",
      "2026\n",
      "2026-01-01",
      "2026-W05",
      "Infinity",
      "NaN",
      "-2026",
      "+2026",
      "２０２６",
      "",
      "2026".repeat(2500),
      "2026-Q1".repeat(10000),
    ]) {
      expect(reason(checkPeriodLabel(bad)), bad.slice(0, 20)).toBe(bad.startsWith("0999") ? "year" : "format");
    }
    for (const notText of [undefined, null, 2026, ["2026"], { label: "2026" }])
      expect(reason(checkPeriodLabel(notText))).toBe("format");
  });

  it("says why in Indonesian and English, naming the field", () => {
    const year = checkPeriodLabel("0999");
    expect(year).toMatchObject({
      ok: false,
      field: "period",
      message: { id: expect.stringContaining("2000"), en: expect.stringContaining("2100") },
    });
    const range = checkDateRange("2020-01-01", "2026-01-01");
    expect(range).toMatchObject({
      ok: false,
      field: "to",
      message: { id: expect.stringMatching(/5 tahun/), en: expect.stringMatching(/5 years/) },
    });
  });
});
