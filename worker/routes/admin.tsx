import type { Context } from "hono";
import * as z from "zod";
import { getOrganizationById, getUnit } from "../../db/queries/admin";
import { listTokens } from "../../db/queries/tokens";
import { listOrgUnitSettings, listOrgUnits } from "../../db/queries/units";
import { listAudit } from "../../db/queries/users";
import { adminText } from "../../web/admin-text";
import { AuditPage, TokensPage } from "../../web/pages/AdminListsPage";
import { SettingsPage, type SettingsProps } from "../../web/pages/SettingsPage";
import type { FieldErrors } from "../../web/components/FieldError";
import { reportSettingsText } from "../../web/text-report";
import { userActor } from "../actions/action";
import { updateOrganizationSettings, updateUnitSettings } from "../actions/organizations";
import { createApiToken, revokeApiToken } from "../actions/tokens";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { AppError } from "../errors";
import { formText, readForm } from "../form-body";
import { formAction, formError, issuesByField } from "../form-issues";
import { html, requestLang } from "../render";
import { orgTimeZone } from "../dashboard/period";
import { WEIGHTINGS } from "../scoring/ikm";
import { CONVERSIONS } from "../scoring/perception";
import { SAMPLE_BASES } from "../scoring/sample";
import { parseOrgSettings, parseUnitSettings, timeZoneSchema, type UnitSettings } from "../settings";
import { INSTRUMENT_KEYS } from "../survey/instruments";
import { cleanText, normalizeText } from "../text";

/** /admin/settings, /users, /tokens, /audit: the organization's administration, for admins only. */
export const adminRoutes = dashboardFactory.createApp();

// A non-admin is told nothing exists here, as for units outside their scope. Only these paths: the
// sub-app is mounted at /admin beside the dashboard, and a bare use() would cover all of /admin.
for (const path of ["/settings/*", "/users/*", "/tokens/*", "/audit/*"]) {
  adminRoutes.use(path, async (c, next) => {
    if (c.var.user.role !== "admin") throw new AppError("NOT_FOUND", "Halaman tidak ditemukan");
    await next();
  });
}

const fail = (c: Context<DashboardEnv>, error: z.ZodError) => formError(error, requestLang(c));

type OrgForm = SettingsProps["org"];

/** The settings page; a refused organization form passes what was typed and its errors. */
async function settingsPage(c: Context<DashboardEnv>, refused?: { org: Partial<OrgForm>; errors: FieldErrors }) {
  const { db, user } = c.var;
  const org = (await getOrganizationById(db, user.orgId))!;
  const s = parseOrgSettings(org.settings);
  const units = await listOrgUnitSettings(db, user.orgId);
  const props = {
    org: {
      timeZone: org.timeZone,
      weighting: s.weighting,
      conversion: s.conversion,
      minRespondents: s.minRespondents,
      sampleBasis: s.sampleBasis,
      retentionMonths: s.retentionMonths,
      privacyNotice: s.privacyNotice ?? "",
      profileBands: s.profileBands,
      ...refused?.org,
    },
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      population: u.population,
      timeZone: u.timeZone,
      ...unitSigner(parseUnitSettings(u.settings)),
    })),
  };
  const saved = !refused && c.req.query("saved") === "1";
  const page = <SettingsPage chrome={adminChrome(c)} saved={saved} errors={refused?.errors} {...props} />;
  return html(c, refused ? 422 : 200, page);
}

adminRoutes.get("/settings", (c) => settingsPage(c));

const unitSigner = ({
  instruments,
  headName,
  headTitle,
  headNip,
  place,
  complaintText,
  complaintUrl,
}: UnitSettings) => ({
  instruments,
  signer: { headName, headTitle, headNip, place },
  complaint: { complaintText, complaintUrl },
});

/** One category per line, each cleaned as a label; blanks and repeats dropped. */
const bandLines = cleanText({ max: 2000, multiline: true })
  .transform((text) => [
    ...new Set(
      text
        .split("\n")
        .map((l) => normalizeText(l))
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(cleanText({ max: 40 }))
      .min(2, "minimal 2 pilihan")
      .max(12, "paling banyak 12 pilihan"),
  );

const orgForm = z.object({
  timeZone: timeZoneSchema,
  weighting: z.enum(WEIGHTINGS),
  conversion: z.enum(CONVERSIONS),
  minRespondents: z.coerce.number().int().min(1).max(10000),
  // Absent from a form of an older page: the stored choice stays.
  sampleBasis: z.enum(SAMPLE_BASES).optional(),
  retentionMonths: z.coerce.number().int().min(1).max(120),
  privacyNotice: cleanText({ max: 2000, multiline: true }).default(""),
  bands_age: bandLines,
  bands_gender: bandLines,
  bands_education: bandLines,
  bands_occupation: bandLines,
});

/** The organization form as typed, for the page to show again: text stays text, lists are the lines. */
function typedOrg(form: Record<string, string | File>): Partial<OrgForm> {
  const text = (k: string) => formText(form, k);
  const out: Partial<OrgForm> = {};
  for (const k of ["timeZone", "weighting", "conversion", "sampleBasis", "minRespondents", "retentionMonths"] as const)
    if (text(k) !== undefined) out[k] = text(k)!;
  if (text("privacyNotice") !== undefined) out.privacyNotice = text("privacyNotice")!;
  const bands = Object.fromEntries(
    ["age", "gender", "education", "occupation"].map((k) => [k, (text(`bands_${k}`) ?? "").split(/\r?\n/)]),
  );
  return { ...out, profileBands: bands };
}

adminRoutes.post("/settings", async (c) => {
  const { db, user, now } = c.var;
  const form = await readForm(c);
  const f = orgForm.safeParse(form);
  if (!f.success) return settingsPage(c, { org: typedOrg(form), errors: issuesByField(f.error, requestLang(c)) });
  const { timeZone, privacyNotice, bands_age, bands_gender, bands_education, bands_occupation, ...rest } = f.data;
  const profileBands = {
    age: bands_age,
    gender: bands_gender,
    education: bands_education,
    occupation: bands_occupation,
  };
  await updateOrganizationSettings(
    db,
    userActor(user),
    { orgId: user.orgId, timeZone, settings: { ...rest, profileBands, privacyNotice: privacyNotice || undefined } },
    now,
  );
  return c.redirect("/admin/settings?saved=1", 303);
});

adminRoutes.post("/settings/units/:unitId", async (c) => {
  const { db, user, now } = c.var;
  const unit = await getUnit(db, c.req.param("unitId"));
  if (!unit || unit.orgId !== user.orgId) throw new AppError("NOT_FOUND", "Unit tidak ditemukan");
  const body = await c.req.parseBody({ all: true });
  const instruments = [body.instruments ?? []].flat().filter((v): v is string => typeof v === "string");
  const f = z
    .object({
      instruments: z.array(z.enum(INSTRUMENT_KEYS as ["skm", "spkp", "spak"])).min(1, "pilih minimal satu instrumen"),
      population: z.union([z.literal(""), z.coerce.number().int().positive()]),
      timeZone: z.union([z.literal(""), timeZoneSchema]),
    })
    .safeParse({ instruments, population: body.population ?? "", timeZone: body.timeZone ?? "" });
  if (!f.success) throw fail(c, f.error);
  const signer = (k: "headName" | "headTitle" | "headNip" | "place" | "complaintText" | "complaintUrl") =>
    typeof body[k] === "string" ? body[k] : undefined;
  const input = {
    unitId: unit.id,
    instruments: f.data.instruments,
    population: f.data.population === "" ? null : f.data.population,
    timeZone: f.data.timeZone || null,
    headName: signer("headName"),
    headTitle: signer("headTitle"),
    headNip: signer("headNip"),
    place: signer("place"),
    complaintText: signer("complaintText"),
    complaintUrl: signer("complaintUrl"),
  };
  const lang = requestLang(c);
  await formAction(lang, reportSettingsText[lang], () => updateUnitSettings(db, userActor(user), input, now));
  return c.redirect("/admin/settings?saved=1", 303);
});

async function tokensPage(c: Context<DashboardEnv>, created?: string) {
  const units = await listOrgUnits(c.var.db, c.var.user.orgId);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const tokens = (await listTokens(c.var.db, c.var.user.orgId)).map((t) => ({
    id: t.id,
    unit: t.unitId ? (names.get(t.unitId) ?? "") : "seluruh instansi",
    label: t.label ?? "",
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    revoked: t.revokedAt !== null,
  }));
  const timeZone = await orgTimeZone(c.var.db, c.var.user.orgId);
  return html(
    c,
    200,
    <TokensPage chrome={adminChrome(c)} tokens={tokens} units={units} created={created} timeZone={timeZone} />,
  );
}

adminRoutes.get("/tokens", (c) => tokensPage(c));

adminRoutes.post("/tokens", async (c) => {
  const { db, user, now } = c.var;
  const form = await readForm(c);
  const lang = requestLang(c);
  const input = { orgId: user.orgId, unitId: formText(form, "unit") || null, label: formText(form, "label") };
  const { token } = await formAction(lang, { label: adminText[lang].tokenLabel }, () =>
    createApiToken(db, userActor(user), input, now),
  );
  return tokensPage(c, token);
});

adminRoutes.post("/tokens/:id/revoke", async (c) => {
  const { db, user, now } = c.var;
  await revokeApiToken(db, userActor(user), { tokenId: c.req.param("id"), orgId: user.orgId }, now);
  return c.redirect("/admin/tokens", 303);
});

adminRoutes.get("/audit", async (c) => {
  const [entries, org] = await Promise.all([
    listAudit(c.var.db, c.var.user.orgId, 500),
    getOrganizationById(c.var.db, c.var.user.orgId),
  ]);
  const timeZone = org?.timeZone ?? "Asia/Jakarta";
  return html(c, 200, <AuditPage chrome={adminChrome(c)} timeZone={timeZone} entries={entries} />);
});
