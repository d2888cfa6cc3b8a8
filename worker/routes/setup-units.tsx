import type { Context } from "hono";
import { listUnitServicesForSetup } from "../../db/queries/unit-setup";
import { UnitSetupPage, type SetupFormState } from "../../web/pages/UnitSetupPage";
import { setupText } from "../../web/text-setup";
import { userActor } from "../actions/action";
import { createService, renameService, setServiceActive } from "../actions/service-setup";
import { setServicePopulation } from "../actions/services";
import { setUnitActive, updateUnit } from "../actions/units";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { tryForm } from "../dashboard/setup-form";
import { parentChoices, populationField, setupScope } from "../dashboard/setup-scope";
import { AppError } from "../errors";
import { formText, readForm } from "../form-body";
import { html, requestLang } from "../render";

/** /admin/setup/units/:unitId: one unit's name, place in the tree, population, state and services. */
export const setupUnitRoutes = dashboardFactory.createApp();

/** The unit, if it lies in the user's setup scope (a 404 that reveals nothing otherwise), and the scope. */
async function setupUnit(c: Context<DashboardEnv>) {
  const scope = await setupScope(c);
  const unit = scope.units.find((u) => u.id === c.req.param("unitId"));
  if (!unit) throw new AppError("NOT_FOUND", "Unit tidak ditemukan");
  return { scope, unit, ownRoot: unit.id === scope.rootId };
}

type Ctx = Awaited<ReturnType<typeof setupUnit>>;

async function unitPage(c: Context<DashboardEnv>, ctx: Ctx, refused: SetupFormState = null) {
  const t = setupText[requestLang(c)];
  const services = (await listUnitServicesForSetup(c.var.db, ctx.unit.id)).map((s) => ({
    id: s.id,
    name: s.name,
    population: s.population,
    active: s.deactivatedAt === null,
  }));
  const page = (
    <UnitSetupPage
      chrome={adminChrome(c)}
      unit={ctx.unit}
      ownRoot={ctx.ownRoot}
      parents={parentChoices(ctx.scope, ctx.unit.id)}
      topLevel={ctx.scope.rootId === null}
      services={services}
      notice={!refused && c.req.query("saved") === "1" ? t.saved : null}
      refused={refused}
    />
  );
  return html(c, refused ? 422 : 200, page);
}

const back = (c: Context<DashboardEnv>, anchor = "") =>
  c.redirect(`/admin/setup/units/${c.req.param("unitId")}?saved=1${anchor}`, 303);

setupUnitRoutes.get("/", async (c) => unitPage(c, await setupUnit(c)));

setupUnitRoutes.post("/", async (c) => {
  const ctx = await setupUnit(c);
  const t = setupText[requestLang(c)];
  const form = await readForm(c);
  const values = {
    name: formText(form, "name") ?? "",
    parentId: formText(form, "parentId") ?? "",
    population: formText(form, "population") ?? "",
  };
  const refuse = (message: string) => unitPage(c, ctx, { form: "unit", message, values });
  // The form always sends both: a request without them is not read as "top level" or "no population".
  if (formText(form, "population") === undefined || (!ctx.ownRoot && formText(form, "parentId") === undefined))
    return refuse(t.formIncomplete);
  // A manager's own unit keeps its place whatever the form says: above it is not theirs to change.
  const parentId = ctx.ownRoot ? ctx.unit.parentId : values.parentId || null;
  if (!ctx.ownRoot && parentId === null && ctx.scope.rootId !== null) return refuse(t.parentInvalid);
  if (!ctx.ownRoot && parentId !== null && !parentChoices(ctx.scope, ctx.unit.id).some((u) => u.id === parentId))
    return refuse(t.parentInvalid);
  const population = populationField(values.population);
  if (population === undefined) return refuse(t.populationInvalid);
  const { db, user, now } = c.var;
  const input = { orgId: user.orgId, unitId: ctx.unit.id, name: values.name, parentId, population };
  const r = await tryForm(c, { name: t.name }, () => updateUnit(db, userActor(user), input, now));
  return r.ok ? back(c) : refuse(r.message);
});

setupUnitRoutes.post("/active", async (c) => {
  const ctx = await setupUnit(c);
  if (ctx.ownRoot) throw new AppError("NOT_FOUND", "Unit tidak ditemukan");
  const active = formText(await readForm(c), "active") === "1";
  const { db, user, now } = c.var;
  const input = { orgId: user.orgId, unitId: ctx.unit.id, active };
  const r = await tryForm(c, {}, () => setUnitActive(db, userActor(user), input, now));
  return r.ok ? back(c) : unitPage(c, ctx, { form: "active", message: r.message, values: {} });
});

setupUnitRoutes.post("/services", async (c) => {
  const ctx = await setupUnit(c);
  const t = setupText[requestLang(c)];
  const form = await readForm(c);
  const values = { name: formText(form, "name") ?? "", population: formText(form, "population") ?? "" };
  const refuse = (message: string) => unitPage(c, ctx, { form: "service", message, values });
  const population = populationField(values.population);
  if (population === undefined) return refuse(t.populationInvalid);
  const { db, user, now } = c.var;
  const input = { unitId: ctx.unit.id, name: values.name, population };
  const r = await tryForm(c, { name: t.serviceName }, () => createService(db, userActor(user), input, now));
  return r.ok ? back(c, "#services") : refuse(r.message);
});

setupUnitRoutes.post("/services/:serviceId", async (c) => {
  const ctx = await setupUnit(c);
  const t = setupText[requestLang(c)];
  const service = (await listUnitServicesForSetup(c.var.db, ctx.unit.id)).find(
    (s) => s.id === c.req.param("serviceId"),
  );
  if (!service) throw new AppError("NOT_FOUND", "Jenis layanan tidak ditemukan");
  const form = await readForm(c);
  const values = { name: formText(form, "name") ?? "", population: formText(form, "population") ?? "" };
  const refuse = (message: string) => unitPage(c, ctx, { form: service.id, message, values });
  // Both fields are checked before either is written, so a refused form changes nothing.
  const population = populationField(values.population);
  if (population === undefined) return refuse(t.populationInvalid);
  const { db, user, now } = c.var;
  const ids = { unitId: ctx.unit.id, serviceId: service.id };
  const renamed = await tryForm(c, { name: t.serviceName }, async () =>
    values.name.trim() === service.name ? null : renameService(db, userActor(user), { ...ids, name: values.name }, now),
  );
  if (!renamed.ok) return refuse(renamed.message);
  if (population !== service.population) await setServicePopulation(db, userActor(user), { ...ids, population }, now);
  return back(c, "#services");
});

setupUnitRoutes.post("/services/:serviceId/active", async (c) => {
  const ctx = await setupUnit(c);
  const active = formText(await readForm(c), "active") === "1";
  const { db, user, now } = c.var;
  const input = { unitId: ctx.unit.id, serviceId: c.req.param("serviceId"), active };
  await setServiceActive(db, userActor(user), input, now);
  return back(c, "#services");
});
