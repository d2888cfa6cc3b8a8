import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { adminText } from "../admin-text";
import { QrTargetWarning } from "../components/QrTargetWarning";
import { posterText } from "../text-posters";
import { kioskAdminText } from "../text-kiosk-admin";
import { ServicePopulations, type ServicePopulationView } from "../components/ServicePopulations";

export type TouchpointsProps = {
  chrome: AdminChrome;
  unit: { id: string; name: string };
  canEdit: boolean;
  touchpoints: { code: string; label: string; service: string | null; active: boolean; kiosk: boolean; url: string }[];
  services: ServicePopulationView[];
  /** PUBLIC_URL unset or local: the QR codes below would not reach a phone. */
  qrWarning: string | null;
};

/** A unit's QR touchpoints: create, rename, open or close, and download the QR or an A4 poster. */
export function TouchpointsPage({ chrome, unit, canEdit, touchpoints, services, qrWarning }: TouchpointsProps) {
  const t = adminText[chrome.lang];
  const k = kioskAdminText[chrome.lang];
  const base = `/admin/units/${unit.id}/touchpoints`;
  const csrf = <input type="hidden" name="_csrf" value={chrome.csrf} />;
  return (
    <AdminLayout chrome={chrome} title={`${t.touchpoints} · ${unit.name}`}>
      <p>
        <a href={`/admin/units/${unit.id}`}>← {unit.name}</a>
      </p>
      <QrTargetWarning warning={qrWarning} />
      <p>
        <a href={`${base}/cards`}>{posterText[chrome.lang].cardsLink}</a>
      </p>
      <ul class="comments">
        {touchpoints.map((tp) => (
          <li key={tp.code} class="box">
            <h2>
              {tp.label} {tp.active ? "" : t.touchpointClosed}
            </h2>
            <p class="hint">
              {tp.service ?? "–"} · <code>{tp.url}</code>
            </p>
            <p>
              <a href={`${base}/${tp.code}/qr.svg`} download>
                QR SVG
              </a>{" "}
              ·{" "}
              <a href={`${base}/${tp.code}/qr.png`} download>
                QR PNG
              </a>{" "}
              · <a href={`${base}/${tp.code}/poster`}>{t.posterA4}</a>
              {tp.kiosk ? (
                <>
                  {" "}
                  · <a href={`/k/${tp.code}`}>{k.openKiosk}</a>
                </>
              ) : null}
            </p>
            {canEdit ? (
              <form method="post" action={`${base}/${tp.code}`} class="inline-form">
                {csrf}
                <label for={`l-${tp.code}`}>{t.name}</label>{" "}
                <input class="text" id={`l-${tp.code}`} name="label" value={tp.label} maxlength={100} />{" "}
                <label>
                  <input type="checkbox" name="active" value="1" checked={tp.active} /> {t.active}
                </label>{" "}
                <label>
                  <input type="checkbox" name="kiosk" value="1" checked={tp.kiosk} /> {k.kiosk}
                </label>{" "}
                <button type="submit" class="small">
                  {t.save}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form method="post" action={base} class="box">
          {csrf}
          <h2>{t.newTouchpoint}</h2>
          <label class="field" for="label">
            {t.touchpointName}
          </label>
          <input class="text" id="label" name="label" required maxlength={100} />
          <label class="field" for="service">
            {t.touchpointService}
          </label>
          <input class="text" id="service" name="service" maxlength={100} />
          <button type="submit">{t.create}</button>
        </form>
      ) : null}
      <ServicePopulations
        lang={chrome.lang}
        action={`${base}/services`}
        csrf={chrome.csrf}
        canEdit={canEdit}
        services={services}
      />
    </AdminLayout>
  );
}
