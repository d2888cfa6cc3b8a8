import type { IndexFigure, Measures, RankBy, Ranking, TreeRow } from "../../web/overview-types";
import { adminText } from "../../web/admin-text";
import { round2 } from "../scoring/ikm";

type Cell = string | number | null;

// The same numbers as the page: two decimals, half up (the page then writes them with a decimal comma).
const r2 = (v: number | null | undefined) => (v === null || v === undefined ? null : round2(v));
const yesNo = (b: boolean) => (b ? "ya" : "tidak");
const unsurName = (key: string) => adminText.id.unsur[key] ?? key;
const INSUFFICIENT = "data belum cukup";

/** The tree's CSV/XLSX columns, in Indonesian. */
export const TREE_HEADER = [
  "Tingkat",
  "Kode unit",
  "Unit",
  "Unit induk",
  "Responden",
  "Sampel minimal",
  "IKM (konversi)",
  "Mutu",
  "n IKM",
  "IKM batas bawah 95%",
  "IKM batas atas 95%",
  "IPKP (indeks 0-4)",
  "n IPKP",
  "IPAK (indeks 0-4)",
  "n IPAK",
  "Responden gabungan",
  "IKM gabungan",
  "Mutu gabungan",
  "IPKP gabungan",
  "IPAK gabungan",
  "Belum ada survei triwulan ini",
  "Sampel di bawah minimum",
  "Unsur terlemah",
];

const grade = (m: Measures | null) => (m?.ikm ? (m.ikm.grade ?? INSUFFICIENT) : null);

export function treeExportRows(rows: readonly TreeRow[]): Cell[][] {
  return rows.map((r) => [
    r.depth + 1,
    r.code,
    r.name,
    r.path.at(-1) ?? null,
    r.own.respondents,
    r.required,
    r2(r.own.ikm?.value),
    grade(r.own),
    r.own.ikm?.n ?? 0,
    r2(r.own.ikm?.ci95?.[0]),
    r2(r.own.ikm?.ci95?.[1]),
    r2(r.own.ipkp?.value),
    r.own.ipkp?.n ?? 0,
    r2(r.own.ipak?.value),
    r.own.ipak?.n ?? 0,
    r.subtree?.respondents ?? null,
    r2(r.subtree?.ikm?.value),
    grade(r.subtree),
    r2(r.subtree?.ipkp?.value),
    r2(r.subtree?.ipak?.value),
    r.collects ? yesNo(r.flags.noSurvey) : null,
    r.collects && r.required !== null ? yesNo(r.flags.belowSample) : null,
    r.weakest ? `${unsurName(r.weakest.key)} (${r.weakest.key})` : null,
  ]);
}

const INDEX_NAME: Record<RankBy, string> = {
  ikm: "IKM (konversi)",
  ipkp: "IPKP (indeks 0-4)",
  ipak: "IPAK (indeks 0-4)",
};

export function rankingHeader(by: RankBy): string[] {
  const verdict = by === "ikm" ? ["Mutu"] : ["WBK", "WBBM"];
  return [
    "Peringkat",
    "Seri",
    "Kode unit",
    "Unit",
    INDEX_NAME[by],
    "n",
    "Batas bawah 95%",
    "Batas atas 95%",
    ...verdict,
    "Keterangan",
  ];
}

function verdictCells(by: RankBy, f: Measures[RankBy]): Cell[] {
  if (by === "ikm") return [(f as Measures["ikm"])?.grade ?? null];
  const p = f as Measures["ipkp"];
  return [p ? adminText.id.verdicts[p.wbk] : null, p ? adminText.id.verdicts[p.wbbm] : null];
}

const figureCells = (f: IndexFigure | null) => [r2(f?.value), f?.n ?? 0, r2(f?.ci95?.[0]), r2(f?.ci95?.[1])];

/** Ranked units, then the units left unranked for too few respondents, with the reason. */
export function rankingExportRows(ranking: Ranking): Cell[][] {
  const { by } = ranking;
  return [
    ...ranking.ranked.map((x) => [
      x.rank,
      // "Seri" (tied) in words: a cell starting with "=" would be read as a formula (and the CSV escapes it).
      x.tied ? "ya" : null,
      x.row.code,
      x.row.name,
      ...figureCells(x.row.own[by]),
      ...verdictCells(by, x.row.own[by]),
      null,
    ]),
    ...ranking.unranked.map((r) => [
      null,
      null,
      r.code,
      r.name,
      ...figureCells(r.own[by]),
      ...verdictCells(by, null),
      `${INSUFFICIENT}: ${r.own[by]?.n ?? 0} responden, minimal ${ranking.minRespondents}; tidak diperingkat`,
    ]),
  ];
}
