import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { FieldError, FormAlert, invalidAttrs, type FieldErrors } from "../components/FieldError";
import { Table } from "../components/Table";
import { adminText } from "../admin-text";
import { localTime } from "../local-time";
import { accountText } from "../text-accounts";
import { auditActionText } from "../text-audit";

export type UsersProps = {
  chrome: AdminChrome;
  users: { id: string; email: string; role: string; unit: string; disabled: boolean; self: boolean }[];
  units: { id: string; name: string }[];
  /** A one-time link just made (an invite or a reset), shown this once. */
  shown?: { kind: "invite" | "reset"; email: string; url: string };
  /** A refused invite comes back with what was typed. */
  values?: { email: string; role: string; unit: string };
  errors?: FieldErrors;
};

const Hidden = ({ csrf }: { csrf: string }) => <input type="hidden" name="_csrf" value={csrf} />;

/** Accounts: invite and reset (a one-time link shown once, to pass on), and disable. */
export function UsersPage({ chrome, users, units, shown, values, errors }: UsersProps) {
  const t = adminText[chrome.lang];
  const a = accountText[chrome.lang];
  return (
    <AdminLayout chrome={chrome} title={t.users}>
      <p>
        <a href="/admin/settings">← {t.settings}</a>
      </p>
      {shown ? (
        <p class="note" role="status">
          {shown.kind === "invite" ? a.inviteShown(shown.email) : a.resetShown(shown.email)} <code>{shown.url}</code>
        </p>
      ) : null}
      <FormAlert errors={errors} summary={a.formRefused} />
      <div class="scroll">
        <Table
          headers={[t.email, t.role, t.unit, t.status, t.password]}
          rows={users.map((u) => [
            u.email,
            u.role,
            u.unit,
            <form method="post" action={`/admin/users/${u.id}`} class="inline">
              <Hidden csrf={chrome.csrf} />
              <input type="hidden" name="disabled" value={u.disabled ? "0" : "1"} />
              {u.disabled ? t.userDisabled : t.userActive}{" "}
              <button type="submit" class="small">
                {u.disabled ? t.enable : t.disable}
              </button>
            </form>,
            u.disabled || u.self ? (
              ""
            ) : (
              <form method="post" action={`/admin/users/${u.id}/reset`} class="inline">
                <Hidden csrf={chrome.csrf} />
                <button type="submit" class="small">
                  {a.resetLink}
                </button>
              </form>
            ),
          ])}
        />
      </div>
      <form method="post" action="/admin/users" class="box">
        <Hidden csrf={chrome.csrf} />
        <h2>{t.inviteUser}</h2>
        <label class="field" for="email">
          {t.email}
        </label>
        <input
          class="text"
          id="email"
          name="email"
          type="email"
          required
          value={values?.email ?? ""}
          {...invalidAttrs(errors, "email")}
        />
        <FieldError errors={errors} name="email" />
        <label class="field" for="role">
          {t.role}
        </label>
        <select id="role" name="role" {...invalidAttrs(errors, "role")}>
          {Object.entries(t.roleOptions).map(([role, label]) => (
            <option key={role} value={role} selected={values?.role === role}>
              {label}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="role" />
        <label class="field" for="unitId">
          {t.userUnit}
        </label>
        <select id="unitId" name="unit" {...invalidAttrs(errors, "unitId")}>
          <option value="">–</option>
          {units.map((u) => (
            <option key={u.id} value={u.id} selected={values?.unit === u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="unitId" />
        <button type="submit">{t.createAccount}</button>
      </form>
    </AdminLayout>
  );
}

export type TokensProps = {
  chrome: AdminChrome;
  tokens: { id: string; unit: string; label: string; createdAt: number; lastUsedAt: number | null; revoked: boolean }[];
  units: { id: string; name: string }[];
  created?: string;
  /** The organization's zone: times as its staff read them. */
  timeZone: string;
};

/** Evaluator API tokens: created here or with `token:create`, shown once, revocable at once. */
export function TokensPage({ chrome, tokens, units, created, timeZone }: TokensProps) {
  const t = adminText[chrome.lang];
  const when = (at: number | null) => (at ? localTime(at, timeZone, chrome.lang) : "–");
  return (
    <AdminLayout chrome={chrome} title={t.tokensTitle}>
      <p>
        <a href="/admin/settings">← {t.settings}</a> · <a href="/api/v1/docs">{t.apiReference}</a>
      </p>
      {created ? (
        <p class="note" role="status">
          {t.tokenCreated}
          <code>{created}</code>
        </p>
      ) : null}
      <Table
        headers={[t.label, t.scope, t.createdAt, t.lastUsed, t.status]}
        rows={tokens.map((tok) => [
          tok.label,
          tok.unit,
          when(tok.createdAt),
          when(tok.lastUsedAt),
          tok.revoked ? (
            t.revoked
          ) : (
            <form method="post" action={`/admin/tokens/${tok.id}/revoke`} class="inline">
              <Hidden csrf={chrome.csrf} />
              <button type="submit" class="small">
                {t.revoke}
              </button>
            </form>
          ),
        ])}
      />
      <form method="post" action="/admin/tokens" class="box">
        <Hidden csrf={chrome.csrf} />
        <h2>{t.newToken}</h2>
        <label class="field" for="label">
          {t.tokenLabel}
        </label>
        <input class="text" id="label" name="label" required maxlength={100} />
        <label class="field" for="unit">
          {t.scope}
        </label>
        <select id="unit" name="unit">
          <option value="">{t.wholeOrg}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {t.unitAndBelow(u.name)}
            </option>
          ))}
        </select>
        <button type="submit">{t.createToken}</button>
      </form>
    </AdminLayout>
  );
}

export type AuditProps = {
  chrome: AdminChrome;
  /** The organization's zone: times are read as the office reads its clock. */
  timeZone: string;
  entries: { at: number; actor: string; action: string; target: string | null; detail: string | null }[];
};

export function AuditPage({ chrome, timeZone, entries }: AuditProps) {
  const t = adminText[chrome.lang];
  const names = auditActionText[chrome.lang];
  return (
    <AdminLayout chrome={chrome} title={t.auditLog}>
      <p>
        <a href="/admin/settings">← {t.settings}</a>
      </p>
      <div class="scroll">
        <Table
          headers={[t.auditTime, t.auditActor, t.action, t.auditTarget, t.auditDetail]}
          rows={entries.map((e) => [
            localTime(e.at, timeZone, chrome.lang),
            e.actor,
            <span key="a" title={e.action}>
              {names[e.action] ?? e.action}
            </span>,
            e.target ?? "",
            e.detail ?? "",
          ])}
        />
      </div>
    </AdminLayout>
  );
}
