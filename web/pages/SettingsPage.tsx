import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { FieldError, FormAlert, invalidAttrs, type FieldErrors } from "../components/FieldError";
import { accountText } from "../text-accounts";
import { adminText } from "../admin-text";
import { ComplaintFields, type ComplaintSettings } from "../components/ComplaintFields";
import { flagText } from "../text-flags";
import { languagesText } from "../text-languages";
import { webhookText } from "../text-webhooks";
import { SignerFields, type SignerSettings } from "../components/SignerFields";

export type SettingsProps = {
  chrome: AdminChrome;
  org: {
    timeZone: string;
    weighting: string;
    conversion: string;
    /** Text when a refused form comes back with what was typed. */
    minRespondents: number | string;
    sampleBasis: string;
    retentionMonths: number | string;
    privacyNotice: string;
    profileBands: Record<string, readonly string[]>;
  };
  units: {
    id: string;
    name: string;
    population: number | null;
    timeZone: string | null;
    instruments: string[];
    signer: SignerSettings;
    complaint: ComplaintSettings;
  }[];
  saved: boolean;
  /** The organization form's refused fields, when it comes back with the typed values in `org`. */
  errors?: FieldErrors;
};

const ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];
const Hidden = ({ csrf }: { csrf: string }) => <input type="hidden" name="_csrf" value={csrf} />;

function Select({
  id,
  name,
  value,
  options,
}: {
  id: string;
  name: string;
  value: string;
  options: [string, string][];
}) {
  return (
    <select id={id} name={name}>
      {options.map(([v, label]) => (
        <option key={v} value={v} selected={v === value}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** Organization and unit settings: what the survey shows and how the indices are computed. Admins only. */
export function SettingsPage({ chrome, org, units, saved, errors }: SettingsProps) {
  const t = adminText[chrome.lang];
  const options = (labels: Record<string, string>): [string, string][] => Object.entries(labels);
  return (
    <AdminLayout chrome={chrome} title={t.settings}>
      <p>
        <a href="/admin/users">{t.users}</a> · <a href="/admin/tokens">{t.apiTokens}</a> ·{" "}
        <a href="/admin/audit">{t.auditLog}</a> ·{" "}
        <a href="/admin/settings/languages">{languagesText[chrome.lang].link}</a> ·{" "}
        <a href="/admin/settings/red-flag-words">{flagText[chrome.lang].wordsTitle}</a> ·{" "}
        <a href="/admin/settings/webhooks">{webhookText[chrome.lang].link}</a>
      </p>
      {saved ? (
        <p class="note" role="status">
          {t.saved}
        </p>
      ) : null}
      <FormAlert errors={errors} summary={accountText[chrome.lang].formRefused} />
      <form method="post" action="/admin/settings" class="box">
        <Hidden csrf={chrome.csrf} />
        <h2>{t.organization}</h2>
        <label class="field" for="timeZone">
          {t.timeZone}
        </label>
        <Select id="timeZone" name="timeZone" value={org.timeZone} options={ZONES.map((z) => [z, z])} />
        <label class="field" for="weighting">
          {t.weighting}
        </label>
        <Select id="weighting" name="weighting" value={org.weighting} options={options(t.weightingOptions)} />
        <label class="field" for="conversion">
          {t.conversion}
        </label>
        <Select id="conversion" name="conversion" value={org.conversion} options={options(t.conversionOptions)} />
        <label class="field" for="sampleBasis">
          {t.sampleBasis}
        </label>
        <Select id="sampleBasis" name="sampleBasis" value={org.sampleBasis} options={options(t.sampleBasisOptions)} />
        <label class="field" for="minRespondents">
          {t.minRespondents}
        </label>
        <input
          class="text"
          id="minRespondents"
          name="minRespondents"
          type="number"
          min={1}
          max={10000}
          value={String(org.minRespondents)}
          {...invalidAttrs(errors, "minRespondents")}
        />
        <FieldError errors={errors} name="minRespondents" />
        <label class="field" for="retentionMonths">
          {t.retentionMonths}
        </label>
        <input
          class="text"
          id="retentionMonths"
          name="retentionMonths"
          type="number"
          min={1}
          max={120}
          value={String(org.retentionMonths)}
          {...invalidAttrs(errors, "retentionMonths")}
        />
        <FieldError errors={errors} name="retentionMonths" />
        <label class="field" for="privacyNotice">
          {t.privacyNotice}
        </label>
        <textarea id="privacyNotice" name="privacyNotice" maxlength={2000} {...invalidAttrs(errors, "privacyNotice")}>
          {org.privacyNotice}
        </textarea>
        <FieldError errors={errors} name="privacyNotice" />
        <fieldset>
          <legend>{t.profileBands}</legend>
          {["age", "gender", "education", "occupation"].map((field) => (
            <div key={field}>
              <label class="field" for={`bands-${field}`}>
                {t.profileFields[field]}
              </label>
              <textarea
                id={`bands-${field}`}
                name={`bands_${field}`}
                rows={4}
                {...invalidAttrs(errors, `bands_${field}`)}
              >
                {org.profileBands[field]!.join("\n")}
              </textarea>
              <FieldError errors={errors} name={`bands_${field}`} />
            </div>
          ))}
        </fieldset>
        <button type="submit">{t.save}</button>
      </form>
      <h2>{t.units}</h2>
      {units.map((u) => (
        <form key={u.id} method="post" action={`/admin/settings/units/${u.id}`} class="box">
          <Hidden csrf={chrome.csrf} />
          <h3>{u.name}</h3>
          <fieldset>
            <legend>{t.instruments}</legend>
            {[
              ["skm", "SKM (IKM)"],
              ["spkp", "SPKP (IPKP)"],
              ["spak", "SPAK (IPAK)"],
            ].map(([v, label]) => (
              <label key={v} class="check">
                <input type="checkbox" name="instruments" value={v} checked={u.instruments.includes(v!)} /> {label}
              </label>
            ))}
          </fieldset>
          <label class="field" for={`pop-${u.id}`}>
            {t.population}
          </label>
          <input
            class="text"
            id={`pop-${u.id}`}
            name="population"
            type="number"
            min={1}
            value={u.population === null ? "" : String(u.population)}
          />
          <label class="field" for={`tz-${u.id}`}>
            {t.unitTimeZone}
          </label>
          <Select
            id={`tz-${u.id}`}
            name="timeZone"
            value={u.timeZone ?? ""}
            options={[["", t.orgTimeZone], ...ZONES.map((z): [string, string] => [z, z])]}
          />
          <SignerFields lang={chrome.lang} unitId={u.id} signer={u.signer} />
          <ComplaintFields lang={chrome.lang} unitId={u.id} complaint={u.complaint} />
          <button type="submit" class="small">
            {t.save}
          </button>
        </form>
      ))}
    </AdminLayout>
  );
}
