import type { Context } from "hono";
import { SetupPage, type NewUnitValues } from "../../web/pages/SetupPage";
import { UnitImportPage, type ImportPreview } from "../../web/pages/UnitImportPage";
import { setupText } from "../../web/text-setup";
import { userActor } from "../actions/action";
import { createUnit } from "../actions/organizations";
import { importUnits } from "../actions/unit-import";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { tryForm } from "../dashboard/setup-form";
import { parentChoices, populationField, requireSetupRole, setupScope } from "../dashboard/setup-scope";
import { formText, readForm } from "../form-body";
import { html, requestLang } from "../render";
import { MAX_CSV_BYTES } from "../setup/units-csv";

/** /admin/setup: the unit tree, a new unit, and units.csv (admins: everything; managers: their subtree). */
export const setupRoutes = dashboardFactory.createApp();

setupRoutes.use("*", async (c, next) => {
  requireSetupRole(c.var.user);
  await next();
});

const NO_VALUES: NewUnitValues = { name: "", code: "", parentId: "", population: "" };

async function treePage(c: Context<DashboardEnv>, status: 200 | 422, error: string | null, values = NO_VALUES) {
  const scope = await setupScope(c);
  const t = setupText[requestLang(c)];
  const [created, updated] = [c.req.query("created"), c.req.query("updated")];
  const notice =
    status === 200 && created && updated && /^\d{1,6}$/.test(created) && /^\d{1,6}$/.test(updated)
      ? t.imported(Number(created), Number(updated))
      : null;
  const page = (
    <SetupPage
      chrome={adminChrome(c)}
      units={scope.units}
      parents={parentChoices(scope, null)}
      topLevel={scope.rootId === null}
      notice={notice}
      error={error}
      values={values}
    />
  );
  return html(c, status, page);
}

setupRoutes.get("/", (c) => treePage(c, 200, null));

setupRoutes.post("/units", async (c) => {
  const { db, user, now } = c.var;
  const form = await readForm(c);
  const t = setupText[requestLang(c)];
  const values = {
    name: formText(form, "name") ?? "",
    code: (formText(form, "code") ?? "").trim().toLowerCase(),
    parentId: formText(form, "parentId") ?? "",
    population: formText(form, "population") ?? "",
  };
  const scope = await setupScope(c);
  const population = populationField(values.population);
  const refuse = (message: string) => treePage(c, 422, message, values);
  if (values.parentId === "" && scope.rootId !== null) return refuse(t.needParent);
  if (values.parentId !== "" && !parentChoices(scope, null).some((u) => u.id === values.parentId))
    return refuse(t.parentInvalid);
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(values.code)) return refuse(t.codeInvalid);
  if (population === undefined) return refuse(t.populationInvalid);
  const input = {
    orgId: user.orgId,
    name: values.name,
    code: values.code,
    parentId: values.parentId || null,
    population,
  };
  const r = await tryForm(c, { name: t.name, code: t.code }, () => createUnit(db, userActor(user), input, now));
  if (!r.ok) return refuse(r.message);
  return c.redirect(`/admin/setup/units/${r.value.id}?saved=1`, 303);
});

function importPage(
  c: Context<DashboardEnv>,
  status: 200 | 422,
  csv: string,
  preview: ImportPreview | null,
  error: string | null,
) {
  return html(c, status, <UnitImportPage chrome={adminChrome(c)} csv={csv} preview={preview} error={error} />);
}

setupRoutes.get("/import", (c) => importPage(c, 200, "", null, null));

/** The CSV: the chosen file, else the pasted text; null when it is larger than the import takes. */
async function sentCsv(form: Record<string, string | File>): Promise<string | null> {
  const file = form.file;
  if (file instanceof File && file.size > MAX_CSV_BYTES) return null;
  const text = file instanceof File && file.size > 0 ? await file.text() : (formText(form, "csv") ?? "");
  return new TextEncoder().encode(text).length > MAX_CSV_BYTES ? null : text;
}

setupRoutes.post("/import", async (c) => {
  const { db, user, now } = c.var;
  const lang = requestLang(c);
  const t = setupText[lang];
  const form = await readForm(c);
  const csv = await sentCsv(form);
  if (csv === null) return importPage(c, 422, "", null, t.tooLarge);
  if (csv.trim() === "") return importPage(c, 422, "", null, t.noInput);
  const dryRun = formText(form, "step") !== "apply";
  const scopeRootId = user.role === "admin" ? null : user.unitId;
  const r = await importUnits(db, userActor(user), { orgId: user.orgId, csv, dryRun, scopeRootId }, now);
  if (r.written) return c.redirect(`/admin/setup?created=${r.created}&updated=${r.updated}`, 303);
  const preview = { ...r, errors: r.errors.map((e) => ({ line: e.line, message: e.message[lang] })) };
  return importPage(c, r.errors.length > 0 ? 422 : 200, csv, preview, null);
});
