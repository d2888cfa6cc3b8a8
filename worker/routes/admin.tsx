import type { Context } from "hono";
import * as z from "zod";
import { getOrganizationById, getUnit, updateOrganization, updateUnitSettings } from "../../db/queries/admin";
import { insertApiToken, listTokens, revokeToken } from "../../db/queries/tokens";
import { listOrgUnits } from "../../db/queries/units";
import { deleteUserSessions, getOrgUser, getUserByEmail, insertUser, listAudit, listOrgUsers, setUserDisabled, type AuditEntry } from "../../db/queries/users";
import { adminText, type AdminText } from "../../web/admin-text";
import { AuditPage, TokensPage, UsersPage } from "../../web/pages/AdminListsPage";
import { SettingsPage } from "../../web/pages/SettingsPage";
import { generatePassword, hashPassword } from "../auth/password";
import { dashboardFactory, type DashboardEnv } from "../context";
import { randomId, sha256Hex } from "../crypto";
import { auditRow } from "../audit";
import { adminChrome } from "../dashboard/chrome";
import { AppError } from "../errors";
import { formError } from "../form-issues";
import { html, requestLang } from "../render";
import { WEIGHTINGS } from "../scoring/ikm";
import { CONVERSIONS } from "../scoring/perception";
import { parseOrgSettings, parseUnitSettings } from "../settings";
import { INSTRUMENT_KEYS } from "../survey/instruments";
import { cleanEmail, cleanText, normalizeText } from "../text";

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

const audit = (c: Context<DashboardEnv>, entry: Omit<AuditEntry, "orgId" | "userId" | "actor" | "at">) =>
  auditRow(c.var.db, { orgId: c.var.user.orgId, userId: c.var.user.id, actor: c.var.user.email, at: c.var.now, ...entry });
const fail = (c: Context<DashboardEnv>, error: z.ZodError, labels: (t: AdminText) => Record<string, string> = () => ({})) => {
  const lang = requestLang(c);
  return formError(error, lang, labels(adminText[lang]));
};
const ZONE = z.enum(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]);

adminRoutes.get("/settings", async (c) => {
  const { db, user } = c.var;
  const org = (await getOrganizationById(db, user.orgId))!;
  const s = parseOrgSettings(org.settings);
  const units = await Promise.all((await listOrgUnits(db, user.orgId)).map(async (u) => ({ u, full: (await getUnit(db, u.id))! })));
  const props = {
    org: {
      timeZone: org.timeZone,
      weighting: s.weighting,
      conversion: s.conversion,
      minRespondents: s.minRespondents,
      retentionMonths: s.retentionMonths,
      privacyNotice: s.privacyNotice ?? "",
      profileBands: s.profileBands,
    },
    units: units.map(({ u, full }) => ({ id: u.id, name: u.name, population: u.population, timeZone: full.timeZone, instruments: parseUnitSettings(full.settings).instruments })),
  };
  return html(c, 200, <SettingsPage chrome={adminChrome(c)} saved={c.req.query("saved") === "1"} {...props} />);
});

/** One category per line, each cleaned as a label; blanks and repeats dropped. */
const bandLines = cleanText({ max: 2000, multiline: true })
  .transform((text) => [...new Set(text.split("\n").map((l) => normalizeText(l)).filter(Boolean))])
  .pipe(z.array(cleanText({ max: 40 })).min(2, "minimal 2 pilihan").max(12, "paling banyak 12 pilihan"));

const orgForm = z.object({
  timeZone: ZONE,
  weighting: z.enum(WEIGHTINGS),
  conversion: z.enum(CONVERSIONS),
  minRespondents: z.coerce.number().int().min(1).max(10000),
  retentionMonths: z.coerce.number().int().min(1).max(120),
  privacyNotice: cleanText({ max: 2000, multiline: true }).default(""),
  bands_age: bandLines,
  bands_gender: bandLines,
  bands_education: bandLines,
  bands_occupation: bandLines,
});

adminRoutes.post("/settings", async (c) => {
  const { db, user } = c.var;
  const f = orgForm.safeParse(await c.req.parseBody());
  if (!f.success) throw fail(c, f.error, (t) => ({ privacyNotice: t.privacyNotice, ...Object.fromEntries(Object.entries(t.profileFields).map(([k, v]) => [`bands_${k}`, v])) }));
  const { timeZone, privacyNotice, bands_age, bands_gender, bands_education, bands_occupation, ...rest } = f.data;
  const profileBands = { age: bands_age, gender: bands_gender, education: bands_education, occupation: bands_occupation };
  const org = (await getOrganizationById(db, user.orgId))!;
  const settings = { ...(JSON.parse(org.settings || "{}") as object), ...rest, profileBands, privacyNotice: privacyNotice || undefined };
  await db.batch([updateOrganization(db, user.orgId, { settings: JSON.stringify(settings), timeZone }), audit(c, { action: "settings.org", detail: JSON.stringify({ timeZone, ...rest }) })]);
  return c.redirect("/admin/settings?saved=1", 303);
});

adminRoutes.post("/settings/units/:unitId", async (c) => {
  const { db, user } = c.var;
  const unit = await getUnit(db, c.req.param("unitId"));
  if (!unit || unit.orgId !== user.orgId) throw new AppError("NOT_FOUND", "Unit tidak ditemukan");
  const body = await c.req.parseBody({ all: true });
  const instruments = [body.instruments ?? []].flat().filter((v): v is string => typeof v === "string");
  const f = z
    .object({ instruments: z.array(z.enum(INSTRUMENT_KEYS as ["skm", "spkp", "spak"])).min(1, "pilih minimal satu instrumen"), population: z.union([z.literal(""), z.coerce.number().int().positive()]), timeZone: z.union([z.literal(""), ZONE]) })
    .safeParse({ instruments, population: body.population ?? "", timeZone: body.timeZone ?? "" });
  if (!f.success) throw fail(c, f.error);
  const changes = { settings: JSON.stringify({ ...(JSON.parse(unit.settings || "{}") as object), instruments: f.data.instruments }), population: f.data.population === "" ? null : f.data.population, timeZone: f.data.timeZone || null };
  await db.batch([updateUnitSettings(db, unit.id, changes), audit(c, { action: "settings.unit", target: unit.id, detail: JSON.stringify(f.data) })]);
  return c.redirect("/admin/settings?saved=1", 303);
});

async function usersPage(c: Context<DashboardEnv>, created?: { email: string; password: string }) {
  const units = await listOrgUnits(c.var.db, c.var.user.orgId);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const users = (await listOrgUsers(c.var.db, c.var.user.orgId)).map((u) => ({ id: u.id, email: u.email, role: u.role, unit: u.unitId ? (names.get(u.unitId) ?? "") : "seluruh instansi", disabled: u.disabledAt !== null }));
  return html(c, 200, <UsersPage chrome={adminChrome(c)} users={users} units={units} created={created} />);
}

adminRoutes.get("/users", (c) => usersPage(c));

adminRoutes.post("/users", async (c) => {
  const { db, user } = c.var;
  const f = z.object({ email: cleanEmail(), role: z.enum(["admin", "manager", "viewer"]), unit: z.string().default("") }).safeParse(await c.req.parseBody());
  if (!f.success) throw fail(c, f.error, (t) => ({ email: t.email, role: t.role, unit: t.userUnit }));
  const { email, role, unit } = f.data;
  if (role !== "admin" && !(await getUnit(db, unit).then((u) => u?.orgId === user.orgId))) throw new AppError("BAD_REQUEST", "Pilih unit untuk manager atau viewer");
  if (await getUserByEmail(db, email)) throw new AppError("BAD_REQUEST", "Surel ini sudah terdaftar");
  const password = generatePassword();
  await insertUser(db, { id: randomId(), orgId: user.orgId, email, role, unitId: role === "admin" ? null : unit, passwordHash: await hashPassword(password) });
  await audit(c, { action: "user.create", target: email, detail: role });
  return usersPage(c, { email, password });
});

adminRoutes.post("/users/:id", async (c) => {
  const { db, user, now } = c.var;
  const id = c.req.param("id");
  if (id === user.id) throw new AppError("BAD_REQUEST", "Anda tidak dapat menonaktifkan akun sendiri");
  const disable = (await c.req.parseBody()).disabled === "1";
  const target = await getOrgUser(db, user.orgId, id);
  if (!target) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan");
  // Sessions are deleted, not suspended: enabling the account again must not bring an old sign-in back.
  await db.batch([setUserDisabled(db, user.orgId, id, disable ? now : null), deleteUserSessions(db, id), audit(c, { action: disable ? "user.disable" : "user.enable", target: target.email })]);
  return c.redirect("/admin/users", 303);
});

async function tokensPage(c: Context<DashboardEnv>, created?: string) {
  const units = await listOrgUnits(c.var.db, c.var.user.orgId);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const tokens = (await listTokens(c.var.db, c.var.user.orgId)).map((t) => ({ id: t.id, unit: t.unitId ? (names.get(t.unitId) ?? "") : "seluruh instansi", label: t.label ?? "", createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revoked: t.revokedAt !== null }));
  return html(c, 200, <TokensPage chrome={adminChrome(c)} tokens={tokens} units={units} created={created} />);
}

adminRoutes.get("/tokens", (c) => tokensPage(c));

adminRoutes.post("/tokens", async (c) => {
  const { db, user } = c.var;
  const form = await c.req.parseBody();
  const f = z.object({ label: cleanText({ max: 100 }).default("") }).safeParse(form);
  if (!f.success) throw fail(c, f.error, (t) => ({ label: t.tokenLabel }));
  const label = f.data.label;
  const unitId = String(form.unit ?? "") || null;
  if (unitId && (await getUnit(db, unitId))?.orgId !== user.orgId) throw new AppError("BAD_REQUEST", "Unit tidak dikenal");
  const token = `zis_${randomId(40)}`;
  const id = randomId();
  await insertApiToken(db, { id, orgId: user.orgId, unitId, role: "evaluator", label: label || null, tokenHash: await sha256Hex(token) });
  await audit(c, { action: "token.create", target: id, detail: unitId ?? "organization" });
  return tokensPage(c, token);
});

adminRoutes.post("/tokens/:id/revoke", async (c) => {
  const { db, user, now } = c.var;
  const id = c.req.param("id");
  const mine = (await listTokens(db, user.orgId)).some((t) => t.id === id);
  if (!mine || !(await revokeToken(db, id, now))) throw new AppError("NOT_FOUND", "Token tidak ditemukan");
  await audit(c, { action: "token.revoke", target: id });
  return c.redirect("/admin/tokens", 303);
});

adminRoutes.get("/audit", async (c) => {
  const entries = await listAudit(c.var.db, c.var.user.orgId, 500);
  return html(c, 200, <AuditPage chrome={adminChrome(c)} entries={entries} />);
});
