import type { Lang } from "../i18n";
import { webhookText } from "../text-webhooks";

export type WebhookFormState = {
  /** As typed: a refused form comes back with them. */
  values: { url: string; events: string[]; unitId: string };
  errors: { url?: string; events?: string; unitId?: string };
};

/** A new webhook: where to, which events, and optionally one unit's subtree. */
export function WebhookForm(p: {
  lang: Lang;
  csrf: string;
  units: { id: string; name: string }[];
  /** The event types a webhook may hear. */
  events: readonly string[];
  state: WebhookFormState;
}) {
  const t = webhookText[p.lang];
  const { values, errors } = p.state;
  const failed = Object.keys(errors).length > 0;
  const invalid = (field: keyof WebhookFormState["errors"]) => (errors[field] ? "true" : undefined);
  const FieldError = ({ field }: { field: keyof WebhookFormState["errors"] }) =>
    errors[field] ? (
      <p class="alert" id={`${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  return (
    <form method="post" action="/admin/settings/webhooks" class="box" id="new-webhook">
      <input type="hidden" name="_csrf" value={p.csrf} />
      <h2>{t.newHook}</h2>
      {failed ? (
        <p class="alert" role="alert">
          {t.refused} {Object.values(errors).join(" ")}
        </p>
      ) : null}
      <label class="field" for="url">
        {t.url}
      </label>
      <p class="hint" id="url-hint">
        {t.urlHint}
      </p>
      <input
        class="text"
        id="url"
        name="url"
        type="url"
        required
        maxlength={2000}
        value={values.url}
        aria-invalid={invalid("url")}
        aria-describedby={errors.url ? "url-hint url-error" : "url-hint"}
      />
      <FieldError field="url" />
      <fieldset aria-invalid={invalid("events")} aria-describedby={errors.events ? "events-error" : undefined}>
        <legend>{t.events}</legend>
        {p.events.map((e) => (
          <label key={e} class="check">
            <input type="checkbox" name="events" value={e} checked={values.events.includes(e)} />{" "}
            <strong>{t.eventNames[e]}</strong> <code>{e}</code>
            <span class="hint"> {t.eventHints[e]}</span>
          </label>
        ))}
        <FieldError field="events" />
      </fieldset>
      <label class="field" for="unit">
        {t.scope}
      </label>
      <p class="hint" id="unit-hint">
        {t.scopeHint}
      </p>
      <select
        id="unit"
        name="unit"
        aria-invalid={invalid("unitId")}
        aria-describedby={errors.unitId ? "unit-hint unitId-error" : "unit-hint"}
      >
        <option value="">{t.wholeOrg}</option>
        {p.units.map((u) => (
          <option key={u.id} value={u.id} selected={u.id === values.unitId}>
            {t.unitAndBelow(u.name)}
          </option>
        ))}
      </select>
      <FieldError field="unitId" />
      <button type="submit">{t.create}</button>
    </form>
  );
}
