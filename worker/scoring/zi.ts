/**
 * The ZI verdicts of domain.md ("From indices to the ZI worksheet"), named as contract.md's zi endpoint
 * names them. Too few respondents is never "does not meet": that is insufficient data.
 */
export const ZI_VERDICTS = ["meets", "does_not_meet", "insufficient_data", "not_entered"] as const;
export type ZiVerdict = (typeof ZI_VERDICTS)[number];

/**
 * One worksheet row as the indices check it: true meets its minimum, false falls short, null has too
 * few respondents (or none), undefined was never entered (capaian kinerja, which the unit enters).
 */
export type ZiCheck = boolean | null | undefined;

/**
 * The verdict of one or more rows. Too few respondents in any row makes it insufficient data, even
 * beside a row that falls short (contract.md: an index below the minimum n makes the verdict
 * insufficient_data; more answers may move both); then a row not entered; then any row short.
 */
export function ziVerdict(first: ZiCheck, ...rest: ZiCheck[]): ZiVerdict {
  const rows = [first, ...rest];
  if (rows.some((r) => r === null)) return "insufficient_data";
  if (rows.some((r) => r === undefined)) return "not_entered";
  return rows.every((r) => r) ? "meets" : "does_not_meet";
}

type Checks = { ipak: boolean | null; ipkp: boolean | null };

/** Each index's own verdict for WBK and WBBM, from the indices' `zi` (as dashboards and the public page show them). */
export function ziVerdicts(zi: { wbk: Checks; wbbm: Checks }) {
  const of = (c: Checks) => ({ ipak: ziVerdict(c.ipak), ipkp: ziVerdict(c.ipkp) });
  return { wbk: of(zi.wbk), wbbm: of(zi.wbbm) };
}
