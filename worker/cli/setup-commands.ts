import { writeFile } from "node:fs/promises";
import * as z from "zod";
import type { Db } from "../../db/db";
import { getOrganizationBySlug } from "../../db/queries/admin";
import { getTouchpointByCode } from "../../db/queries/touchpoints";
import { CLI_ACTOR } from "../actions/action";
import { createOrganization, createUnit, updateOrganizationSettings } from "../actions/organizations";
import { createTouchpoint, updateTouchpoint } from "../actions/touchpoints";
import { migrateDb } from "../node-db";
import { qrPng, qrSvg } from "../qr/qr";
import { orgSettingsWrite, timeZoneSchema, unitSettingsWrite } from "../settings";
import { CliError, defineCommand, nowSeconds, publicBaseUrl, qrTargetWarning, type Command } from "./command";
import { flag, json, number, slug, text } from "./flags";

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
    help: "--name --slug [--tz Asia/Jakarta|Asia/Makassar|Asia/Jayapura]",
    flags: z.object({ name: z.string(), slug: z.string(), tz: timeZoneSchema.optional(), ...json }),
    run: async ({ db }, f) => {
      const org = await createOrganization(db, CLI_ACTOR, { name: f.name, slug: f.slug, timeZone: f.tz }, nowSeconds());
      return { json: org, text: `Organization ${f.name} created: id ${org.id}, slug ${org.slug}` };
    },
  }),

  "org:settings": defineCommand({
    help: "--org <slug> [--weighting exact|0.111|0.11] [--conversion ratio|linear] [--min-respondents n] [--retention-months n] [--sample-basis annual-per-period|prorated] [--tz]",
    flags: z.object({
      org: slug,
      weighting: orgSettingsWrite.shape.weighting.optional(),
      conversion: orgSettingsWrite.shape.conversion.optional(),
      "min-respondents": number.optional(),
      "retention-months": number.optional(),
      "sample-basis": orgSettingsWrite.shape.sampleBasis.optional(),
      tz: timeZoneSchema.optional(),
      ...json,
    }),
    run: async ({ db }, f) => {
      const org = await orgBySlug(db, f.org);
      const settings = {
        weighting: f.weighting,
        conversion: f.conversion,
        minRespondents: f["min-respondents"],
        retentionMonths: f["retention-months"],
        sampleBasis: f["sample-basis"],
      };
      const changed = await updateOrganizationSettings(
        db,
        CLI_ACTOR,
        { orgId: org.id, timeZone: f.tz, settings },
        nowSeconds(),
      );
      return {
        json: { slug: f.org, settings: changed.settings },
        text: `Settings of ${f.org}: ${JSON.stringify(changed.settings)}`,
      };
    },
  }),

  "unit:create": defineCommand({
    help: "--org <slug> --name --code [--parent <unitId>] [--population <n>] [--tz] [--instruments skm,spkp,spak]",
    flags: z.object({
      org: slug,
      name: z.string(),
      code: z.string(),
      parent: z.string().optional(),
      population: number.optional(),
      tz: timeZoneSchema.optional(),
      instruments: z
        .string()
        .transform((s) => s.split(",").map((x) => x.trim()))
        .pipe(unitSettingsWrite.shape.instruments)
        .optional(),
      ...json,
    }),
    run: async ({ db }, f) => {
      const org = await orgBySlug(db, f.org);
      const input = {
        orgId: org.id,
        name: f.name,
        code: f.code,
        parentId: f.parent,
        population: f.population,
        timeZone: f.tz,
        instruments: f.instruments,
      };
      const unit = await createUnit(db, CLI_ACTOR, input, nowSeconds());
      return { json: unit, text: `Unit ${f.name} created: id ${unit.id}, code ${unit.code}` };
    },
  }),

  "touchpoint:create": defineCommand({
    help: "--unit <unitId> --label [--service <name>] [--kiosk]   prints the QR target URL",
    flags: z.object({ unit: text, label: z.string(), service: z.string().optional(), kiosk: flag, ...json }),
    run: async ({ db, env }, f) => {
      const { id, code } = await createTouchpoint(
        db,
        CLI_ACTOR,
        { unitId: f.unit, label: f.label, service: f.service, kiosk: f.kiosk },
        nowSeconds(),
      );
      const url = touchpointUrl(env, code);
      const warning = qrTargetWarning(env);
      const shown = `Touchpoint ${f.label} created: code ${code}\nQR target: ${url}`;
      const warned = warning ? { warning } : {};
      if (!f.kiosk) return { json: { id, code, url, ...warned }, text: shown, warning };
      // The tablet opens the kiosk page; the QR target stays the phone form.
      const kioskUrl = `${publicBaseUrl(env)}/k/${code}`;
      return { json: { id, code, url, kioskUrl, ...warned }, text: `${shown}\nKiosk: ${kioskUrl}`, warning };
    },
  }),

  "touchpoint:qr": defineCommand({
    help: "--code <code> --out <file.svg|file.png>   writes the QR code of a touchpoint",
    flags: z.object({
      code: text,
      out: z.string().regex(/\.(svg|png)$/i, "the file must end in .svg or .png"),
      ...json,
    }),
    run: async ({ db, env }, f) => {
      const tp = await getTouchpointByCode(db, f.code);
      if (!tp) throw new CliError(`No touchpoint with code "${f.code}".`);
      const url = touchpointUrl(env, tp.code);
      // The same encoder as the dashboard's downloads, so a code printed from either scans the same.
      await writeFile(f.out, /\.svg$/i.test(f.out) ? qrSvg(url) : await qrPng(url, { scale: 16 }));
      const text = `QR for ${url} written to ${f.out}`;
      return { json: { code: tp.code, url, file: f.out }, text, warning: qrTargetWarning(env) };
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
  await updateTouchpoint(db, CLI_ACTOR, { code, active }, nowSeconds());
  return { json: { code, active }, text: `Touchpoint ${code} is now ${active ? "open" : "closed"}.` };
}

async function orgBySlug(db: Db, slug: string) {
  const org = await getOrganizationBySlug(db, slug);
  if (!org) throw new CliError(`No organization with slug "${slug}".`);
  return org;
}
