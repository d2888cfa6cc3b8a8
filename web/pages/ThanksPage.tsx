import { Layout } from "../components/Layout";
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
};

/** After a submission: the unit thanked by name, its published results, and where to report a complaint. */
export function ThanksPage({ lang, t, cssHref, unitName, resultsHref }: ThanksPageProps) {
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
    </Layout>
  );
}
