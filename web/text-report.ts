import type { Lang } from "./i18n";

/** Wording of the unit settings that feed the laporan SKM (who signs it, where). */
export const reportSettingsText: Record<
  Lang,
  { signer: string; headName: string; headTitle: string; headNip: string; place: string }
> = {
  id: {
    signer: "Penanda tangan laporan SKM (lembar pengesahan)",
    headName: "Nama kepala unit",
    headTitle: "Jabatan",
    headNip: "NIP (boleh dikosongkan)",
    place: "Tempat penandatanganan (kota)",
  },
  en: {
    signer: "Signatory of the SKM report (approval page)",
    headName: "Name of the head of unit",
    headTitle: "Position",
    headNip: "NIP (optional)",
    place: "Place of signing (city)",
  },
};
