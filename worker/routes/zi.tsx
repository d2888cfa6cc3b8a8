import type { Context } from "hono";
import { ziText } from "../../web/text-zi";
import { ZiPage } from "../../web/pages/ZiPage";
import { userActor } from "../actions/action";
import { checkYear, PUBLICATION_CHANNELS, recordPublication, removePublication, setCapaian } from "../actions/zi";
import { requireRole } from "../auth/session";
import { unitFactory, type UnitEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { readForm } from "../form-body";
import { formAction } from "../form-issues";
import { html, requestLang } from "../render";
import { PRINT_JS_PATH } from "../report-assets";
import { localDate } from "../survey/local-date";
import { ziYear } from "../zi/year";

/** /admin/units/:unitId/zi: the unit's ZI worksheet numbers for a year, its capaian kinerja and publication log. */
export const ziRoutes = unitFactory.createApp();

const SAVED = ["capaian", "publication"] as const;

ziRoutes.get("/", async (c) => {
  const { db, user, unit, now } = c.var;
  const thisYear = Number(localDate(now, unit.timeZone).slice(0, 4));
  const asked = c.req.query("year");
  const year = asked === undefined ? thisYear : checkYear(asked);
  const { api, basis } = await ziYear(db, unit, year);
  const years = [...new Set([year, ...[0, 1, 2, 3, 4].map((k) => thisYear - k)])].sort((a, b) => b - a);
  const props = {
    chrome: adminChrome(c),
    unit: { id: unit.id, name: unit.name, code: unit.code },
    year,
    years,
    canEdit: user.role !== "viewer",
    saved: SAVED.find((s) => s === c.req.query("saved")) ?? null,
    zi: api,
    basis,
    channelChoices: [...PUBLICATION_CHANNELS],
    today: localDate(now, unit.timeZone),
    printScript: PRINT_JS_PATH,
  };
  return html(c, 200, <ZiPage {...props} />);
});

/** A form of this page by an admin or manager: the action's refusal in the reader's language, else back to the year. */
async function ziForm(
  c: Context<UnitEnv>,
  saved: (typeof SAVED)[number],
  write: (fields: Record<string, string | File>) => Promise<{ year: number }>,
) {
  requireRole(c.var.user, "admin", "manager");
  const lang = requestLang(c);
  const t = ziText[lang];
  const labels = { year: t.year, grade: t.grade, reference: t.referenceShort };
  const fields = await readForm(c);
  const { year } = await formAction(lang, labels, () => write(fields));
  return c.redirect(`/admin/units/${c.var.unit.id}/zi?year=${year}&saved=${saved}#${saved}`, 303);
}

ziRoutes.post("/capaian", (c) =>
  ziForm(c, "capaian", (f) =>
    setCapaian(c.var.db, userActor(c.var.user), { unitId: c.var.unit.id, year: f.year, grade: f.grade }, c.var.now),
  ),
);

ziRoutes.post("/publications", (c) =>
  ziForm(c, "publication", async (f) => {
    const r = await recordPublication(c.var.db, userActor(c.var.user), { unitId: c.var.unit.id, fields: f }, c.var.now);
    return { year: Number(r.period.slice(0, 4)) };
  }),
);

ziRoutes.post("/publications/:id/delete", (c) =>
  ziForm(c, "publication", () =>
    removePublication(c.var.db, userActor(c.var.user), { unitId: c.var.unit.id, id: c.req.param("id") }, c.var.now),
  ),
);
