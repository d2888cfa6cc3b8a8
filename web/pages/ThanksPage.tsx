import { Layout } from "../components/Layout";
import type { ComplaintSettings } from "../components/ComplaintFields";
import { OfflineStatus } from "../components/OfflineStatus";
import type { SurveyTexts } from "../i18n";

// The national complaint channel (SP4N-LAPOR!, PermenPAN-RB 62/2018): the survey asks about pungli, so the
// page after it says where to report one.
const LAPOR = "https://www.lapor.go.id";

export type ThanksPageProps = {
  lang: string;
  t: SurveyTexts;
  cssHref: string;
  /** Null when the code is unknown: the thanks still stands, without a unit to name. */
  unitName: string | null;
  resultsHref: string | null;
  /** The unit's own channel (unit settings), when it has one. */
  complaint: ComplaintSettings | null;
};

/** After a submission: the unit thanked by name, its published results, and where to report a complaint. */
export function ThanksPage({ lang, t, cssHref, unitName, resultsHref, complaint }: ThanksPageProps) {
  const ui = t.ui;
  return (
    <Layout
      lang={lang}
      title={ui.thanksTitle}
      cssHref={cssHref}
      heading={ui.thanksTitle}
      subheading={unitName ?? undefined}
    >
      <p class="note" role="status">
        {ui.thanks}
      </p>
      {resultsHref ? (
        <p>
          <a href={`${resultsHref}?lang=${lang}`}>{ui.thanksResults}</a>
        </p>
      ) : null}
      <p class="hint">
        {ui.thanksComplaint} <a href={LAPOR}>lapor.go.id</a>
      </p>
      {complaint ? (
        <p class="hint">
          {t.citizen.unitChannel} {complaint.complaintText}{" "}
          {complaint.complaintUrl ? (
            <a href={complaint.complaintUrl}>{complaint.complaintUrl.replace(/^https?:\/\//, "")}</a>
          ) : null}
        </p>
      ) : null}
      <OfflineStatus t={t.offline} />
    </Layout>
  );
}
