/**
 * Names every choice behind a number, so two answers can be compared and a published figure can be
 * recomputed: the regulation, the weighting, the 1..6 conversion, the interval and the sample rule.
 * Bump FORMULA_REVISION whenever a formula in scoring/ changes.
 */
const FORMULA_REVISION = 1;

export function formulaVersion(weighting: string, conversion: string, ciMethod: string): string {
  return [
    `zi-survei/${FORMULA_REVISION}`,
    `ikm=permenpanrb-14-2017;w=${weighting}`,
    `zi=permenpanrb-90-2021;conversion=${conversion}`,
    `ci=${ciMethod}`,
    "sample=krejcie-morgan-1970",
  ].join(" ");
}
