import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { Table } from "../components/Table";
import { formatNumber } from "../format";
import { setupText } from "../text-setup";

export type ImportPreview = {
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; message: string }[];
  units: {
    line: number;
    code: string;
    name: string;
    parentCode: string | null;
    population: number | null;
    services: string[];
    kind: "create" | "update" | "unchanged";
  }[];
};

export type UnitImportProps = {
  chrome: AdminChrome;
  /** The CSV as sent, to check again or apply. */
  csv: string;
  preview: ImportPreview | null;
  error: string | null;
};

/** /admin/setup/import: units.csv pasted or uploaded, checked (a preview, errors by line), then applied whole. */
export function UnitImportPage({ chrome, csv, preview, error }: UnitImportProps) {
  const t = setupText[chrome.lang];
  const canApply = preview !== null && preview.errors.length === 0 && preview.created + preview.updated > 0;
  return (
    <AdminLayout chrome={chrome} title={t.importTitle}>
      <p>
        <a href="/admin/setup">{t.back}</a>
      </p>
      {error ? (
        <p class="alert" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? <Preview lang={chrome.lang} preview={preview} /> : null}
      <form method="post" action="/admin/setup/import" enctype="multipart/form-data" class="box">
        <input type="hidden" name="_csrf" value={chrome.csrf} />
        <p class="hint">{t.importHint}</p>
        <label class="field" for="file">
          {t.file}
        </label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" />
        <label class="field" for="csv">
          {t.paste}
        </label>
        <textarea id="csv" name="csv" rows={10} spellcheck={false}>
          {csv}
        </textarea>
        <button type="submit" name="step" value="check">
          {t.check}
        </button>{" "}
        {canApply ? (
          <>
            <button type="submit" name="step" value="apply">
              {t.apply}
            </button>
            <span class="hint"> {t.applyHint}</span>
          </>
        ) : null}
      </form>
    </AdminLayout>
  );
}

function Preview({ lang, preview }: { lang: "id" | "en"; preview: ImportPreview }) {
  const t = setupText[lang];
  if (preview.errors.length > 0)
    return (
      <section class="alert" role="alert" id="errors">
        <h2>{t.errorsTitle(preview.errors.length)}</h2>
        <div class="setup-errors">
          <Table headers={[t.line, t.problem]} rows={preview.errors.map((e) => [String(e.line), e.message])} />
        </div>
      </section>
    );
  const heads = [t.line, "code", t.name, t.parent, t.populationShort, t.addServices, t.action];
  return (
    <section class="box" id="preview">
      <h2>{t.preview}</h2>
      <p role="status">{t.summary(preview.created, preview.updated, preview.unchanged)}</p>
      <div class="setup-preview">
        <table class="grid">
          <thead>
            <tr>
              {heads.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.units.map((u) => (
              <tr key={u.line}>
                {[
                  String(u.line),
                  <code key="c">{u.code}</code>,
                  u.name,
                  u.parentCode ?? "—",
                  u.population === null ? "—" : formatNumber(u.population, lang, 0),
                  u.services.join("; ") || "—",
                  t.kinds[u.kind],
                ].map((cell, i) => (
                  // On a phone each row becomes a card; the label says which column a value is.
                  <td key={i} data-label={heads[i]}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
