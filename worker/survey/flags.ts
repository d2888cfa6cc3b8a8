/** Why a response is a warning sign (Perlu perhatian). web/text-flags names them for people. */
export type FlagReason = "skm_1" | "steered" | "words";

type Flaggable = {
  answers: readonly { instrument: string; value: number }[];
  steered: boolean | null;
  comment: string | null;
  improvement?: string | null;
};

// Letters and digits of any script; everything else separates words, so "calo" is not found in "kalori".
const WORD_EDGE = "[^\\p{L}\\p{N}]";

/** Whether a text holds one of the words or phrases as a whole word, case and spacing aside. */
export function hasRedFlagWord(text: string, words: readonly string[]): boolean {
  const padded = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
  return words.some((w) => {
    const escaped = w
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\s+/g, " ");
    return new RegExp(`${WORD_EDGE}${escaped}${WORD_EDGE}`, "u").test(padded);
  });
}

/**
 * The warning signs in one response: any SKM answer of 1, "ya" to the steering question, or a red-flag
 * word in what the respondent wrote. Empty when there are none.
 */
export function flagReasons(r: Flaggable, redFlagWords: readonly string[]): FlagReason[] {
  const reasons: FlagReason[] = [];
  if (r.answers.some((a) => a.instrument === "skm" && a.value === 1)) reasons.push("skm_1");
  if (r.steered === true) reasons.push("steered");
  const written = [r.comment, r.improvement].filter((t): t is string => !!t).join(" ");
  if (written && hasRedFlagWord(written, redFlagWords)) reasons.push("words");
  return reasons;
}
