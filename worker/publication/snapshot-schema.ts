import * as z from "zod";

/**
 * The published snapshot as stored and served as open data, defined here once and frozen per
 * `schemaVersion`: written through it (a change to the indices that breaks this shape fails the write,
 * loudly, in tests) and read back through it (no cast). Its enums are written out, not imported, so a
 * later change to the formulas' options cannot make an old snapshot unreadable. Keys outside the shape
 * are dropped on both sides: a new field reaches the open data only with a new schema version.
 *
 * Version 1 is the shape published since publication began; rows stored before `schemaVersion` existed
 * carry none and are version 1. Version 2 adds `flags`: why a period was published with a confirmation
 * (worker/publication/flags.ts); a version 1 snapshot reads as published without any. Version 3 adds
 * `serviceResults`: each jenis layanan's respondents and indices; older snapshots read with none.
 */
const SNAPSHOT_SCHEMA_VERSION = 3;

const ci95 = z.tuple([z.number(), z.number()]).nullable();
const count = z.number().int().min(0);
const date = z.iso.date();
const check = z.boolean().nullable();

const perception = z.object({
  n: count,
  items: z.array(z.object({ key: z.string(), mean: z.number(), n: count })),
  raw: z.number(),
  index4: z.number(),
  lke: z.number(),
  conversion: z.enum(["ratio", "linear"]),
  ci95,
  sufficient: z.boolean(),
});

const snapshotV1 = z.object({
  schemaVersion: z.literal(1),
  unit: z.object({ code: z.string(), name: z.string() }),
  organization: z.string(),
  services: z.array(z.string()),
  period: z.object({ label: z.string(), from: date, to: date }),
  respondents: count,
  ikm: z
    .object({
      n: count,
      items: z.array(z.object({ key: z.string(), nrr: z.number(), n: count })),
      index: z.number(),
      converted: z.number(),
      grade: z.enum(["A", "B", "C", "D"]).nullable(),
      performance: z.enum(["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"]).nullable(),
      weighting: z.enum(["exact", "0.111", "0.11"]),
      ci95,
      sufficient: z.boolean(),
    })
    .nullable(),
  ipkp: perception.nullable(),
  ipak: perception.nullable(),
  steeredShare: z.number().nullable(),
  sample: z.object({
    // Snapshots published before the basis was a setting prorated a shorter period by its days.
    basis: z.enum(["annual-per-period", "prorated"]).default("prorated"),
    population: z.number().nullable(),
    periodPopulation: z.number().nullable(),
    prorated: z.boolean(),
    required: count.nullable(),
    adequate: z.boolean().nullable(),
  }),
  zi: z.object({ wbk: z.object({ ipak: check, ipkp: check }), wbbm: z.object({ ipak: check, ipkp: check }) }),
  minRespondents: count,
  ciMethod: z.string(),
  formulaVersion: z.string(),
  profile: z.record(z.string(), z.record(z.string(), count)),
  followUps: z.array(
    z.object({
      period: z.string(),
      item: z.string(),
      action: z.string(),
      status: z.string(),
      dueDate: z.string().nullable(),
    }),
  ),
  publishedAt: z.iso.datetime(),
});

const snapshotV2 = snapshotV1.extend({
  schemaVersion: z.literal(2),
  flags: z.array(z.enum(["period_running", "sample_below_minimum"])),
});

const serviceIndex = z.object({ n: count, value: z.number(), sufficient: z.boolean() });

const snapshotV3 = snapshotV2.extend({
  schemaVersion: z.literal(3),
  // IKM as converted (25..100) with its mutu; IPKP and IPAK as index4 (0..4).
  serviceResults: z.array(
    z.object({
      name: z.string(),
      respondents: count,
      ikm: serviceIndex.extend({ grade: z.enum(["A", "B", "C", "D"]).nullable() }).nullable(),
      ipkp: serviceIndex.nullable(),
      ipak: serviceIndex.nullable(),
    }),
  ),
});

/** Any stored version as the current shape; `schemaVersion` stays the version it was stored as. */
export type Snapshot = Omit<z.output<typeof snapshotV3>, "schemaVersion"> & { schemaVersion: 1 | 2 | 3 };

/** The stored text of a new snapshot, in the current version; throws when the snapshot does not fit it. */
export function writeSnapshot(snapshot: Omit<z.input<typeof snapshotV3>, "schemaVersion">): string {
  return JSON.stringify(snapshotV3.parse({ ...snapshot, schemaVersion: SNAPSHOT_SCHEMA_VERSION }));
}

/** A stored snapshot of any version, as the current version. */
export function readSnapshot(data: string): Snapshot {
  const stored = { schemaVersion: 1, ...JSON.parse(data) } as { schemaVersion: unknown };
  if (stored.schemaVersion === 3) return snapshotV3.parse(stored);
  if (stored.schemaVersion === 2) return { ...snapshotV2.parse(stored), serviceResults: [] };
  return { ...snapshotV1.parse(stored), flags: [], serviceResults: [] };
}
