import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { ParentOptions, SetupTree, type SetupUnitView } from "../components/SetupTree";
import { setupText } from "../text-setup";

export type NewUnitValues = { name: string; code: string; parentId: string; population: string };

export type SetupPageProps = {
  chrome: AdminChrome;
  units: SetupUnitView[];
  /** Where a new unit may go: active units in the user's scope. */
  parents: SetupUnitView[];
  /** Only an admin may add a unit at the top of the tree. */
  topLevel: boolean;
  notice: string | null;
  error: string | null;
  values: NewUnitValues;
};

/** /admin/setup: the organization's units as a tree (a manager's own subtree), and a form for a new one. */
export function SetupPage({ chrome, units, parents, topLevel, notice, error, values }: SetupPageProps) {
  const t = setupText[chrome.lang];
  return (
    <AdminLayout chrome={chrome} title={t.setup}>
      {notice ? (
        <p class="box" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        <a href="/admin/setup/import">{t.importLink}</a>
      </p>
      <section class="box">
        <h2>{t.tree}</h2>
        <p class="hint">{t.treeHint}</p>
        <SetupTree lang={chrome.lang} units={units} />
      </section>
      <form method="post" action="/admin/setup/units" class="box" id="new-unit">
        <input type="hidden" name="_csrf" value={chrome.csrf} />
        <h2>{t.newUnit}</h2>
        {error ? (
          <p class="alert" role="alert">
            {t.refused} {error}
          </p>
        ) : null}
        <label class="field" for="name">
          {t.name}
        </label>
        <input class="text" id="name" name="name" required maxlength={200} value={values.name} />
        <label class="field" for="code">
          {t.code}
        </label>
        <input class="text" id="code" name="code" required maxlength={63} value={values.code} />
        <label class="field" for="parentId">
          {t.parent}
        </label>
        <select id="parentId" name="parentId">
          {topLevel ? <option value="">{t.noParent}</option> : null}
          <ParentOptions options={parents} selected={values.parentId} />
        </select>
        <label class="field" for="population">
          {t.population}
        </label>
        <input
          class="text"
          id="population"
          name="population"
          inputmode="numeric"
          maxlength={12}
          value={values.population}
        />
        <button type="submit">{t.create}</button>
      </form>
    </AdminLayout>
  );
}
