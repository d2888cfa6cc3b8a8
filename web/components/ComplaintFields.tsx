import type { Lang } from "../i18n";
import { complaintSettingsText } from "../text-complaint";

export type ComplaintSettings = { complaintText: string; complaintUrl: string };

/** The unit's own complaint channel, named to citizens on the thank-you page beside SP4N-LAPOR!. */
export function ComplaintFields({
  lang,
  unitId,
  complaint,
}: {
  lang: Lang;
  unitId: string;
  complaint: ComplaintSettings;
}) {
  const t = complaintSettingsText[lang];
  return (
    <fieldset>
      <legend>{t.legend}</legend>
      <p class="hint">{t.hint}</p>
      <label class="field" for={`complaintText-${unitId}`}>
        {t.complaintText}
      </label>
      <input
        class="text"
        id={`complaintText-${unitId}`}
        name="complaintText"
        maxLength={200}
        value={complaint.complaintText}
      />
      <label class="field" for={`complaintUrl-${unitId}`}>
        {t.complaintUrl}
      </label>
      <input
        class="text"
        id={`complaintUrl-${unitId}`}
        name="complaintUrl"
        type="url"
        maxLength={300}
        placeholder="https://"
        value={complaint.complaintUrl}
      />
    </fieldset>
  );
}
