/**
 * The komponen hasil of the ZI worksheet (LKE, PermenPAN-RB 90/2021) and the SKM items scored in it,
 * from domain.md "From indices to the ZI worksheet". Pure: numbers in, worksheet rows out.
 */
import { ziVerdict, type ZiVerdict } from "./zi";

/**
 * The worksheet's constants, named and versioned. The subtotal and total minimums are widely repeated
 * but not checked against the regulation's text (domain.md): overridable, and named in every answer.
 */
const WORKSHEET = {
  version: "lke-2021;index4=round-half-up-2",
  weights: { ipak: 17.5, ipkp: 17.5, capaian: 5 },
  minimums: {
    wbk: { ipak: 3.6, ipkp: 3.2, capaian: 2.5, bersihAkuntabel: 18.25 },
    wbbm: { ipak: 3.6, ipkp: 3.6, capaian: 3.75, bersihAkuntabel: 19.5 },
  },
} as const;

export const CAPAIAN_GRADES = ["A", "B", "C", "D", "E"] as const;
export type CapaianGrade = (typeof CAPAIAN_GRADES)[number];
const CAPAIAN_SHARE: Record<CapaianGrade, number> = { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 };

/** Capaian kinerja as points of 5: the grade the unit enters for the year. */
export const capaianPoints = (grade: CapaianGrade) => WORKSHEET.weights.capaian * CAPAIAN_SHARE[grade];

/**
 * Half up to two decimals, on the number as written in decimal (3.595 → 3.60, 3.5951 → 3.60, 3.5949 →
 * 3.59): the worksheet takes index4 with two decimals before anything is computed from it.
 */
export function roundHalfUp2(x: number): number {
  // index4 comes out of binary arithmetic: responses whose exact index4 is 3.595 (mean 5.325, linear)
  // give 3.5949999999999998. Twelve significant digits, far more than any index carries, drop that
  // noise first, so the worksheet rounds the value the answers mean.
  const value = Number(x.toPrecision(12));
  // Shifting the decimal point in the text, not multiplying by 100: 3.595 * 100 is 359.49999999999994.
  const [digits, exponent = "0"] = String(value).split("e");
  return Number(`${Math.round(Number(`${digits}e${Number(exponent) + 2}`))}e-2`);
}

export type IndexRow = { n: number; index4: number | null };
export type WorksheetInput = {
  ipak: IndexRow | null;
  ipkp: IndexRow | null;
  capaian: CapaianGrade | null;
  minRespondents: number;
};
type Predicate = "wbk" | "wbbm";
type FailingRow = "ipak" | "ipkp" | "capaian" | "bersihAkuntabel";

/** The hasil rows of one unit and year, each verdict with the rows that fall short. */
export function worksheet(input: WorksheetInput) {
  // Below the minimum n an index is not entered in the worksheet at all: it stays "insufficient data".
  const entered = (row: IndexRow | null) =>
    row && row.index4 !== null && row.n >= input.minRespondents ? roundHalfUp2(row.index4) : null;
  const ipak4 = entered(input.ipak);
  const ipkp4 = entered(input.ipkp);
  // Every worksheet cell holds two decimals: the LKE values and their sums too (15.75 + 3.75 = 19.5, not 19.4999…).
  const lke = (index4: number | null, weight: number) => (index4 === null ? null : roundHalfUp2((weight * index4) / 4));
  const ipakLke = lke(ipak4, WORKSHEET.weights.ipak);
  const ipkpLke = lke(ipkp4, WORKSHEET.weights.ipkp);
  const points = input.capaian === null ? null : capaianPoints(input.capaian);
  const bersihAkuntabel = ipakLke === null || points === null ? null : roundHalfUp2(ipakLke + points);
  const hasil = bersihAkuntabel === null || ipkpLke === null ? null : roundHalfUp2(bersihAkuntabel + ipkpLke);

  const verdictFor = (p: Predicate) => {
    const min = WORKSHEET.minimums[p];
    // true meets, false falls short, null too few respondents, undefined not entered (ziVerdict's rows).
    const rows: Record<FailingRow, boolean | null | undefined> = {
      ipak: ipak4 === null ? null : ipak4 >= min.ipak,
      ipkp: ipkp4 === null ? null : ipkp4 >= min.ipkp,
      capaian: points === null ? undefined : points >= min.capaian,
      bersihAkuntabel:
        points === null ? undefined : bersihAkuntabel === null ? null : bersihAkuntabel >= min.bersihAkuntabel,
    };
    const verdict: ZiVerdict = ziVerdict(rows.ipak, rows.ipkp, rows.capaian, rows.bersihAkuntabel);
    const failing = (Object.keys(rows) as FailingRow[]).filter((k) => rows[k] === false);
    return { verdict, failing };
  };

  return {
    ipak: { n: input.ipak?.n ?? 0, index4: ipak4, lke: ipakLke },
    ipkp: { n: input.ipkp?.n ?? 0, index4: ipkp4, lke: ipkpLke },
    capaianKinerja: input.capaian === null ? null : { grade: input.capaian, points: points! },
    bersihAkuntabel,
    hasil,
    wbk: verdictFor("wbk"),
    wbbm: verdictFor("wbbm"),
    worksheetVersion: WORKSHEET.version,
  };
}
