import type { MonthlyTotals } from "../../db/queries/indices";
import { adminText } from "../../web/admin-text";
import type { PerceptionSection, ReportData, ServiceResult, UnsurRow } from "../../web/components/report/types";
import { bandLabel, followUpStatusWords, idDate, idMonth, quarterWords } from "../../web/report-format";
import type { computeIndices } from "../indices/compute";
import { bucketsOf, type Period } from "../indices/period";
import { gradeOf, type Weighting } from "../scoring/ikm";
import { lkeValue } from "../scoring/perception";
import { roundHalfUp2 } from "../scoring/worksheet";
import { ziVerdicts } from "../scoring/zi";

type Indices = ReturnType<typeof computeIndices>;
const t = adminText.id;

/** BAB III's table: per unsur its name, Σ, NRR, NRR tertimbang, converted value and mutu. */
export function unsurRows(ix: Indices, weighting: Weighting): UnsurRow[] {
  const weight = weighting === "exact" ? 1 / 9 : Number(weighting);
  return (ix.ikm?.items ?? []).map((i) => ({
    key: i.key,
    name: t.unsur[i.key] ?? i.key,
    sum: Math.round(i.nrr * i.n),
    n: i.n,
    nrr: i.nrr,
    weighted: i.nrr * weight,
    converted: i.nrr * 25,
    grade: gradeOf(i.nrr * 25).grade,
  }));
}

/** The unit's IKM as the report shows it (grade and performance null below the minimum of respondents). */
export function ikmView(ix: Indices): ReportData["ikm"] {
  if (!ix.ikm) return null;
  const { index, converted, grade, performance, ci95 } = ix.ikm;
  return { index, converted, grade, performance, ci95 };
}

/** The highest and lowest NRR (the first of equals, in questionnaire order). */
export function extremes(rows: UnsurRow[]) {
  const pick = (better: (a: number, b: number) => boolean) =>
    rows.reduce<UnsurRow | null>((a, b) => (a === null || better(b.nrr, a.nrr) ? b : a), null);
  const named = (r: UnsurRow | null) => (r ? { name: r.name, nrr: r.nrr } : null);
  return { strongest: named(pick((a, b) => a > b)), weakest: named(pick((a, b) => a < b)) };
}

/** The IPKP and IPAK appendix: index4 rounded half up to 2 decimals first, the LKE value from that. */
export function perceptionSections(ix: Indices): PerceptionSection[] {
  const verdicts = ziVerdicts(ix.zi);
  return (["ipkp", "ipak"] as const).flatMap((key) => {
    const v = ix[key];
    if (!v) return [];
    const index4 = roundHalfUp2(v.index4);
    const words = (verdict: keyof typeof t.verdicts) => t.verdicts[verdict];
    return [
      {
        key,
        n: v.n,
        items: v.items,
        raw: v.raw,
        index4,
        lke: lkeValue(index4),
        wbk: words(verdicts.wbk[key]),
        wbbm: words(verdicts.wbbm[key]),
      },
    ];
  });
}

/** BAB II's waktu pelaksanaan: each month of the period (clipped to it) and its respondents. */
export function collectionMonths(period: Period, totals: MonthlyTotals): ReportData["collection"] {
  return bucketsOf(period, "month").map((month) => {
    const start = `${month}-01`;
    const end = `${month}-${new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate()}`;
    return {
      month: `${idMonth(+month.slice(5, 7))} ${month.slice(0, 4)}`,
      from: idDate(start > period.from ? start : period.from),
      to: idDate(end < period.to ? end : period.to),
      respondents: totals.days.filter((d) => d.month === month).reduce((s, d) => s + d.respondents, 0),
    };
  });
}

/** Respondent profile with labels: the built-in codes in words, an organization's own bands as written. */
export function profileSection(bandsByField: [string, string[]][], counts: Map<string, number>) {
  return bandsByField.map(([field, bands]) => ({
    field,
    title: t.profileFields[field] ?? field,
    bands: bands.map((band) => ({ label: bandLabel(field, band), count: counts.get(`${field}|${band}`) ?? 0 })),
  }));
}

type FollowUpRow = {
  item: string;
  problem: string;
  action: string;
  owner: string;
  dueDate: string | null;
  status: string;
  quarter: number | null;
  doneOn: string | null;
  forumId: string | null;
  forumHeldOn: string | null;
  forumNotes: string | null;
};

/** The RTL rows in the template's words, and the forums that agreed them (each once). */
export function rtl(rows: FollowUpRow[]) {
  const followUps = rows.map((f) => ({
    unsur: t.unsur[f.item] ?? f.item,
    problem: f.problem,
    action: f.action,
    when: quarterWords(f.quarter) ?? (f.dueDate ? `s.d. ${idDate(f.dueDate)}` : "–"),
    owner: f.owner,
    status: `${followUpStatusWords(f.status)}${f.doneOn ? ` (${idDate(f.doneOn)})` : ""}`,
  }));
  const forums = new Map<string, { heldOn: string; notes: string }>();
  for (const f of rows)
    if (f.forumId && f.forumHeldOn) forums.set(f.forumId, { heldOn: idDate(f.forumHeldOn), notes: f.forumNotes ?? "" });
  return { followUps, forums: [...forums.values()] };
}

type ServiceIndices = {
  serviceId: string;
  name: string;
  respondents: number;
  ikm: { converted: number; grade: string | null } | null;
  ipkp: { index4: number } | null;
  ipak: { index4: number } | null;
  sample: { required: number | null; adequate: boolean | null };
};

/** The per-service indices in the report's shape: IPKP and IPAK as the worksheet takes them (2 decimals). */
export function serviceResults(rows: ServiceIndices[]): ServiceResult[] {
  return rows.map((s) => ({
    serviceId: s.serviceId,
    name: s.name,
    respondents: s.respondents,
    ikm: s.ikm?.converted ?? null,
    grade: s.ikm?.grade ?? null,
    ipkp: s.ipkp ? roundHalfUp2(s.ipkp.index4) : null,
    ipak: s.ipak ? roundHalfUp2(s.ipak.index4) : null,
    required: s.sample.required,
    adequate: s.sample.adequate,
  }));
}
