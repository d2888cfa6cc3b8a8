import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { Table } from "../components/Table";
import { adminText } from "../admin-text";
import { languagesText } from "../text-languages";

export type LanguagesProps = {
  chrome: AdminChrome;
  packs: { code: string; name: string; updated: string }[];
  /** After a save or removal: what happened, in words. */
  notice?: string;
  /** A refused upload: each problem (naming its key), and the pasted text kept for another try. */
  refused?: { issues: { path: string; message: string }[]; pasted: string };
};

/** An organization's own survey languages: the list, an upload, a removal. Admins only. */
export function LanguagesPage({ chrome, packs, notice, refused }: LanguagesProps) {
  const t = languagesText[chrome.lang];
  const Hidden = () => <input type="hidden" name="_csrf" value={chrome.csrf} />;
  return (
    <AdminLayout chrome={chrome} title={t.title}>
      <p>
        <a href="/admin/settings">← {adminText[chrome.lang].settings}</a>
      </p>
      <p>{t.intro}</p>
      <p>
        <a href="/admin/settings/languages/template.json" download="paket-bahasa.json">
          {t.template}
        </a>{" "}
        · <a href="/admin/settings/languages/template.json?from=en">{t.templateEn}</a>
      </p>
      {notice ? (
        <p class="note" role="status">
          {notice}
        </p>
      ) : null}
      <Table
        headers={[t.code, t.name, t.updated, ""]}
        rows={[
          ["id", `Bahasa Indonesia (${t.shipped})`, "", ""],
          ["en", `English (${t.shipped})`, "", ""],
          ...packs.map((p) => [
            p.code,
            p.name,
            p.updated,
            <form key={p.code} method="post" action={`/admin/settings/languages/${p.code}/remove`} class="inline">
              <Hidden />
              <button type="submit" class="small">
                {t.remove}
              </button>
            </form>,
          ]),
        ]}
      />
      {packs.length === 0 ? <p class="hint">{t.none}</p> : null}
      <form method="post" action="/admin/settings/languages" enctype="multipart/form-data" class="box">
        <Hidden />
        <h2>{t.add}</h2>
        {refused ? (
          <div class="alert" role="alert" id="pack-errors">
            <p>{t.refused}</p>
            <ul>
              {refused.issues.map((i, n) => (
                <li key={n}>{i.path ? `${i.path}: ${i.message}` : i.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <label class="field" for="file">
          {t.file}
        </label>
        <input type="file" id="file" name="file" accept="application/json,.json" />
        <label class="field" for="pasted">
          {t.orPaste}
        </label>
        <textarea id="pasted" name="pasted" rows={8}>
          {refused?.pasted ?? ""}
        </textarea>
        <button type="submit">{t.submit}</button>
      </form>
    </AdminLayout>
  );
}
