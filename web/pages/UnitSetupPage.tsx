import type { JSX } from "preact";
import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { ParentOptions, type SetupUnitView } from "../components/SetupTree";
import { setupText } from "../text-setup";

type ServiceSetupView = { id: string; name: string; population: number | null; active: boolean };
/** What a refused form sent, to show again: which form (`unit`, `service`, or a service's id) and its fields. */
export type SetupFormState = { form: string; message: string; values: Record<string, string> } | null;

export type UnitSetupProps = {
  chrome: AdminChrome;
  unit: SetupUnitView;
  /** A manager's own unit: its place in the tree is the admin's to change, and it stays active. */
  ownRoot: boolean;
  parents: SetupUnitView[];
  topLevel: boolean;
  services: ServiceSetupView[];
  notice: string | null;
  refused: SetupFormState;
};

const pop = (n: number | null) => (n === null ? "" : String(n));

/** /admin/setup/units/:id: one unit's name, place, population and state, and its services. */
export function UnitSetupPage(p: UnitSetupProps) {
  const { chrome, unit, refused } = p;
  const t = setupText[chrome.lang];
  const base = `/admin/setup/units/${unit.id}`;
  const csrf = <input type="hidden" name="_csrf" value={chrome.csrf} />;
  const kept = (form: string, field: string, stored: string) =>
    refused?.form === form ? (refused.values[field] ?? stored) : stored;
  const alert = (form: string) =>
    refused?.form === form ? (
      <p class="alert" role="alert">
        {t.refused} {refused.message}
      </p>
    ) : null;
  return (
    <AdminLayout chrome={chrome} title={`${t.setup} · ${unit.name}`}>
      <p>
        <a href="/admin/setup">{t.back}</a> · <a href={`/admin/units/${unit.id}/touchpoints`}>{t.touchpointsLink}</a> ·{" "}
        <a href={`/admin/units/${unit.id}`}>{t.unitPage}</a>
        {chrome.isAdmin ? (
          <>
            {" "}
            · <a href="/admin/settings">{t.moreSettings}</a>
          </>
        ) : null}
      </p>
      {p.notice ? (
        <p class="box" role="status">
          {p.notice}
        </p>
      ) : null}
      {unit.active ? null : <p class="alert">{t.isDeactivated}</p>}
      <form method="post" action={base} class="box" id="unit">
        {csrf}
        <h2>{t.unitDetails}</h2>
        {alert("unit")}
        <p class="hint">
          <code>{unit.code}</code>
        </p>
        <label class="field" for="name">
          {t.name}
        </label>
        <input class="text" id="name" name="name" required maxlength={200} value={kept("unit", "name", unit.name)} />
        <label class="field" for="parentId">
          {t.parent}
        </label>
        {p.ownRoot ? (
          <p class="hint">{t.ownUnitParent}</p>
        ) : (
          <select id="parentId" name="parentId">
            {p.topLevel ? <option value="">{t.noParent}</option> : null}
            <ParentOptions options={p.parents} selected={kept("unit", "parentId", unit.parentId ?? "")} />
          </select>
        )}
        <label class="field" for="population">
          {t.population}
        </label>
        <input
          class="text"
          id="population"
          name="population"
          inputmode="numeric"
          maxlength={12}
          value={kept("unit", "population", pop(unit.population))}
        />
        <button type="submit">{t.save}</button>
      </form>
      {p.ownRoot ? null : (
        <form method="post" action={`${base}/active`} class="box" id="state">
          {csrf}
          {alert("active")}
          <input type="hidden" name="active" value={unit.active ? "0" : "1"} />
          <p class="hint">{t.deactivateHint}</p>
          <button type="submit" class="small">
            {unit.active ? t.deactivate : t.reactivate}
          </button>
        </form>
      )}
      <ServicesSection {...p} csrf={csrf} base={base} kept={kept} alert={alert} />
    </AdminLayout>
  );
}

function ServicesSection({
  chrome,
  unit,
  services,
  csrf,
  base,
  kept,
  alert,
}: UnitSetupProps & {
  csrf: JSX.Element;
  base: string;
  kept: (form: string, field: string, stored: string) => string;
  alert: (form: string) => JSX.Element | null;
}) {
  const t = setupText[chrome.lang];
  return (
    <section class="box" id="services">
      <h2>{t.services}</h2>
      <p class="hint">{t.servicesHint}</p>
      {services.length === 0 ? <p>{t.noServices}</p> : null}
      <ul class="comments">
        {services.map((s) => (
          <li key={s.id}>
            {alert(s.id)}
            <form method="post" action={`${base}/services/${s.id}`} class="inline-form">
              {csrf}
              <label for={`sn-${s.id}`}>{t.serviceName}</label>{" "}
              <input
                class="text"
                id={`sn-${s.id}`}
                name="name"
                required
                maxlength={100}
                value={kept(s.id, "name", s.name)}
              />{" "}
              <label for={`sp-${s.id}`}>{t.populationShort}</label>{" "}
              <input
                class="text"
                id={`sp-${s.id}`}
                name="population"
                inputmode="numeric"
                maxlength={12}
                value={kept(s.id, "population", pop(s.population))}
              />{" "}
              <button type="submit" class="small">
                {t.save}
              </button>
            </form>
            <form method="post" action={`${base}/services/${s.id}/active`} class="inline-form">
              {csrf}
              {s.active ? null : <span class="warn">({t.deactivated}) </span>}
              <input type="hidden" name="active" value={s.active ? "0" : "1"} />
              <button type="submit" class="small">
                {s.active ? t.deactivateService : t.reactivate}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {unit.active ? (
        <form method="post" action={`${base}/services`} id="new-service">
          {csrf}
          <h3>{t.newService}</h3>
          {alert("service")}
          <label class="field" for="service-name">
            {t.serviceName}
          </label>
          <input
            class="text"
            id="service-name"
            name="name"
            required
            maxlength={100}
            value={kept("service", "name", "")}
          />
          <label class="field" for="service-population">
            {t.population}
          </label>
          <input
            class="text"
            id="service-population"
            name="population"
            inputmode="numeric"
            maxlength={12}
            value={kept("service", "population", "")}
          />
          <button type="submit">{t.newService}</button>
        </form>
      ) : null}
    </section>
  );
}
