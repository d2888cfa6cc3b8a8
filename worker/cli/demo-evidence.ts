import type { Db } from "../../db/db";
import { CLI_ACTOR } from "../actions/action";
import { createFollowUp } from "../actions/follow-ups";
import { createForum } from "../actions/forums";
import { publish } from "../actions/publishing";
import { recordPublication, setCapaian } from "../actions/zi";
import { parsePeriodLabel, previousPeriod } from "../indices/period";
import { localDate } from "../survey/local-date";

// Five plan rows as a unit writes them after its forum: the weaker unsur first, two done, one under way.
const PLAN = [
  {
    item: "U3",
    problem: "Waktu tunggu di loket perizinan masih lama.",
    action: "Menambah satu loket pada jam sibuk dan antrean daring.",
    owner: "Kepala Subbagian Umum",
    status: "selesai",
  },
  {
    item: "U5",
    problem: "Standar pelayanan belum dipajang di semua gerai.",
    action: "Mencetak dan memasang maklumat serta standar pelayanan di setiap gerai.",
    owner: "Koordinator Gerai",
    status: "selesai",
  },
  {
    item: "U9",
    problem: "Ruang tunggu panas dan kursi kurang.",
    action: "Pengadaan kipas angin dan 20 kursi tunggu tambahan.",
    owner: "Kepala Subbagian Umum",
    status: "berjalan",
  },
  {
    item: "U2",
    problem: "Informasi persyaratan di laman belum lengkap.",
    action: "Memperbarui daftar persyaratan tiap jenis layanan di laman resmi.",
    owner: "Pengelola Laman",
    status: "rencana",
  },
  {
    item: "U7",
    problem: "Pengguna belum tahu cara menyampaikan pengaduan.",
    action: "Sosialisasi kanal pengaduan melalui media sosial dan papan informasi.",
    owner: "Petugas Pengaduan",
    status: "rencana",
  },
] as const;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86400_000).toISOString().slice(0, 10);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * What a unit records besides the survey, so the demo's laporan SKM and Evaluasi ZI page have something in
 * every section: the last full triwulan published, its forum and follow-up plan, the publication log and
 * the year's capaian kinerja. All through the actions, as an operator would.
 */
export async function seedDemoEvidence(db: Db, unitId: string, now: number) {
  const today = localDate(now, "Asia/Jakarta");
  const running = parsePeriodLabel(`${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`)!;
  const quarter = previousPeriod(running);
  const after = (days: number) => earlier(addDays(quarter.to, days), today);
  await publish(db, CLI_ACTOR, { unitId, period: quarter.label, confirm: true }, now);
  const forum = await createForum(
    db,
    CLI_ACTOR,
    {
      unitId,
      fields: {
        period: quarter.label,
        heldOn: after(10),
        notes: "Forum bersama perwakilan pengguna layanan, LSM dan pelaku usaha menyepakati lima prioritas perbaikan.",
      },
    },
    now,
  );
  for (const [i, row] of PLAN.entries()) {
    const fields = {
      ...row,
      period: quarter.label,
      quarter: String(Math.min(4, (i % 2) + Number(running.label.slice(-1)))),
      statusDate: row.status === "rencana" ? "" : after(40),
      evidence: row.status === "selesai" ? "Laporan pelaksanaan dan foto, arsip Subbagian Umum" : "",
      forumId: forum.id,
    };
    await createFollowUp(db, CLI_ACTOR, { unitId, fields }, now);
  }
  for (const [channel, reference] of [
    ["poster", "Foto papan pengumuman ruang tunggu, arsip Subbagian Umum"],
    ["social_media", "https://instagram.com/mppkotacontoh"],
  ] as const)
    await recordPublication(
      db,
      CLI_ACTOR,
      { unitId, fields: { period: quarter.label, channel, publishedOn: after(5), reference } },
      now,
    );
  await setCapaian(db, CLI_ACTOR, { unitId, year: today.slice(0, 4), grade: "B" }, now);
  return quarter.label;
}
