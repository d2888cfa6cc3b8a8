import { describe, expect, it } from "vitest";
import { bucketsOf, dateRange, parsePeriodLabel, previousPeriod } from "../../worker/indices/period";

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
    for (const bad of ["26", "2026-Q5", "2026-S3", "2026-13", "2026-7", "2026-q1", "x"]) expect(parsePeriodLabel(bad), bad).toBeNull();
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
    expect(previousPeriod(dateRange("2026-03-01", "2026-03-10")!)).toMatchObject({ from: "2026-02-19", to: "2026-02-28" });
  });

  it("lists the months or quarters a period touches", () => {
    expect(bucketsOf({ from: "2026-11-20", to: "2027-02-03" }, "month")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(bucketsOf({ from: "2026-02-01", to: "2026-08-01" }, "quarter")).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
  });
});
