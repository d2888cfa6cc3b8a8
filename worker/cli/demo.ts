import type { Db } from "../../db/db";
import { getOrganizationBySlug } from "../../db/queries/admin";
// The demo's synthetic answers go in by the survey's own insert path (a citizen's write has no audit row).
// eslint-disable-next-line no-restricted-imports
import { insertResponse } from "../../db/queries/responses";
import { RED_FLAG_WORDS } from "../settings";
import { flagReasons } from "../survey/flags";
import { getTouchpointByCode } from "../../db/queries/touchpoints";
import { CLI_ACTOR } from "../actions/action";
import { createOrganization, createUnit } from "../actions/organizations";
import { createTouchpoint } from "../actions/touchpoints";
import { seedDemoEvidence } from "./demo-evidence";
import { randomId } from "../crypto";
import { INSTRUMENTS, INSTRUMENT_KEYS, PROFILE_BANDS, PROFILE_FIELDS } from "../survey/instruments";
import { localDate } from "../survey/local-date";

const DEMO_SLUG = "demo";

// Units of a made-up city's one-stop service office; `quality` shifts their answers so the dashboard
// has a strong unit, an average one and one that needs follow-up.
const UNITS = [
  {
    key: "root",
    code: "demo-dinas",
    name: "Dinas PMPTSP Kota Contoh",
    parent: null,
    population: 24000,
    quality: 0.3,
    perDay: 3,
  },
  {
    key: "izin",
    code: "demo-perizinan",
    name: "Bidang Perizinan",
    parent: "root",
    population: 9000,
    quality: 0.1,
    perDay: 4,
  },
  {
    key: "mpp",
    code: "demo-mpp",
    name: "UPT Mal Pelayanan Publik",
    parent: "root",
    population: 15000,
    quality: 0.5,
    perDay: 5,
  },
  {
    key: "timur",
    code: "demo-mpp-timur",
    name: "Gerai MPP Wilayah Timur",
    parent: "mpp",
    population: 3000,
    quality: -0.5,
    perDay: 2,
    tz: "Asia/Makassar",
  },
] as const;

const ZONE_OFFSET_HOURS: Record<string, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };
const SERVICES = ["Perizinan berusaha", "Informasi dan pengaduan"];
const COMMENTS = [
  "Antrian cukup cepat, petugas ramah.",
  "Ruang tunggu panas, mohon ditambah kipas.",
  "Informasi persyaratan di website belum lengkap.",
  "Pelayanan sangat memuaskan, terima kasih.",
  "Parkir sempit.",
  "Ada calo di depan loket yang menawarkan jasa pengurusan.",
];

/** A small deterministic generator, so every demo database tells the same story. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedDemo(db: Db, baseUrl: string) {
  if (await getOrganizationBySlug(db, DEMO_SLUG)) {
    return {
      summary: `The demo instansi (slug "${DEMO_SLUG}") exists already; nothing added.`,
      json: { created: false },
    };
  }
  const rand = prng(2017);
  const now = Math.floor(Date.now() / 1000);
  // The instansi is set up as an operator would (the actions, audited); the responses go in by the survey's own write.
  const { id: orgId } = await createOrganization(
    db,
    CLI_ACTOR,
    { slug: DEMO_SLUG, name: "Pemerintah Kota Contoh", timeZone: "Asia/Jakarta" },
    now,
  );
  const ids: Record<string, string> = {};
  const touchpointsByUnit: Record<string, { id: string; code: string; serviceId: string }[]> = {};
  for (const u of UNITS) {
    const unit = {
      orgId,
      parentId: u.parent ? ids[u.parent]! : null,
      code: u.code,
      name: u.name,
      population: u.population,
      timeZone: "tz" in u ? u.tz : null,
    };
    ids[u.key] = (await createUnit(db, CLI_ACTOR, unit, now)).id;
    touchpointsByUnit[u.key] = [];
    for (const [i, service] of SERVICES.entries()) {
      const { code } = await createTouchpoint(
        db,
        CLI_ACTOR,
        { unitId: ids[u.key]!, label: `Loket ${i + 1}`, service },
        now,
      );
      const tp = (await getTouchpointByCode(db, code))!;
      touchpointsByUnit[u.key]!.push({ id: tp.id, code, serviceId: tp.serviceId! });
    }
  }

  let total = 0;
  for (const u of UNITS) {
    const tz = "tz" in u ? u.tz : "Asia/Jakarta";
    // Indonesia keeps no daylight saving, so a zone is a fixed offset: office days and hours in local time.
    const offset = ZONE_OFFSET_HOURS[tz]! * 3600;
    const todayStart = Math.floor((now + offset) / 86400) * 86400 - offset;
    for (let day = 365; day >= 1; day--) {
      const dayStart = todayStart - day * 86400;
      const weekday = new Date((dayStart + offset) * 1000).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const count = Math.floor(rand() * u.perDay * 2);
      for (let k = 0; k < count; k++) {
        const at = dayStart + 8 * 3600 + Math.floor(rand() * 8 * 3600);
        const tp = touchpointsByUnit[u.key]![Math.floor(rand() * SERVICES.length)]!;
        const r = syntheticResponse(rand, u.quality, ids[u.key]!, tp, localDate(at, tz), at);
        // Warning signs as the survey would flag them, so the demo's Perlu perhatian inbox has something in it.
        const reasons = flagReasons(r, RED_FLAG_WORDS);
        await insertResponse(db, reasons.length > 0 ? { ...r, flag: { orgId, reasons } } : r);
        total++;
      }
    }
  }

  const published = await seedDemoEvidence(db, ids.mpp!, now);
  const lines = UNITS.map(
    (u) => `  ${u.name.padEnd(28)} unit ${ids[u.key]}  survey ${baseUrl}/s/${touchpointsByUnit[u.key]![0]!.code}`,
  );
  return {
    summary:
      `Demo instansi "Pemerintah Kota Contoh" (slug ${DEMO_SLUG}) with ${total} responses over the last year;` +
      ` the MPP published ${published} with its forum, follow-up plan, publication log and capaian kinerja:\n${lines.join("\n")}`,
    json: {
      created: true,
      slug: DEMO_SLUG,
      responses: total,
      units: UNITS.map((u) => ({ id: ids[u.key], code: u.code })),
    },
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]) => list[Math.floor(rand() * list.length)]!;

function syntheticResponse(
  rand: Rand,
  quality: number,
  unitId: string,
  tp: { id: string; serviceId: string },
  date: string,
  at: number,
) {
  const answers = INSTRUMENT_KEYS.flatMap((ins) =>
    INSTRUMENTS[ins].items.map((item, i) => {
      const { max } = INSTRUMENTS[ins];
      // Most people answer near the top of the scale; items further down the list drift slightly lower.
      const centre = max - 0.7 + quality - (i % 4) * 0.15;
      const value = Math.round(centre + (rand() + rand() - 1) * 1.4);
      return { item, instrument: ins, value: Math.min(max, Math.max(1, value)) };
    }),
  );
  const profile = Object.fromEntries(
    PROFILE_FIELDS.filter(() => rand() < 0.85).map((f) => [f, pick(rand, PROFILE_BANDS[f])]),
  );
  return {
    id: randomId(),
    unitId,
    serviceId: tp.serviceId,
    touchpointId: tp.id,
    localDate: date,
    submittedAt: at,
    lang: rand() < 0.95 ? "id" : "en",
    nonce: randomId(22),
    steered: rand() < 0.9 ? rand() < 0.03 : null,
    comment: rand() < 0.15 ? pick(rand, COMMENTS) : null,
    profile,
    answers,
  };
}
