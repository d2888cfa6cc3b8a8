import type { PublishedPeriod } from "../../web/components/PublicPeriod";
import { ziVerdicts } from "../scoring/zi";
import { readSnapshot, type Snapshot } from "./snapshot-schema";

type Stored = { period: string; version: number; publishedAt: number; data: string };

/**
 * The newest version of each published period, the most recent period first: by its last day, then
 * the shorter period first (2026-12 before 2026-Q4 before 2026-S2 before 2026), never by label text.
 */
export function latestVersions(rows: Stored[]): (Snapshot & { version: number })[] {
  const newest = new Map<string, Snapshot & { version: number }>();
  for (const r of rows) {
    const cur = newest.get(r.period);
    if (!cur || r.version > cur.version) newest.set(r.period, { ...readSnapshot(r.data), version: r.version });
  }
  return [...newest.values()].sort(
    (a, b) => b.period.to.localeCompare(a.period.to) || b.period.from.localeCompare(a.period.from),
  );
}

/** The trend compares like with like: the published periods of the same kind as the newest one. */
export function sameKind(periods: (Snapshot & { version: number })[]) {
  const kind = (label: string) => label.replace(/\d/g, "9");
  const first = periods[0];
  return first ? periods.filter((p) => kind(p.period.label) === kind(first.period.label)) : [];
}

const bands = (counts: Record<string, number> | undefined): [string, number][] => Object.entries(counts ?? {});

export function publishedPeriod(s: Snapshot & { version: number }): PublishedPeriod {
  const zi = ziVerdicts(s.zi);
  return {
    label: s.period.label,
    from: s.period.from,
    to: s.period.to,
    version: s.version,
    publishedAt: s.publishedAt,
    respondents: s.respondents,
    ikm: s.ikm && { converted: s.ikm.converted, grade: s.ikm.grade, performance: s.ikm.performance },
    items: s.ikm?.items.map((i) => ({ key: i.key, nrr: i.nrr })) ?? [],
    ipkp: s.ipkp && { index4: s.ipkp.index4, lke: s.ipkp.lke, wbk: zi.wbk.ipkp, wbbm: zi.wbbm.ipkp },
    ipak: s.ipak && { index4: s.ipak.index4, lke: s.ipak.lke, wbk: zi.wbk.ipak, wbbm: zi.wbbm.ipak },
    gender: bands(s.profile.gender),
    education: bands(s.profile.education),
    services: s.services,
    serviceResults: s.serviceResults,
    flags: s.flags,
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
  [
    "flags",
    "Catatan publikasi (dipisah ;): period_running = periode belum berakhir, sample_below_minimum = responden di bawah minimum",
  ],
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
    s.flags.join(";"),
  ];
}

/** What each field of a snapshot in data.json means. */
export const JSON_FIELDS: Record<string, string> = {
  version: "Versi publikasi periode ini (1 = pertama)",
  schemaVersion:
    "Versi bentuk data snapshot (3 = bentuk yang dijelaskan di sini; 2 = sebelum ada serviceResults; 1 = sebelum ada flags)",
  "unit.code, unit.name, organization, services": "Unit, instansi, dan layanan yang disurvei",
  "period.label, period.from, period.to": "Periode dan tanggal (waktu setempat unit)",
  respondents: "Jumlah responden",
  "ikm.n, ikm.items[].key/nrr/n": "Responden SKM; nilai rata-rata (NRR) per unsur U1..U9",
  "ikm.index, ikm.converted, ikm.grade, ikm.performance":
    "IKM 1..4, IKM unit pelayanan 25..100, mutu, kinerja (kosong bila data belum cukup)",
  "ikm.weighting": "Pembobotan: exact (1/9), 0.111 atau 0.11",
  "ipkp / ipak: n, items[].key/mean/n, raw, index4, lke, conversion":
    "Persepsi kualitas pelayanan / anti korupsi: rata-rata item 1..6, indeks 0..4, nilai LKE, konversi",
  "*.ci95": "Selang kepercayaan 95% (Student t); kosong di bawah 2 responden",
  "*.sufficient, minRespondents": "Cukup data untuk menampilkan mutu / penilaian ZI",
  steeredShare: "Porsi jawaban 'ya' pada pertanyaan kendali (diarahkan petugas)",
  "sample.population, periodPopulation, prorated, required, adequate":
    "Populasi per tahun, populasi periode, sampel minimal Krejcie-Morgan, kecukupan",
  "zi.wbk / zi.wbbm .ipak/.ipkp": "Memenuhi nilai minimal WBK/WBBM (kosong bila data belum cukup)",
  "profile.<field>.<band>": "Responden per kelompok usia, jenis kelamin, pendidikan, pekerjaan",
  "followUps[].period/item/action/status/dueDate": "Tindak lanjut yang dicatat unit",
  "ciMethod, formulaVersion, publishedAt": "Metode selang kepercayaan, versi rumus, waktu publikasi (UTC)",
  "serviceResults[].name/respondents, .ikm/.ipkp/.ipak: n, value, sufficient, ikm.grade":
    "Hasil per jenis layanan: responden, IKM 25..100 dengan mutu, IPKP dan IPAK 0..4; sufficient = cukup responden",
  flags:
    "Catatan publikasi: period_running (dipublikasikan sebelum periode berakhir), sample_below_minimum (responden di bawah minimum); kosong = tanpa catatan",
};
