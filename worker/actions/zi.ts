import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnitWithOrg } from "../../db/queries/units";
import {
  deletePublicationChannel,
  getPublicationChannel,
  insertPublicationChannel,
  setCapaianGrade,
} from "../../db/queries/zi";
import { randomId } from "../crypto";
import { AppError, periodError } from "../errors";
import { checkPeriodLabel, PERIOD_MAX_YEAR, PERIOD_MIN_YEAR } from "../indices/period";
import { CAPAIAN_GRADES, capaianPoints, type CapaianGrade } from "../scoring/worksheet";
import { localDate } from "../survey/local-date";
import { cleanText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

/** A refused field, named, in both languages (pages show Indonesian or English, the API and CLI English). */
const bad = (path: string, id: string, en: string) =>
  new AppError("VALIDATION_FAILED", en, { issues: [{ path, message: en }], localized: { id, en } });

/** A year of the worksheet: four digits within the periods' window, as a number or as text. */
export function checkYear(input: unknown): number {
  const text = typeof input === "number" ? String(input) : typeof input === "string" ? input.trim() : "";
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= PERIOD_MIN_YEAR && year <= PERIOD_MAX_YEAR) return year;
  throw bad(
    "year",
    `Tahun harus empat angka antara ${PERIOD_MIN_YEAR} dan ${PERIOD_MAX_YEAR}.`,
    `year must be four digits within ${PERIOD_MIN_YEAR}–${PERIOD_MAX_YEAR}`,
  );
}

async function unitOf(db: Db, unitId: string) {
  const unit = await getUnitWithOrg(db, unitId);
  if (!unit) throw refused("NOT_FOUND", "Unit tidak ditemukan.", "No such unit.");
  return unit;
}

/** Capaian kinerja: the grade A–E a unit enters for a year (entering it again replaces it). */
export async function setCapaian(
  db: Db,
  actor: Actor,
  input: { unitId: string; year: unknown; grade: unknown },
  now: number,
) {
  const year = checkYear(input.year);
  const grade = typeof input.grade === "string" ? input.grade.trim().toUpperCase() : "";
  if (!(CAPAIAN_GRADES as readonly string[]).includes(grade))
    throw bad("grade", "Nilai capaian kinerja harus A, B, C, D atau E.", "grade must be A, B, C, D or E");
  const unit = await unitOf(db, input.unitId);
  await commit(db, [
    setCapaianGrade(db, { unitId: unit.id, year, grade, updatedAt: now }),
    audit(db, actor, unit.orgId, now, { action: "zi.capaian", target: `${unit.id}/${year}`, detail: grade }),
  ]);
  return { unitId: unit.id, year, grade: grade as CapaianGrade, points: capaianPoints(grade as CapaianGrade) };
}

/** The channels a unit logs by hand; the public page and its open data count as online by themselves. */
export const PUBLICATION_CHANNELS = ["poster", "leaflet", "social_media", "website", "other"] as const;
type Channel = (typeof PUBLICATION_CHANNELS)[number];
// Whether a channel is online follows from what it is; only "other" is said by the unit.
const ONLINE: Record<Exclude<Channel, "other">, boolean> = {
  poster: false,
  leaflet: false,
  social_media: true,
  website: true,
};

// A scheme with "//", a script-capable scheme, or a bare "www.": meant as a link, so it must be a web one.
const LINKISH = /^([a-z][a-z0-9+.-]*:\/\/|(javascript|data|vbscript|file|blob|about):|www\.)/i;

/** A link (http or https only) or a photo reference in words ("Foto papan pengumuman, arsip TU 12/2026"). */
function checkReference(reference: string): string {
  if (!LINKISH.test(reference)) return reference;
  let url: URL | null = null;
  try {
    url = new URL(reference);
  } catch {
    // Not parseable: refused below with the same words.
  }
  if (url && (url.protocol === "http:" || url.protocol === "https:") && url.hostname) return reference;
  throw bad(
    "reference",
    "Tautan harus lengkap dan diawali http:// atau https://; untuk foto, tulis keterangan arsipnya.",
    "a link must be a full http:// or https:// address; for a photo, describe where it is kept",
  );
}

const referenceText = cleanText({ max: 500, required: true });

type PublicationInput = { unitId: string; fields: Record<string, unknown> };

/** One entry of the publication log: where the results of a period were published, when, and the proof. */
export async function recordPublication(db: Db, actor: Actor, input: PublicationInput, now: number) {
  const f = input.fields;
  const period = checkPeriodLabel(f.period);
  if (!period.ok) throw periodError(period);
  const channel = PUBLICATION_CHANNELS.find((c) => c === f.channel);
  if (!channel)
    throw bad("channel", "Pilih media publikasi dari daftar.", `channel must be one of ${PUBLICATION_CHANNELS}`);
  const online = channel === "other" ? onlineFlag(f.online) : ONLINE[channel];
  const unit = await unitOf(db, input.unitId);
  const publishedOn = checkPublishedOn(f.publishedOn, period.period.from, localDate(now, unit.timeZone));
  const reference = checkReference(validated(z.object({ reference: referenceText }), f).reference);
  const id = randomId();
  const label = period.period.label;
  await commit(db, [
    insertPublicationChannel(db, { id, unitId: unit.id, period: label, channel, online, publishedOn, reference }),
    audit(db, actor, unit.orgId, now, {
      action: "zi.publication",
      target: `${unit.id}/${id}`,
      detail: `${label} ${channel} ${publishedOn}`,
    }),
  ]);
  return { id, unitId: unit.id, period: label, channel, online, publishedOn, reference };
}

/** Takes back an entry logged by mistake; the audit row keeps what it said. */
export async function removePublication(db: Db, actor: Actor, input: { unitId: string; id: string }, now: number) {
  const unit = await unitOf(db, input.unitId);
  const row = await getPublicationChannel(db, unit.id, input.id);
  if (!row) throw refused("NOT_FOUND", "Catatan publikasi tidak ditemukan.", "No such publication entry.");
  await commit(db, [
    deletePublicationChannel(db, unit.id, row.id),
    audit(db, actor, unit.orgId, now, {
      action: "zi.publication.remove",
      target: `${unit.id}/${row.id}`,
      detail: `${row.period} ${row.channel} ${row.publishedOn}`,
    }),
  ]);
  return { year: Number(row.period.slice(0, 4)) };
}

function onlineFlag(value: unknown): boolean {
  if (value === true || value === "1") return true;
  if (value === false || value === "0") return false;
  throw bad("online", "Untuk media lain, pilih daring atau luring.", "online must be 1 (online) or 0 (offline)");
}

/** A real date, not before the period began (its results did not exist yet) and not after today. */
function checkPublishedOn(value: unknown, periodStart: string, today: string): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (!z.iso.date().safeParse(text).success)
    throw bad(
      "publishedOn",
      "Tanggal publikasi harus tanggal yang ada (YYYY-MM-DD).",
      "publishedOn must be a real date YYYY-MM-DD",
    );
  if (text < periodStart || text > today)
    throw bad(
      "publishedOn",
      `Tanggal publikasi harus antara ${periodStart} dan hari ini (${today}).`,
      `publishedOn must be within ${periodStart}..${today}`,
    );
  return text;
}
