import { formatNumber } from "../format";
import type { Lang } from "../i18n";
import { entryText } from "../text-entry";

/** The unit's indices without the answers collected elsewhere; null when the period has none of those. */
export type OfflineView = {
  offline: number;
  respondents: number;
  ikm: number | null;
  ipkp: number | null;
  ipak: number | null;
} | null;

/** A second line under the index cards: the same indices from the online answers alone. */
export function OfflineIndices({ lang, view }: { lang: Lang; view: OfflineView }) {
  if (!view) return null;
  const e = entryText[lang];
  const num = (v: number | null) => (v === null ? "–" : formatNumber(v, lang));
  return (
    <p class="hint" id="without-offline">
      <strong>{e.withoutOffline}:</strong> IKM {num(view.ikm)} · IPKP {num(view.ipkp)} · IPAK {num(view.ipak)} (n ={" "}
      {formatNumber(view.respondents, lang, 0)}; {e.offlineCount(formatNumber(view.offline, lang, 0))})
    </p>
  );
}
