/** Citizen-facing words added in issue 11, plain strings so the language packs can carry them. */
export const citizenText = {
  id: { unitChannel: "Kanal pengaduan unit ini:" },
  en: { unitChannel: "This unit's own complaint channel:" },
} as const;
