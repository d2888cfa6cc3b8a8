import { AdminLayout, type AdminChrome } from "../components/AdminLayout";

export type TouchpointsProps = {
  chrome: AdminChrome;
  unit: { id: string; name: string };
  canEdit: boolean;
  touchpoints: { code: string; label: string; service: string | null; active: boolean; url: string }[];
};

/** A unit's QR touchpoints: create, rename, open or close, and download the QR or an A4 poster. */
export function TouchpointsPage({ chrome, unit, canEdit, touchpoints }: TouchpointsProps) {
  const base = `/admin/units/${unit.id}/touchpoints`;
  const csrf = <input type="hidden" name="_csrf" value={chrome.csrf} />;
  return (
    <AdminLayout chrome={chrome} title={`Titik layanan · ${unit.name}`}>
      <p>
        <a href={`/admin/units/${unit.id}`}>← {unit.name}</a>
      </p>
      <ul class="comments">
        {touchpoints.map((tp) => (
          <li key={tp.code} class="box">
            <h2>
              {tp.label} {tp.active ? "" : "(ditutup)"}
            </h2>
            <p class="hint">
              {tp.service ?? "–"} · <code>{tp.url}</code>
            </p>
            <p>
              <a href={`${base}/${tp.code}/qr.svg`} download>
                QR SVG
              </a>{" "}
              · <a href={`${base}/${tp.code}/qr.png`} download>
                QR PNG
              </a>{" "}
              · <a href={`${base}/${tp.code}/poster`}>Poster A4</a>
            </p>
            {canEdit ? (
              <form method="post" action={`${base}/${tp.code}`} class="inline-form">
                {csrf}
                <label for={`l-${tp.code}`}>Nama</label> <input class="text" id={`l-${tp.code}`} name="label" value={tp.label} maxlength={100} />{" "}
                <label>
                  <input type="checkbox" name="active" value="1" checked={tp.active} /> Aktif
                </label>{" "}
                <button type="submit" class="small">
                  Simpan
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form method="post" action={base} class="box">
          {csrf}
          <h2>Titik layanan baru</h2>
          <label class="field" for="label">
            Nama (mis. Loket 1)
          </label>
          <input class="text" id="label" name="label" required maxlength={100} />
          <label class="field" for="service">
            Layanan (boleh kosong)
          </label>
          <input class="text" id="service" name="service" maxlength={100} />
          <button type="submit">Buat</button>
        </form>
      ) : null}
    </AdminLayout>
  );
}
