/**
 * Names every choice behind a number, so two answers can be compared and a published figure can be
 * recomputed: the regulation, the weighting, the 1..6 conversion, the interval and the sample rule.
 * Bump FORMULA_REVISION whenever a formula in scoring/ changes.
 */
// 2: index4 rounded half up to two decimals before a ZI minimum is compared; the sample basis named.
const FORMULA_REVISION = 2;

export function formulaVersion(weighting: string, conversion: string, ciMethod: string, sampleBasis: string): string {
  return [
    `zi-survei/${FORMULA_REVISION}`,
    `ikm=permenpanrb-14-2017;w=${weighting}`,
    `zi=permenpanrb-90-2021;conversion=${conversion};index4=round-half-up-2`,
    `ci=${ciMethod}`,
    `sample=krejcie-morgan-1970;basis=${sampleBasis}`,
  ].join(" ");
}
