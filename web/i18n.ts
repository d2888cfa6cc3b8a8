import { EN } from "./lang/en";
import { ID } from "./lang/id";
import { citizenText } from "./text-citizen";
import { offlineText } from "./text-offline";
import { surveyText } from "./text-survey";

/** The dashboard's languages, and the two survey languages that ship in code. */
export type Lang = "id" | "en";

/**
 * A language pack is these named sections, each an `{ id, en }` pair of plain data (strings and string
 * lists, no functions), so that a pack can come from a JSON file. A new section is one line here; every
 * pack an organization adds must then have each key of its Indonesian side (web/lang/check.ts).
 */
const SECTIONS = {
  ui: { id: ID.ui, en: EN.ui },
  items: { id: ID.items, en: EN.items },
  profile: { id: ID.profile, en: EN.profile },
  survey: surveyText,
  offline: offlineText,
  citizen: citizenText,
};

type Sections = typeof SECTIONS;
/** Every text of the survey in one language: the shape of a language pack. */
export type SurveyTexts = { [K in keyof Sections]: Sections[K]["id"] };

const shipped = (lang: Lang) =>
  Object.fromEntries(Object.entries(SECTIONS).map(([name, s]) => [name, s[lang]])) as SurveyTexts;

export const texts: Record<Lang, SurveyTexts> = { id: shipped("id"), en: shipped("en") };

/** The packs that ship, in the order the survey offers them; an organization's own packs follow. */
export const SHIPPED_LANGUAGES: readonly { code: Lang; name: string }[] = [
  { code: "id", name: "Bahasa Indonesia" },
  { code: "en", name: "English" },
];

/** A pack's text with its `{placeholders}` filled; an unknown placeholder stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export type IssueCode = keyof SurveyTexts["ui"]["issue"];

export function issueMessage(t: SurveyTexts, code: IssueCode): string {
  return t.ui.issue[code];
}
