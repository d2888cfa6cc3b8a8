import type { Db } from "../../db/db";
import { ensureServiceId } from "../../db/queries/admin";
import { insertFollowUp } from "../../db/queries/follow-ups";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { forums } from "../../db/schema";
import { CLI_ACTOR } from "../../worker/actions/action";
import { updateUnitSettings } from "../../worker/actions/organizations";
import { randomCode, randomId } from "../../worker/crypto";
import { INSTRUMENT_KEYS } from "../../worker/survey/instruments";
import { createTestApp } from "./app";
import { fullAnswers, seedTouchpoint } from "./factories";
import { postJson, visitToken } from "./survey";

const PROFILES = [
  { gender: "L", education: "D4-S1", occupation: "SWASTA", age: "30-39" },
  { gender: "P", education: "SMA", occupation: "PNS", age: "20-29" },
  { gender: "P", education: "S2", occupation: "WIRASWASTA", age: "40-49" },
];
const RTL_ACTIONS = [
  "Menambah satu loket pada jam sibuk dan memasang papan antrean elektronik di ruang tunggu utama",
  "Menyederhanakan alur permohonan perizinan menjadi tiga langkah",
  "Pelatihan keramahan pelayanan bagi seluruh petugas loket",
  "Memperbaiki pendingin ruangan dan menambah kursi ruang tunggu",
  "Membuka kanal pengaduan WhatsApp yang dijawab dalam satu hari kerja",
];

/**
 * A demo unit for the laporan SKM: three services, each with its own touchpoint, answers in 2026-Q1 … Q3
 * with profiles, the signer's settings, five RTL rows with their quarter and a Forum Konsultasi Publik.
 */
export async function seedReportDemo(db: Db) {
  const tp = await seedTouchpoint(db, { orgName: "Pemerintah Kabupaten Uji" });
  const codes = [tp.code];
  for (const name of ["Pendaftaran penduduk", "Pengaduan masyarakat dengan nama layanan yang panjang sekali"]) {
    const serviceId = await ensureServiceId(db, tp.unitId, name, randomId());
    const code = randomCode();
    await insertTouchpoint(db, { id: randomId(), unitId: tp.unitId, serviceId, code, label: `Loket ${name}` });
    codes.push(code);
  }
  let now = 0;
  const { app } = createTestApp(db, {}, () => now);
  for (let i = 0; i < 36; i++) {
    // 2026-Q3 (Jul–Sep) gets two thirds of the answers; Q1 and Q2 the rest, for the trend.
    const month = i % 3 === 0 ? 1 + (i % 6) : 6 + (i % 3) + 1;
    now = Date.UTC(2026, month - 1, 2 + (i % 25), 3) / 1000;
    const answers = fullAnswers(undefined, (max) => max - (i % (max === 4 ? 2 : 3)));
    answers.U3 = 2 + (i % 2);
    const token = await visitToken(app, codes[Math.floor(i / 2) % codes.length]!);
    const res = await postJson(app, { token, answers, profile: PROFILES[Math.floor(i / 3) % PROFILES.length] });
    if (res.status !== 201) throw new Error(`seed answer ${i}: ${res.status} ${await res.text()}`);
  }
  const settings = { instruments: [...INSTRUMENT_KEYS], population: 1000, timeZone: null };
  const signer = {
    headName: "Dr. Siti Rahmawati, M.Si.",
    headTitle: "Kepala UPT Uji",
    headNip: "19750101 200003 2 001",
  };
  await updateUnitSettings(db, CLI_ACTOR, { unitId: tp.unitId, ...settings, ...signer, place: "Sleman" }, 1);
  const forumId = randomId();
  await db.insert(forums).values({
    id: forumId,
    unitId: tp.unitId,
    period: "2026-Q3",
    heldOn: "2026-10-05",
    notes: "Dihadiri 24 perwakilan pengguna layanan",
  });
  for (const [i, action] of RTL_ACTIONS.entries()) {
    await insertFollowUp(db, {
      id: randomId(),
      unitId: tp.unitId,
      period: "2026-Q3",
      item: ["U3", "U2", "U7", "U8", "U9"][i]!,
      problem: "Keluhan pengguna pada unsur ini",
      action,
      owner: i === 0 ? "Kepala Subbagian Tata Usaha dan Pelayanan Umum" : "Koordinator pelayanan",
      status: i < 2 ? "selesai" : "rencana",
      quarter: (i % 4) + 1,
      doneOn: i < 2 ? "2026-11-20" : null,
      forumId,
    });
  }
  return tp;
}
