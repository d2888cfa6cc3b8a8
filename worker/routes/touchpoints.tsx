import type { Context } from "hono";
import { listUnitServices } from "../../db/queries/services";
import { getTouchpointByCode, listUnitTouchpoints } from "../../db/queries/touchpoints";
import { adminText } from "../../web/admin-text";
import { PosterPage } from "../../web/pages/PosterPage";
import { TableCardsPage } from "../../web/pages/TableCardsPage";
import { posterText } from "../../web/text-posters";
import { TouchpointsPage } from "../../web/pages/TouchpointsPage";
import { userActor } from "../actions/action";
import { setServicePopulation } from "../actions/services";
import { createTouchpoint, updateTouchpoint } from "../actions/touchpoints";
import { requireRole } from "../auth/session";
import { unitFactory, type UnitEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { AppError } from "../errors";
import { formText, readForm } from "../form-body";
import { formAction } from "../form-issues";
import { qrTargetProblem } from "../qr/public-url";
import { qrPng, qrSvg } from "../qr/qr";
import { FULL_CSS_PATH, html, requestLang } from "../render";

/** /admin/units/:unitId/touchpoints: a unit's QR codes, their posters, and their open/closed state. */
export const touchpointRoutes = unitFactory.createApp();

const qrBase = (c: Context<UnitEnv>) => (c.var.config.PUBLIC_URL ?? new URL(c.req.url).origin).replace(/\/$/, "");
const surveyUrl = (c: Context<UnitEnv>, code: string) => `${qrBase(c)}/s/${code}`;

/** The operator's warning when the QR codes shown would not reach a phone; null when PUBLIC_URL is public. */
function qrWarning(c: Context<UnitEnv>): string | null {
  const base = qrBase(c);
  const problem = qrTargetProblem(c.var.config.PUBLIC_URL, base);
  const t = posterText[requestLang(c)];
  return problem === "loopback" ? t.qrLoopback(base) : problem === "unset" ? t.qrUnset(base) : null;
}

async function unitTouchpoint(c: Context<UnitEnv>) {
  const tp = await getTouchpointByCode(c.var.db, c.req.param("code")!);
  if (!tp || tp.unitId !== c.var.unit.id) throw new AppError("NOT_FOUND", "Titik layanan tidak ditemukan");
  return tp;
}

/** Creates or changes a touchpoint from its form: a refused field is named as the form labels it. */
async function touchpointForm(c: Context<UnitEnv>, write: (form: Record<string, unknown>) => Promise<unknown>) {
  requireRole(c.var.user, "admin", "manager");
  const form = await readForm(c);
  const lang = requestLang(c);
  await formAction(lang, { label: adminText[lang].touchpointName, service: adminText[lang].touchpointService }, () =>
    write(form),
  );
  return c.redirect(`/admin/units/${c.var.unit.id}/touchpoints`, 303);
}

touchpointRoutes.get("/", async (c) => {
  const list = await listUnitTouchpoints(c.var.db, c.var.unit.id);
  const touchpoints = list.map((t) => ({
    code: t.code,
    label: t.label,
    service: t.serviceName,
    active: t.active,
    kiosk: t.kiosk,
    url: surveyUrl(c, t.code),
  }));
  return html(
    c,
    200,
    <TouchpointsPage
      chrome={adminChrome(c)}
      unit={c.var.unit}
      canEdit={c.var.user.role !== "viewer"}
      touchpoints={touchpoints}
      services={await listUnitServices(c.var.db, c.var.unit.id)}
      qrWarning={qrWarning(c)}
    />,
  );
});

touchpointRoutes.post("/services/:serviceId", async (c) => {
  requireRole(c.var.user, "admin", "manager");
  const raw = formText(await readForm(c), "population")?.trim() ?? "";
  // Empty clears it; anything but digits goes to the action as it came, to be refused in the reader's language.
  const population = raw === "" ? null : /^\d{1,12}$/.test(raw) ? Number(raw) : raw;
  const input = { serviceId: c.req.param("serviceId"), unitId: c.var.unit.id, population };
  await setServicePopulation(c.var.db, userActor(c.var.user), input, c.var.now);
  return c.redirect(`/admin/units/${c.var.unit.id}/touchpoints#services`, 303);
});

touchpointRoutes.post("/", (c) =>
  touchpointForm(c, (form) =>
    createTouchpoint(
      c.var.db,
      userActor(c.var.user),
      { unitId: c.var.unit.id, label: formText(form, "label") ?? "", service: formText(form, "service") || undefined },
      c.var.now,
    ),
  ),
);

touchpointRoutes.post("/:code", async (c) => {
  const tp = await unitTouchpoint(c);
  // A rename may leave the label out (only the open/closed box changed).
  return touchpointForm(c, (form) =>
    updateTouchpoint(
      c.var.db,
      userActor(c.var.user),
      {
        code: tp.code,
        label: formText(form, "label") || undefined,
        active: form.active === "1",
        kiosk: form.kiosk === "1",
      },
      c.var.now,
    ),
  );
});

touchpointRoutes.get("/:code/qr.svg", async (c) => {
  const tp = await unitTouchpoint(c);
  c.header("Content-Disposition", `attachment; filename="qr-${tp.code}.svg"`);
  return c.body(qrSvg(surveyUrl(c, tp.code)), 200, { "Content-Type": "image/svg+xml" });
});

touchpointRoutes.get("/:code/qr.png", async (c) => {
  const tp = await unitTouchpoint(c);
  c.header("Content-Disposition", `attachment; filename="qr-${tp.code}.png"`);
  return c.body(await qrPng(surveyUrl(c, tp.code), { scale: 12 }), 200, { "Content-Type": "image/png" });
});

touchpointRoutes.get("/:code/poster", async (c) => {
  const tp = await unitTouchpoint(c);
  const url = surveyUrl(c, tp.code);
  return html(
    c,
    200,
    <PosterPage
      cssHref={FULL_CSS_PATH}
      unitName={c.var.unit.name}
      orgName={tp.orgName}
      label={tp.label}
      serviceName={tp.serviceName}
      qrSvg={qrSvg(url, { title: `QR: ${url}` })}
      url={url}
      warning={qrWarning(c)}
    />,
  );
});

// Closed touchpoints are left out: their survey answers 410, a printed card would only disappoint.
touchpointRoutes.get("/cards", async (c) => {
  const open = (await listUnitTouchpoints(c.var.db, c.var.unit.id)).filter((t) => t.active);
  const cards = open.map((t) => {
    const url = surveyUrl(c, t.code);
    return {
      code: t.code,
      label: t.label,
      serviceName: t.serviceName,
      url,
      qrSvg: qrSvg(url, { title: `QR: ${url}` }),
    };
  });
  return html(
    c,
    200,
    <TableCardsPage cssHref={FULL_CSS_PATH} unitName={c.var.unit.name} cards={cards} warning={qrWarning(c)} />,
  );
});
