import type { Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { ensureServiceId, insertOrganization, insertUnit } from "../db/queries/admin";
import { insertTouchpoint } from "../db/queries/touchpoints";
import { randomCode, randomId } from "../worker/crypto";
import { INSTRUMENTS, INSTRUMENT_KEYS, PROFILE_BANDS } from "../worker/survey/instruments";
import { BulkSeeder } from "./bulk-seed";

export type InstansiShape = {
  /** Units in all: one eselon I root, regional offices (kanwil) under it, service offices under those. */
  units: number;
  regions: number;
  /** Responses of the busiest office (the one whose year is exported), and of every other unit. */
  bigUnitResponses: number;
  perUnitResponses: number;
  /** Visit days are spread evenly over these years. */
  years: number[];
};

// A small deterministic generator: the same instansi every run.
function generator(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/**
 * A large instansi as a tax directorate has it: a root, regions and a few hundred offices, each with a
 * service and a touchpoint, and a year or more of responses written with the bulk seeder (raw rows and
 * the insert path's own rollup increments).
 */
export async function seedInstansi(client: Client, shape: InstansiShape) {
  const db = drizzle(client);
  const rand = generator(14_2017);
  const orgId = randomId();
  await insertOrganization(db, {
    id: orgId,
    slug: `dj-${orgId.toLowerCase()}`,
    name: "Direktorat Jenderal Uji",
    timeZone: "Asia/Jakarta",
  });
  const units: { id: string; touchpointId: string; serviceId: string; code: string }[] = [];
  const addUnit = async (name: string, parentId: string | null) => {
    const id = randomId();
    await insertUnit(db, {
      id,
      orgId,
      parentId,
      code: `u-${units.length.toString().padStart(4, "0")}`,
      name,
      population: 2000 + Math.floor(rand() * 20000),
    });
    const serviceId = await ensureServiceId(db, id, "Pelayanan Umum", randomId());
    const touchpointId = randomId();
    const code = randomCode();
    await insertTouchpoint(db, { id: touchpointId, unitId: id, serviceId, code, label: "Loket 1" });
    units.push({ id, touchpointId, serviceId, code });
    return id;
  };
  const root = await addUnit("Kantor Pusat", null);
  const regions: string[] = [];
  for (let r = 0; r < shape.regions; r++) regions.push(await addUnit(`Kanwil ${r + 1}`, root));
  while (units.length < shape.units) await addUnit(`KPP ${units.length}`, regions[units.length % regions.length]!);

  const seeder = new BulkSeeder(client);
  const days = shape.years.flatMap((y) =>
    Array.from({ length: 365 }, (_, d) => new Date(Date.UTC(y, 0, 1 + d)).toISOString().slice(0, 10)),
  );
  let n = 0;
  const respond = async (u: (typeof units)[number]) => {
    const localDate = days[Math.floor(rand() * days.length)]!;
    const answers = INSTRUMENT_KEYS.flatMap((ins) =>
      INSTRUMENTS[ins].items.map((item) => ({
        item,
        instrument: ins,
        value: 1 + Math.min(INSTRUMENTS[ins].max - 1, Math.floor(rand() * rand() * 2 * INSTRUMENTS[ins].max)),
      })),
    );
    const id = `r${String(n++).padStart(9, "0")}`;
    await seeder.add({
      id,
      unitId: u.id,
      serviceId: u.serviceId,
      touchpointId: u.touchpointId,
      localDate,
      submittedAt: Date.parse(localDate) / 1000 + 3 * 3600,
      lang: "id",
      nonce: `n${id}`,
      steered: rand() < 0.9 ? rand() < 0.03 : null,
      comment: rand() < 0.1 ? "Antrean panjang, mohon tambah loket" : null,
      profile: {
        gender: PROFILE_BANDS.gender[Math.floor(rand() * 2)],
        education: PROFILE_BANDS.education[Math.floor(rand() * 7)],
      },
      answers,
    });
  };
  const big = units.at(-1)!;
  for (let i = 0; i < shape.bigUnitResponses; i++) await respond(big);
  for (const u of units) for (let i = 0; i < shape.perUnitResponses; i++) await respond(u);
  await seeder.flush();
  return { orgId, rootId: root, bigUnitId: big.id, bigUnitCode: big.code, units, responses: n };
}
