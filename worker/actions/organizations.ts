import * as z from "zod";
import type { Db } from "../../db/db";
import {
  getOrganizationById,
  getOrganizationBySlug,
  getUnit,
  getUnitByCode,
  insertOrganization,
  insertUnit,
  updateOrganization,
  updateUnitSettings as updateUnitRow,
} from "../../db/queries/admin";
import { randomId } from "../crypto";
import { orgSettingsWrite, parseOrgSettings, parseUnitSettings, timeZoneSchema, unitSettingsWrite } from "../settings";
import { cleanText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lowercase letters, digits and dashes");
const name = cleanText({ max: 200, required: true });

const newOrganization = z.object({ name, slug, timeZone: timeZoneSchema.default("Asia/Jakarta") });

export async function createOrganization(db: Db, actor: Actor, input: z.input<typeof newOrganization>, now: number) {
  const o = validated(newOrganization, input);
  if (await getOrganizationBySlug(db, o.slug))
    throw refused(
      "BAD_REQUEST",
      `Instansi dengan slug "${o.slug}" sudah ada.`,
      `An organization with slug "${o.slug}" exists already.`,
    );
  const id = randomId();
  await commit(db, [
    insertOrganization(db, { id, ...o }),
    audit(db, actor, id, now, { action: "org.create", target: o.slug, detail: o.name }),
  ]);
  return { id, slug: o.slug };
}

const settingsChange = z.object({
  orgId: z.string(),
  timeZone: timeZoneSchema.optional(),
  settings: orgSettingsWrite.partial(),
});

/**
 * Changes an organization's settings (and time zone). The change is checked with the settings' own
 * schema, merged into what is stored, and the whole checked again, so nothing is written that the
 * lenient reader would silently replace with a default.
 */
export async function updateOrganizationSettings(
  db: Db,
  actor: Actor,
  input: z.input<typeof settingsChange>,
  now: number,
) {
  const c = validated(settingsChange, input);
  const org = await getOrganizationById(db, c.orgId);
  if (!org) throw refused("NOT_FOUND", "Instansi tidak ditemukan.", "No such organization.");
  // What is not given stays as stored (an absent field is not a change to "nothing").
  const given = Object.fromEntries(Object.entries(c.settings).filter(([, v]) => v !== undefined));
  const settings = validated(orgSettingsWrite, { ...parseOrgSettings(org.settings), ...given });
  const timeZone = c.timeZone ?? org.timeZone;
  // The log keeps the formula settings as they now are (the same however they were changed), not the texts.
  const { weighting, conversion, minRespondents, retentionMonths, sampleBasis } = settings;
  await commit(db, [
    updateOrganization(db, org.id, { settings: JSON.stringify(settings), timeZone }),
    audit(db, actor, org.id, now, {
      action: "settings.org",
      target: org.slug,
      detail: JSON.stringify({ timeZone, weighting, conversion, minRespondents, retentionMonths, sampleBasis }),
    }),
  ]);
  return { slug: org.slug, settings: parseOrgSettings(JSON.stringify(settings)), timeZone };
}

const newUnit = z.object({
  orgId: z.string(),
  name,
  code: slug,
  parentId: z.string().nullish(),
  population: z.number().int().positive().nullish(),
  timeZone: timeZoneSchema.nullish(),
  instruments: unitSettingsWrite.shape.instruments.optional(),
});

export async function createUnit(db: Db, actor: Actor, input: z.input<typeof newUnit>, now: number) {
  const u = validated(newUnit, input);
  const notFound = () =>
    refused("NOT_FOUND", "Unit induk tidak ditemukan di instansi ini.", `No unit ${u.parentId} in this organization.`);
  const parent = u.parentId ? await getUnit(db, u.parentId) : null;
  // A deactivated unit takes no new setup: a child under it would hang where nobody sees it.
  if (u.parentId && (parent?.orgId !== u.orgId || parent.deactivatedAt !== null)) throw notFound();
  if (await getUnitByCode(db, u.code))
    throw refused(
      "BAD_REQUEST",
      `Unit dengan kode "${u.code}" sudah ada.`,
      `A unit with code "${u.code}" exists already.`,
    );
  const id = randomId();
  const settings = JSON.stringify(u.instruments ? { instruments: u.instruments } : {});
  await commit(db, [
    insertUnit(db, {
      id,
      orgId: u.orgId,
      parentId: u.parentId ?? null,
      code: u.code,
      name: u.name,
      population: u.population ?? null,
      timeZone: u.timeZone ?? null,
      settings,
    }),
    audit(db, actor, u.orgId, now, {
      action: "unit.create",
      target: id,
      detail: JSON.stringify({ code: u.code, name: u.name }),
    }),
  ]);
  return { id, code: u.code };
}

const unitChange = z.object({
  unitId: z.string(),
  instruments: unitSettingsWrite.shape.instruments,
  population: z.number().int().positive().nullable(),
  timeZone: timeZoneSchema.nullable(),
  // Who signs the laporan SKM; absent (a form of an older page) keeps what is stored.
  headName: unitSettingsWrite.shape.headName.optional(),
  headTitle: unitSettingsWrite.shape.headTitle.optional(),
  headNip: unitSettingsWrite.shape.headNip.optional(),
  place: unitSettingsWrite.shape.place.optional(),
  complaintText: unitSettingsWrite.shape.complaintText.optional(),
  complaintUrl: unitSettingsWrite.shape.complaintUrl.optional(),
});

export async function updateUnitSettings(db: Db, actor: Actor, input: z.input<typeof unitChange>, now: number) {
  const u = validated(unitChange, input);
  const unit = await getUnit(db, u.unitId);
  if (!unit) throw refused("NOT_FOUND", "Unit tidak ditemukan.", "No such unit.");
  const { headName, headTitle, headNip, place, complaintText, complaintUrl } = u;
  const textFields = Object.fromEntries(
    Object.entries({ headName, headTitle, headNip, place, complaintText, complaintUrl }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  const settings = { ...parseUnitSettings(unit.settings), instruments: u.instruments, ...textFields };
  await commit(db, [
    updateUnitRow(db, unit.id, { settings: JSON.stringify(settings), population: u.population, timeZone: u.timeZone }),
    audit(db, actor, unit.orgId, now, {
      action: "settings.unit",
      target: unit.id,
      detail: JSON.stringify({
        instruments: u.instruments,
        population: u.population,
        timeZone: u.timeZone ?? "",
        ...textFields,
      }),
    }),
  ]);
}
