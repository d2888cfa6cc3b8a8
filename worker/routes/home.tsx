import { listPublishedUnits } from "../../db/queries/publications";
import { HomePage } from "../../web/pages/HomePage";
import { appFactory } from "../context";
import { FULL_CSS_PATH, html, requestLang } from "../render";

/**
 * Units shown on `/` before "see all": the home page stays one short read when a ministry's hundreds of
 * satker have published; /p lists them all (and by organization with ?org=).
 */
const HOME_UNITS = 40;

/** `/`: every organization's published units, since published results are public by design (as on /p). */
export const homeRoutes = appFactory.createApp();

homeRoutes.get("/", async (c) => {
  const units = await listPublishedUnits(c.var.db, undefined, HOME_UNITS + 1);
  return html(
    c,
    200,
    <HomePage
      lang={requestLang(c)}
      cssHref={FULL_CSS_PATH}
      units={units.slice(0, HOME_UNITS)}
      more={units.length > HOME_UNITS}
    />,
  );
});
