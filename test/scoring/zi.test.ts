import { describe, expect, it } from "vitest";
import { computeIndices } from "../../worker/indices/compute";
import { ZI_VERDICTS, ziVerdict, ziVerdicts } from "../../worker/scoring/zi";
import { adminText } from "../../web/admin-text";

/** The indices' ZI result when every IPAK item averages `ipak` and every IPKP item `ipkp` (1..6), n respondents each. */
function ziOf(ipak: number, ipkp: number, n: number, minRespondents = 30) {
  const items = new Map<string, { sum: number; n: number }>();
  for (let i = 1; i <= 5; i++) items.set(`A${i}`, { sum: ipak * n, n });
  for (let i = 1; i <= 8; i++) items.set(`P${i}`, { sum: ipkp * n, n });
  const scores = new Map([
    ["spak", { n, sum: 0, sumSquares: 0 }],
    ["spkp", { n, sum: 0, sumSquares: 0 }],
  ]);
  const tallies = { items, scores, respondents: n, steeredYes: 0, steeredAnswered: 0 };
  return ziVerdicts(
    computeIndices(
      tallies,
      { weighting: "exact", conversion: "ratio", minRespondents, sampleBasis: "annual-per-period" },
      null,
      {
        days: 92,
        yearDays: 365,
      },
    ).zi,
  );
}

describe("the ZI verdict", () => {
  it("is one of four, each from its own reading", () => {
    expect([ziVerdict(true), ziVerdict(false), ziVerdict(null), ziVerdict(undefined)]).toEqual([
      "meets",
      "does_not_meet",
      "insufficient_data",
      "not_entered",
    ]);
    expect(ZI_VERDICTS).toEqual(["meets", "does_not_meet", "insufficient_data", "not_entered"]);
  });

  it("meets exactly on the line (index4 3.60 for IPAK, 3.20 for IPKP at WBK, 3.60 at WBBM)", () => {
    // 5.4 and 4.8 on 1..6 are 3.60 and 3.20 on 0..4 (ratio), computed as 3.6000000000000005 and 3.2.
    expect(ziOf(5.4, 4.8, 30)).toEqual({
      wbk: { ipak: "meets", ipkp: "meets" },
      wbbm: { ipak: "meets", ipkp: "does_not_meet" },
    });
    expect(ziOf(5.4, 5.4, 30).wbbm).toEqual({ ipak: "meets", ipkp: "meets" });
  });

  it("does not meet just below the line (3.59, 3.19)", () => {
    expect(ziOf(5.385, 4.785, 30)).toEqual({
      wbk: { ipak: "does_not_meet", ipkp: "does_not_meet" },
      wbbm: { ipak: "does_not_meet", ipkp: "does_not_meet" },
    });
  });

  it("is insufficient data below the minimum n, whatever the numbers say, and without answers", () => {
    const insufficient = { ipak: "insufficient_data", ipkp: "insufficient_data" };
    expect(ziOf(6, 6, 29)).toEqual({ wbk: insufficient, wbbm: insufficient });
    expect(ziOf(1, 1, 29)).toEqual({ wbk: insufficient, wbbm: insufficient });
    expect(ziOf(6, 6, 29, 29).wbk).toEqual({ ipak: "meets", ipkp: "meets" });
    expect(ziVerdicts({ wbk: { ipak: null, ipkp: null }, wbbm: { ipak: null, ipkp: null } }).wbk.ipak).toBe(
      "insufficient_data",
    );
  });

  it("over several rows (capaian kinerja beside the indices): insufficient data, then not entered, then any row short", () => {
    expect(ziVerdict(true, true, true)).toBe("meets");
    expect(ziVerdict(true, false, true)).toBe("does_not_meet");
    expect(ziVerdict(true, true, undefined)).toBe("not_entered");
    expect(ziVerdict(false, true, undefined)).toBe("not_entered");
    expect(ziVerdict(false, null, undefined)).toBe("insufficient_data");
  });

  it("has its words in one place, in both languages, and never says 'belum memenuhi' for insufficient data", () => {
    expect(ZI_VERDICTS.map((v) => adminText.id.verdicts[v])).toEqual([
      "memenuhi",
      "belum memenuhi",
      "data belum cukup",
      "belum diisi",
    ]);
    expect(ZI_VERDICTS.map((v) => adminText.en.verdicts[v])).toEqual([
      "meets",
      "does not meet",
      "insufficient data",
      "not entered",
    ]);
  });
});
