import type { Lang } from "../i18n";
import { reportSettingsText } from "../text-report";

export type SignerSettings = { headName: string; headTitle: string; headNip: string; place: string };

/** The unit settings that sign the laporan SKM's lembar pengesahan, in the unit's settings form. */
export function SignerFields({ lang, unitId, signer }: { lang: Lang; unitId: string; signer: SignerSettings }) {
  const t = reportSettingsText[lang];
  const field = (name: keyof SignerSettings, max: number) => (
    <>
      <label class="field" for={`${name}-${unitId}`}>
        {t[name]}
      </label>
      <input class="text" id={`${name}-${unitId}`} name={name} maxLength={max} value={signer[name]} />
    </>
  );
  return (
    <fieldset>
      <legend>{t.signer}</legend>
      {field("headName", 120)}
      {field("headTitle", 160)}
      {field("headNip", 30)}
      {field("place", 80)}
    </fieldset>
  );
}
