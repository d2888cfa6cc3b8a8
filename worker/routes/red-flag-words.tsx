import type { Context } from "hono";
import { getOrganizationById } from "../../db/queries/admin";
import { RedFlagWordsPage } from "../../web/pages/RedFlagWordsPage";
import { flagText } from "../../web/text-flags";
import { userActor } from "../actions/action";
import { setRedFlagWords, wordLines } from "../actions/red-flag-words";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { AppError } from "../errors";
import { formText, readForm } from "../form-body";
import { formAction } from "../form-issues";
import { html, requestLang } from "../render";
import { parseOrgSettings, RED_FLAG_WORDS } from "../settings";

/** /admin/settings/red-flag-words: the words that make a comment a warning sign (Perlu perhatian), for admins only. */
export const redFlagWordRoutes = dashboardFactory.createApp();

redFlagWordRoutes.use("*", async (c, next) => {
  if (c.var.user.role !== "admin") throw new AppError("NOT_FOUND", "Halaman tidak ditemukan");
  await next();
});

async function page(c: Context<DashboardEnv>, status: 200 | 422, typed?: { text: string; refused: string }) {
  const org = (await getOrganizationById(c.var.db, c.var.user.orgId))!;
  const text = typed?.text ?? parseOrgSettings(org.settings).redFlagWords.join("\n");
  const props = { text, defaults: RED_FLAG_WORDS, saved: c.req.query("saved") === "1", refused: typed?.refused };
  return html(c, status, <RedFlagWordsPage chrome={adminChrome(c)} {...props} />);
}

redFlagWordRoutes.get("/", (c) => page(c, 200));

redFlagWordRoutes.post("/", async (c) => {
  const { db, user, now } = c.var;
  const lang = requestLang(c);
  const form = await readForm(c);
  const text = (formText(form, "words") ?? "").slice(0, 6000);
  const words = formText(form, "reset") === "1" ? null : wordLines(text);
  try {
    await formAction(lang, { words: flagText[lang].wordsTitle }, () =>
      setRedFlagWords(db, userActor(user), { orgId: user.orgId, words }, now),
    );
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 400) throw err;
    // The list comes back as typed, with the reason beside it; nothing was stored.
    return page(c, 422, { text, refused: err.extra.localized?.[lang] ?? err.message });
  }
  return c.redirect("/admin/settings/red-flag-words?saved=1", 303);
});
