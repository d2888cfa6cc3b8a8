import type { Db } from "../../db/db";
import { getLanguagePackBody } from "../../db/queries/language-packs";
import { SHIPPED_LANGUAGES, texts, type SurveyTexts } from "../../web/i18n";
import { readPackTexts } from "./language-pack";

export type OfferedLanguage = { code: string; name: string };
/** The language a citizen page is shown in: its code (stored with the response) and its texts. */
export type SurveyLanguage = { code: string; t: SurveyTexts; offered: OfferedLanguage[] };

/** The shipped languages, then the organization's own (the `languages` column of the touchpoint read). */
export function offeredLanguages(languagesJson: string | null | undefined): OfferedLanguage[] {
  let stored: unknown;
  try {
    stored = JSON.parse(languagesJson ?? "[]");
  } catch {
    stored = [];
  }
  const own = (Array.isArray(stored) ? stored : [])
    .filter((l): l is OfferedLanguage => typeof l?.code === "string" && typeof l?.name === "string")
    .filter((l) => !SHIPPED_LANGUAGES.some((s) => s.code === l.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  return [...SHIPPED_LANGUAGES, ...own];
}

/**
 * The survey's language: the one asked for (`?lang=`, or the form's hidden field) when the organization
 * offers it, else Indonesian, whatever the phone's own language. A custom pack costs one read, only when
 * it is asked for; Indonesian and English cost none.
 */
export async function surveyLanguage(
  db: Db,
  org: { orgId: string; languages: string | null },
  asked: string | undefined,
): Promise<SurveyLanguage> {
  const offered = offeredLanguages(org.languages);
  const code = asked?.trim().toLowerCase() ?? "";
  if (code === "id" || code === "en") return { code, t: texts[code], offered };
  const body = offered.some((l) => l.code === code) ? await getLanguagePackBody(db, org.orgId, code) : null;
  // Removed between the page and its POST: Indonesian, like any unknown code.
  if (body === null) return { code: "id", t: texts.id, offered };
  return { code, t: readPackTexts(body), offered };
}

/** Indonesian with nothing else offered: for pages where the touchpoint (hence its organization) is unknown. */
export const INDONESIAN: SurveyLanguage = { code: "id", t: texts.id, offered: [...SHIPPED_LANGUAGES] };
