import { writeFile } from "node:fs/promises";
import * as z from "zod";
import type { Db } from "../../db/db";
import {
  ensureService,
  getOrganizationBySlug,
  getUnit,
  getUnitByCode,
  insertOrganization,
  insertUnit,
  updateOrganizationSettings,
} from "../../db/queries/admin";
import { getTouchpointByCode, insertTouchpoint, setTouchpointActive } from "../../db/queries/touchpoints";
import { randomCode, randomId } from "../crypto";
import { migrateDb } from "../node-db";
import { qrPng, qrSvg } from "../qr/qr";
import { WEIGHTINGS } from "../scoring/ikm";
import { CONVERSIONS } from "../scoring/perception";
import { parseOrgSettings } from "../settings";
import { INSTRUMENT_KEYS } from "../survey/instruments";
import { CliError, defineCommand, publicBaseUrl, type Command } from "./command";
import { json, label, name, slug, text, timeZone } from "./flags";

const touchpointUrl = (env: NodeJS.ProcessEnv, code: string) => `${publicBaseUrl(env)}/s/${code}`;

/** Setting up an instansi: the database, organizations, units, touchpoints and their QR codes. */
export const setupCommands: Record<string, Command> = {
  migrate: defineCommand({
    help: "apply the shipped migrations to DATABASE_URL (a file, sqld or Turso)",
    flags: z.object(json),
    run: async ({ db }) => {
      await migrateDb(db);
      return { json: { ok: true }, text: "Migrations applied." };
    },
  }),

  "org:create": defineCommand({
    help: "--name --slug [--tz Asia/Jakarta]",
    flags: z.object({ name, slug, tz: timeZone.default("Asia/Jakarta"), ...json }),
    run: async ({ db }, f) => {
      if (await getOrganizationBySlug(db, f.slug)) throw new CliError(`An organization with slug "${f.slug}" exists already.`);
      const id = randomId();
      await insertOrganization(db, { id, slug: f.slug, name: f.name, timeZone: f.tz });
      return { json: { id, slug: f.slug }, text: `Organization ${f.name} created: id ${id}, slug ${f.slug}` };
    },
  }),

  "org:settings": defineCommand({
    help: "--org <slug> [--weighting exact|0.111|0.11] [--conversion ratio|linear] [--min-respondents n] [--retention-months n]",
    flags: z.object({
      org: slug,
      weighting: z.enum(WEIGHTINGS).optional(),
      conversion: z.enum(CONVERSIONS).optional(),
      "min-respondents": z.coerce.number().int().min(1).max(10000).optional(),
      "retention-months": z.coerce.number().int().min(1).max(120).optional(),
      ...json,
    }),
    run: async ({ db }, f) => {
      const org = await getOrganizationBySlug(db, f.org);
      if (!org) throw new CliError(`No organization with slug "${f.org}".`);
      const changes = {
        ...(f.weighting ? { weighting: f.weighting } : {}),
        ...(f.conversion ? { conversion: f.conversion } : {}),
        ...(f["min-respondents"] ? { minRespondents: f["min-respondents"] } : {}),
        ...(f["retention-months"] ? { retentionMonths: f["retention-months"] } : {}),
      };
      const stored = JSON.parse(org.settings || "{}") as Record<string, unknown>;
      await updateOrganizationSettings(db, org.id, JSON.stringify({ ...stored, ...changes }));
      const settings = parseOrgSettings(JSON.stringify({ ...stored, ...changes }));
      return { json: { slug: f.org, settings }, text: `Settings of ${f.org}: ${JSON.stringify(settings)}` };
    },
  }),

  "unit:create": defineCommand({
    help: "--org <slug> --name --code [--parent <unitId>] [--population <n>] [--tz] [--instruments skm,spkp,spak]",
    flags: z.object({
      org: slug,
      name,
      code: slug,
      parent: z.string().optional(),
      population: z.coerce.number().int().positive().optional(),
      tz: timeZone.optional(),
      instruments: z
        .string()
        .transform((s) => s.split(",").map((x) => x.trim()))
        .pipe(z.array(z.enum(INSTRUMENT_KEYS as ["skm", "spkp", "spak"])).min(1))
        .optional(),
      ...json,
    }),
    run: async ({ db }, f) => {
      const org = await getOrganizationBySlug(db, f.org);
      if (!org) throw new CliError(`No organization with slug "${f.org}".`);
      if (f.parent) {
        const parent = await getUnit(db, f.parent);
        if (!parent || parent.orgId !== org.id) throw new CliError(`No unit ${f.parent} in ${f.org}.`);
      }
      if (await getUnitByCode(db, f.code)) throw new CliError(`A unit with code "${f.code}" exists already.`);
      const id = randomId();
      await insertUnit(db, {
        id,
        orgId: org.id,
        parentId: f.parent ?? null,
        code: f.code,
        name: f.name,
        population: f.population ?? null,
        timeZone: f.tz ?? null,
        settings: JSON.stringify(f.instruments ? { instruments: f.instruments } : {}),
      });
      return { json: { id, code: f.code }, text: `Unit ${f.name} created: id ${id}, code ${f.code}` };
    },
  }),

  "touchpoint:create": defineCommand({
    help: "--unit <unitId> --label [--service <name>]   prints the QR target URL",
    flags: z.object({ unit: text, label, service: label.optional(), ...json }),
    run: async ({ db, env }, f) => {
      const unit = await getUnit(db, f.unit);
      if (!unit) throw new CliError(`No unit with id "${f.unit}".`);
      const serviceId = f.service ? await ensureService(db, unit.id, f.service, randomId()) : null;
      const id = randomId();
      const code = randomCode();
      await insertTouchpoint(db, { id, unitId: unit.id, serviceId, code, label: f.label });
      const url = touchpointUrl(env, code);
      return { json: { id, code, url }, text: `Touchpoint ${f.label} created: code ${code}\nQR target: ${url}` };
    },
  }),

  "touchpoint:qr": defineCommand({
    help: "--code <code> --out <file.svg|file.png>   writes the QR code of a touchpoint",
    flags: z.object({ code: text, out: z.string().regex(/\.(svg|png)$/i, "the file must end in .svg or .png"), ...json }),
    run: async ({ db, env }, f) => {
      const tp = await getTouchpointByCode(db, f.code);
      if (!tp) throw new CliError(`No touchpoint with code "${f.code}".`);
      const url = touchpointUrl(env, tp.code);
      // The same encoder as the dashboard's downloads, so a code printed from either scans the same.
      await writeFile(f.out, /\.svg$/i.test(f.out) ? qrSvg(url) : await qrPng(url, { scale: 16 }));
      return { json: { code: tp.code, url, file: f.out }, text: `QR for ${url} written to ${f.out}` };
    },
  }),

  "touchpoint:deactivate": defineCommand({
    help: "--code <code>   closes a touchpoint's survey (its page then says so politely)",
    flags: z.object({ code: text, ...json }),
    run: async ({ db }, f) => setActive(db, f.code, false),
  }),

  "touchpoint:activate": defineCommand({
    help: "--code <code>   reopens a touchpoint's survey",
    flags: z.object({ code: text, ...json }),
    run: async ({ db }, f) => setActive(db, f.code, true),
  }),

};

async function setActive(db: Db, code: string, active: boolean) {
  const tp = await getTouchpointByCode(db, code);
  if (!tp) throw new CliError(`No touchpoint with code "${code}".`);
  await setTouchpointActive(db, tp.id, active);
  return { json: { code, active }, text: `Touchpoint ${code} is now ${active ? "open" : "closed"}.` };
}

