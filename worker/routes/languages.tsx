import type { Context } from "hono";
import { listLanguagePacks } from "../../db/queries/language-packs";
import { LanguagesPage, type LanguagesProps } from "../../web/pages/LanguagesPage";
import { languagesText } from "../../web/text-languages";
import { userActor } from "../actions/action";
import { PackRefused, removeLanguagePack, saveLanguagePack } from "../actions/language-packs";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { AppError } from "../errors";
import { formText, readForm } from "../form-body";
import { html, requestLang } from "../render";
import { packTemplate, PACK_FILE_MAX, type PackIssue } from "../survey/language-pack";

type Refused = NonNullable<LanguagesProps["refused"]>;

/** /admin/settings/languages: an organization's own survey languages, for admins only. */
export const languageRoutes = dashboardFactory.createApp();

languageRoutes.use("*", async (c, next) => {
  if (c.var.user.role !== "admin") throw new AppError("NOT_FOUND", "Halaman tidak ditemukan");
  await next();
});

async function page(c: Context<DashboardEnv>, status: 200 | 400, state: { done?: string; refused?: Refused }) {
  const t = languagesText[requestLang(c)];
  const packs = await listLanguagePacks(c.var.db, c.var.user.orgId);
  const updated = (at: number) => new Date(at * 1000).toISOString().slice(0, 10);
  const rows = packs.map((p) => ({ code: p.code, name: p.name, updated: updated(p.updatedAt) }));
  // Only our own redirects set these, with a code: the notice names the pack as stored.
  const saved = packs.find((p) => p.code === c.req.query("saved"));
  const removed = c.req.query("removed");
  const notice = saved
    ? t.added(saved.name)
    : removed && /^[a-z0-9-]{2,12}$/.test(removed)
      ? t.removed(removed)
      : undefined;
  return html(c, status, <LanguagesPage chrome={adminChrome(c)} packs={rows} notice={notice} {...state} />);
}

languageRoutes.get("/", (c) => page(c, 200, {}));

languageRoutes.get("/template.json", (c) => {
  const from = c.req.query("from") === "en" ? "en" : "id";
  c.header("Content-Disposition", `attachment; filename="paket-bahasa-${from}.json"`);
  return c.body(JSON.stringify(packTemplate(from), null, 2), 200, { "Content-Type": "application/json" });
});

/** The upload's text: the file if one was chosen, else the pasted JSON; null when it is too large. */
async function uploaded(form: Record<string, string | File>): Promise<string | null> {
  const file = form.file;
  if (file instanceof File && file.size > PACK_FILE_MAX) return null;
  const text = file instanceof File && file.size > 0 ? await file.text() : (formText(form, "pasted") ?? "");
  return text.length > PACK_FILE_MAX ? null : text;
}

languageRoutes.post("/", async (c) => {
  const { db, user, now } = c.var;
  const lang = requestLang(c);
  const t = languagesText[lang];
  const text = await uploaded(await readForm(c));
  const refuse = (issues: PackIssue[]) => page(c, 400, { refused: { issues, pasted: text ?? "" } });
  if (text === null) return refuse([{ path: "", message: t.tooLarge(PACK_FILE_MAX / 1024) }]);
  if (!text.trim()) return refuse([{ path: "", message: t.noFile }]);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (err) {
    return refuse([{ path: "", message: t.notJson((err as Error).message) }]);
  }
  try {
    const r = await saveLanguagePack(db, userActor(user), { orgId: user.orgId, file, lang }, now);
    return c.redirect(`/admin/settings/languages?saved=${r.code}`, 303);
  } catch (err) {
    if (err instanceof PackRefused) return refuse(err.issues);
    throw err;
  }
});

languageRoutes.post("/:code/remove", async (c) => {
  const { db, user, now } = c.var;
  const r = await removeLanguagePack(db, userActor(user), { orgId: user.orgId, code: c.req.param("code") }, now);
  return c.redirect(`/admin/settings/languages?removed=${r.code}`, 303);
});
