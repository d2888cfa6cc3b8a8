import { adminText } from "../admin-text";
import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { WebhookForm, type WebhookFormState } from "../components/WebhookForm";
import { formatNumber } from "../format";
import type { Lang } from "../i18n";
import { localTime } from "../local-time";
import { webhookText } from "../text-webhooks";

export type { WebhookFormState };

type DeliveryView = {
  eventType: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  deliveredAt: number | null;
  /** No more tries: past the give-up age, or its webhook was disabled. */
  gaveUp: boolean;
  lastStatus: number | null;
  lastError: string | null;
};

type WebhookView = {
  id: string;
  url: string;
  events: string[];
  unitId: string | null;
  createdAt: number;
  disabledAt: number | null;
  delivered: number;
  pending: number;
  gaveUp: number;
  deliveries: DeliveryView[];
};

export type WebhooksProps = {
  chrome: AdminChrome;
  /** The organization's zone: every time as the office reads its clock. */
  timeZone: string;
  hooks: WebhookView[];
  units: { id: string; name: string }[];
  events: readonly string[];
  form: WebhookFormState;
  /** The new webhook's signing secret, on the create request's own answer only. */
  secret: string | null;
  disabled: boolean;
};

function deliveryState(d: DeliveryView, lang: Lang, timeZone: string): string {
  const t = webhookText[lang];
  const n = (v: number) => formatNumber(v, lang, 0);
  const state =
    d.deliveredAt !== null
      ? t.delivered(localTime(d.deliveredAt, timeZone, lang))
      : d.gaveUp
        ? t.gaveUp(n(d.attempts))
        : t.waiting(n(d.attempts), localTime(d.nextAttemptAt, timeZone, lang));
  const answer = d.lastError ?? (d.lastStatus !== null ? `HTTP ${d.lastStatus}` : null);
  return answer && d.attempts > 0 ? `${state}; ${t.answer(answer)}` : state;
}

function Hook({ h, p }: { h: WebhookView; p: WebhooksProps }) {
  const { lang, csrf } = p.chrome;
  const t = webhookText[lang];
  const n = (v: number) => formatNumber(v, lang, 0);
  const unit = h.unitId === null ? null : (p.units.find((u) => u.id === h.unitId)?.name ?? t.inactiveUnit);
  return (
    <li class="box webhook">
      <p class="ref">
        <strong>{h.url}</strong>
      </p>
      <p>
        {t.events}: {h.events.map((e) => t.eventNames[e] ?? e).join(", ")}
        <br />
        {t.scope}: {unit === null ? t.wholeOrg : t.unitAndBelow(unit)}
        <br />
        {t.created} {localTime(h.createdAt, p.timeZone, lang)} ·{" "}
        {h.disabledAt === null ? t.active : t.disabledAt(localTime(h.disabledAt, p.timeZone, lang))}
      </p>
      <p class="hint">{t.counts(n(h.delivered), n(h.pending), n(h.gaveUp))}</p>
      <h3>{t.recent}</h3>
      {h.deliveries.length === 0 ? (
        <p class="hint">{t.noDeliveries}</p>
      ) : (
        <ul class="deliveries">
          {h.deliveries.map((d) => (
            <li key={`${d.eventType}-${d.createdAt}`}>
              {localTime(d.createdAt, p.timeZone, lang)} · {t.eventNames[d.eventType] ?? d.eventType}:{" "}
              {deliveryState(d, lang, p.timeZone)}
            </li>
          ))}
        </ul>
      )}
      {h.disabledAt === null ? (
        <form method="post" action={`/admin/settings/webhooks/${h.id}/disable`} class="inline">
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit" class="small">
            {t.disable}
          </button>
        </form>
      ) : null}
    </li>
  );
}

/** The organization's webhooks with how their deliveries stand, and a form for a new one. Admins only. */
export function WebhooksPage(p: WebhooksProps) {
  const t = webhookText[p.chrome.lang];
  return (
    <AdminLayout chrome={p.chrome} title={t.title}>
      <p>
        <a href="/admin/settings">← {adminText[p.chrome.lang].settings}</a>
      </p>
      <p>{t.intro}</p>
      {p.secret ? (
        <div class="note" role="status" id="secret">
          <p>{t.secretTitle}</p>
          <p class="ref">
            <code>{p.secret}</code>
          </p>
          <p>
            <strong>{t.secretOnce}</strong> {t.verify}
          </p>
        </div>
      ) : null}
      {p.disabled ? (
        <p class="note" role="status">
          {t.disabled}
        </p>
      ) : null}
      {p.hooks.length === 0 ? (
        <p class="hint">{t.none}</p>
      ) : (
        <ul class="webhooks">
          {p.hooks.map((h) => (
            <Hook key={h.id} h={h} p={p} />
          ))}
        </ul>
      )}
      <WebhookForm lang={p.chrome.lang} csrf={p.chrome.csrf} units={p.units} events={p.events} state={p.form} />
    </AdminLayout>
  );
}
