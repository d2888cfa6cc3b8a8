import type { TouchpointRow } from "../../db/queries/touchpoints";
import type { SurveyPageProps } from "../../web/pages/SurveyPage";
import { issueMessage } from "../../web/i18n";
import { orgSettingsOf, unitSettingsOf } from "../settings";
import { INSTRUMENTS } from "./instruments";
import type { SurveyLanguage } from "./languages";
import type { SubmissionIssue } from "./validate";

/** The survey page's view model: plain props, no rows or context cross into web/. */
export function surveyPageProps(
  tp: TouchpointRow,
  lang: SurveyLanguage,
  token: string,
  cssHref: string,
  state: { values?: Record<string, string>; issues?: SubmissionIssue[]; formMessage?: string } = {},
): SurveyPageProps {
  const { instruments } = unitSettingsOf(tp.unitSettings);
  const org = orgSettingsOf(tp.orgSettings);
  const errors: Record<string, string> = {};
  for (const issue of state.issues ?? []) {
    // The shared message says "Saran"; this box asks something else, and says so.
    const improvementTooLong = issue.path === "improvement" && issue.code === "too_long";
    errors[fieldOfPath(issue.path)] ??= improvementTooLong
      ? lang.t.survey.improvementTooLong
      : issueMessage(lang.t, issue.code);
  }
  return {
    lang: lang.code,
    t: lang.t,
    cssHref,
    action: `/s/${tp.code}?lang=${lang.code}`,
    languages: lang.offered.map((l) => ({ ...l, href: `/s/${tp.code}?lang=${l.code}` })),
    token,
    sections: instruments.map((ins) => ({
      instrument: ins,
      items: INSTRUMENTS[ins].items.map((key) => ({ key, max: INSTRUMENTS[ins].max })),
    })),
    profileBands: org.profileBands,
    orgName: tp.orgName,
    unitName: tp.unitName,
    serviceName: tp.serviceName,
    touchpointLabel: tp.label,
    retentionMonths: org.retentionMonths,
    privacyNotice: org.privacyNotice,
    values: state.values ?? {},
    errors,
    formMessage: state.formMessage,
  };
}

/** "answers.U1" → "U1", "profile.age" → "age": the form's own field names. */
function fieldOfPath(path: string): string {
  return path.replace(/^(answers|profile)\./, "");
}
