import { describe, expect, it } from "vitest";
import { reportConclusion, type ConclusionInput } from "../../worker/dashboard/report-conclusion";

const base: ConclusionInput = {
  unitName: "UPT Uji",
  periodWords: "Triwulan III 2026",
  respondents: 300,
  minRespondents: 30,
  ikm: { converted: 88.3125, grade: "A", performance: "Sangat Baik" },
  strongest: { name: "Biaya/tarif", nrr: 3.9 },
  weakest: { name: "Waktu penyelesaian", nrr: 3.0644 },
  previous: { periodWords: "Triwulan II 2026", ikm: 86.16 },
  sample: { population: 1000, required: 278, adequate: true },
};

describe("the laporan SKM's conclusion, written from the numbers", () => {
  it("names the IKM with its mutu, the strongest and weakest unsur, the change with its sign, the sample", () => {
    expect(reportConclusion(base)).toEqual([
      "Nilai IKM UPT Uji pada Triwulan III 2026 adalah 88,31 dengan mutu pelayanan A (Sangat Baik), berdasarkan 300 responden.",
      "Unsur dengan nilai tertinggi adalah Biaya/tarif (NRR 3,90), sedangkan unsur dengan nilai terendah adalah Waktu penyelesaian (NRR 3,06) dan menjadi prioritas perbaikan.",
      "Dibandingkan Triwulan II 2026 (86,16), IKM naik 2,15 poin (+2,15).",
      "Jumlah responden (300) telah mencapai sampel minimal 278 responden menurut Krejcie dan Morgan untuk populasi 1.000 pengguna layanan.",
    ]);
  });

  it.each([
    // [previous IKM, IKM now, sentence]: compared as printed, two decimals.
    [90.004, 88.3125, "Dibandingkan Triwulan II 2026 (90,00), IKM turun 1,69 poin (−1,69)."],
    [88.309, 88.3125, "IKM sama dengan Triwulan II 2026 (88,31)."],
    [
      null,
      88.3125,
      "IKM ini belum dapat dibandingkan dengan Triwulan II 2026, karena periode tersebut tidak memiliki data SKM.",
    ],
  ])("a change from %s to %s", (prev, now, sentence) => {
    const out = reportConclusion({
      ...base,
      ikm: { ...base.ikm!, converted: now },
      previous: { ...base.previous, ikm: prev },
    });
    expect(out[2]).toBe(sentence);
  });

  it("reads no mutu off too few respondents and says the sample is not met", () => {
    const out = reportConclusion({
      ...base,
      respondents: 12,
      ikm: { converted: 79.1667, grade: null, performance: null },
      sample: { population: 1000, required: 278, adequate: false },
    });
    expect(out[0]).toBe(
      "Nilai IKM UPT Uji pada Triwulan III 2026 adalah 79,17 dari 12 responden; jumlah ini di bawah batas minimal 30 responden, sehingga mutu pelayanan belum dapat ditetapkan.",
    );
    expect(out[3]).toMatch(
      /^Jumlah responden \(12\) masih di bawah sampel minimal 278 responden .*periode berikutnya\.$/,
    );
  });

  it("without answers says so, and without a population says adequacy cannot be judged", () => {
    const out = reportConclusion({
      ...base,
      respondents: 0,
      ikm: null,
      strongest: null,
      weakest: null,
      sample: { population: null, required: null, adequate: null },
    });
    expect(out).toEqual([
      "Pada Triwulan III 2026 belum ada jawaban SKM untuk UPT Uji, sehingga IKM belum dapat dihitung.",
      "Populasi pengguna layanan belum ditetapkan, sehingga kecukupan jumlah responden belum dapat dinilai.",
    ]);
  });

  it("says all unsur are equal when the highest and lowest print the same", () => {
    const equal = { name: "Persyaratan", nrr: 4 };
    expect(reportConclusion({ ...base, strongest: equal, weakest: { ...equal, name: "Biaya/tarif" } })[1]).toBe(
      "Semua unsur memperoleh nilai yang sama (NRR 4,00).",
    );
  });
});
