/** The dashboard's label for the answer to "Apa yang paling perlu diperbaiki?" beside a comment. */
export const commentText = {
  id: { improvement: "Perlu diperbaiki" },
  en: { improvement: "Needs improvement" },
} as const;
