import type { PublishedPeriod } from "../../web/pages/PublicPages";
import type { Snapshot } from "./snapshot";

type Stored = { period: string; version: number; publishedAt: number; data: string };

/** The newest version of each published period, newest period first. */
export function latestVersions(rows: Stored[]): (Snapshot & { version: number })[] {
  const seen = new Set<string>();
  const out: (Snapshot & { version: number })[] = [];
  for (const r of rows) {
    if (seen.has(r.period)) continue;
    seen.add(r.period);
    out.push({ ...(JSON.parse(r.data) as Snapshot), version: r.version });
  }
  return out;
}

const bands = (counts: Record<string, number> | undefined): [string, number][] => Object.entries(counts ?? {});

export function publishedPeriod(s: Snapshot & { version: number }): PublishedPeriod {
  return {
    label: s.period.label,
    from: s.period.from,
    to: s.period.to,
    version: s.version,
    publishedAt: s.publishedAt,
    respondents: s.respondents,
    ikm: s.ikm && { converted: s.ikm.converted, grade: s.ikm.grade, performance: s.ikm.performance },
    ipkp: s.ipkp && { index4: s.ipkp.index4, lke: s.ipkp.lke, wbk: s.zi.wbk.ipkp, wbbm: s.zi.wbbm.ipkp },
    ipak: s.ipak && { index4: s.ipak.index4, lke: s.ipak.lke, wbk: s.zi.wbk.ipak, wbbm: s.zi.wbbm.ipak },
    gender: bands(s.profile.gender),
    education: bands(s.profile.education),
    services: s.services,
  };
}

/** Open data columns: stable names, one row per published snapshot (every version). */
export const OPEN_DATA_FIELDS: [string, string][] = [
  ["unit_code", "Kode unit"],
  ["unit_name", "Nama unit"],
  ["period", "Periode (2026, 2026-S1, 2026-Q3, 2026-07)"],
  ["period_from", "Tanggal awal periode (waktu setempat)"],
  ["period_to", "Tanggal akhir periode"],
  ["version", "Versi publikasi (1 = pertama; lebih besar = diperbarui)"],
  ["published_at", "Waktu publikasi (UTC, ISO 8601)"],
  ["respondents", "Jumlah responden"],
  ["ikm_converted", "IKM unit pelayanan (25..100), PermenPAN-RB 14/2017"],
  ["ikm_grade", "Mutu pelayanan (A..D); kosong bila data belum cukup"],
  ["ipkp_index4", "IPKP skala 0..4 (PermenPAN-RB 90/2021)"],
  ["ipkp_lke", "Nilai LKE IPKP (17,5 × index4 / 4)"],
  ["ipak_index4", "IPAK (persepsi anti korupsi Zona Integritas) skala 0..4"],
  ["ipak_lke", "Nilai LKE IPAK"],
  ["sample_required", "Sampel minimal Krejcie-Morgan untuk periode ini"],
  ["sample_adequate", "Sampel mencukupi (true/false)"],
  ["formula_version", "Versi rumus: pembobotan, konversi, selang kepercayaan"],
];

export function openDataRow(unitCode: string, s: Snapshot, version: number) {
  return [
    unitCode,
    s.unit.name,
    s.period.label,
    s.period.from,
    s.period.to,
    version,
    s.publishedAt,
    s.respondents,
    s.ikm?.converted ?? null,
    s.ikm?.grade ?? null,
    s.ipkp?.index4 ?? null,
    s.ipkp?.lke ?? null,
    s.ipak?.index4 ?? null,
    s.ipak?.lke ?? null,
    s.sample.required,
    s.sample.adequate,
    s.formulaVersion,
  ];
}
