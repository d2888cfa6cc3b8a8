import type { Db } from "../../db/db";
import { exportPage, type ResponseCursor } from "../../db/queries/response-rows";
import type { Period } from "../indices/period";
import { INSTRUMENTS, INSTRUMENT_KEYS } from "../survey/instruments";

const ITEMS = INSTRUMENT_KEYS.flatMap((ins) => INSTRUMENTS[ins].items);
// Every row names its jenis layanan, as the per-service indices name responses without one.
const NO_SERVICE = "Tanpa jenis layanan";

/** Column names readers understand: no internal ids. Comments only for roles that may read them. */
export function exportHeader(withComments: boolean): string[] {
  return [
    "no",
    "tanggal",
    "layanan",
    "bahasa",
    ...ITEMS,
    "diarahkan",
    "usia",
    "jenis_kelamin",
    "pendidikan",
    "pekerjaan",
    "kanal",
    ...(withComments ? ["saran", "perlu_diperbaiki"] : []),
  ];
}

/** The meaning of every column, for the data dictionary sheet and the README. */
export function dataDictionary(withComments: boolean): [string, string][] {
  const items: [string, string][] = INSTRUMENT_KEYS.flatMap((ins) =>
    INSTRUMENTS[ins].items.map((item): [string, string] => [
      item,
      `${ins.toUpperCase()} item ${item}, 1..${INSTRUMENTS[ins].max}; kosong = tidak ditampilkan`,
    ]),
  );
  return [
    ["no", "Nomor urut baris dalam ekspor ini"],
    ["tanggal", "Tanggal kunjungan (waktu setempat unit), YYYY-MM-DD"],
    ["layanan", `Jenis layanan titik QR; "${NO_SERVICE}" bila titik QR tidak punya layanan`],
    ["bahasa", "Bahasa formulir: id / en"],
    ...items,
    ["diarahkan", "Pertanyaan kendali: ya / tidak / kosong (tidak dijawab)"],
    ["usia", "Kelompok usia"],
    ["jenis_kelamin", "L / P"],
    ["pendidikan", "Pendidikan terakhir"],
    ["pekerjaan", "Pekerjaan"],
    ["kanal", "Asal jawaban: online (QR/kios/API), paper (kuesioner kertas), interview (wawancara), other (lainnya)"],
    ...(withComments
      ? ([
          ["saran", "Saran atau masukan responden (teks bebas; dapat telah disamarkan)"],
          ["perlu_diperbaiki", 'Jawaban atas "Apa yang paling perlu diperbaiki?" (teks bebas; dapat telah disamarkan)'],
        ] as [string, string][])
      : []),
  ];
}

/** Every response of the units and period as export rows, read page by page so nothing is buffered whole. */
export async function* exportRows(db: Db, unitIds: string[], period: Period, withComments: boolean) {
  let after: ResponseCursor | null = null;
  let n = 0;
  for (;;) {
    const page = await exportPage(db, { unitIds, from: period.from, to: period.to, after, limit: 1000 });
    for (const r of page.rows) {
      const values = r.answers;
      const steered = r.steered === null ? null : r.steered ? "ya" : "tidak";
      yield [
        ++n,
        r.localDate,
        r.service ?? NO_SERVICE,
        r.lang,
        ...ITEMS.map((i) => values[i] ?? null),
        steered,
        r.age,
        r.gender,
        r.education,
        r.occupation,
        r.channel,
        ...(withComments ? [r.comment, r.improvement] : []),
      ];
    }
    if (!page.hasMore) return;
    const last = page.rows.at(-1)!;
    after = { unitId: last.unitId, localDate: last.localDate, id: last.id };
  }
}
