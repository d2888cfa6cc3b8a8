import { adminText, type ZiVerdict } from "../admin-text";
import { formatNumber, formatPercent } from "../format";
import type { Lang } from "../i18n";

type Ci = [number, number] | null;
type Verdicts = { ipak: ZiVerdict; ipkp: ZiVerdict };

/** The parts of the computed indices the cards show (plain data, as the API returns it). */
export type IndicesView = {
  respondents: number;
  ikm: {
    n: number;
    items: { key: string; nrr: number }[];
    converted: number;
    grade: string | null;
    performance: string | null;
    ci95: Ci;
    sufficient: boolean;
  } | null;
  ipkp: { n: number; index4: number; lke: number; ci95: Ci; sufficient: boolean } | null;
  ipak: { n: number; index4: number; lke: number; ci95: Ci; sufficient: boolean } | null;
  steeredShare: number | null;
  sample: { required: number | null; adequate: boolean | null; prorated: boolean; periodPopulation: number | null };
  /** Each index's ZI verdict for WBK and WBBM. */
  verdicts: { wbk: Verdicts; wbbm: Verdicts };
  minRespondents: number;
};

export function IndexCards({ lang, indices: ix }: { lang: Lang; indices: IndicesView }) {
  const t = adminText[lang];
  const n2 = (v: number) => formatNumber(v, lang);
  const count = (v: number) => formatNumber(v, lang, 0);
  const ci = (c: Ci, digits = 2) =>
    c ? `${formatNumber(c[0], lang, digits)} – ${formatNumber(c[1], lang, digits)}` : "–";
  const insufficient = (n: number) => (
    <p class="warn">
      <strong>{t.insufficient}.</strong> {t.insufficientHint(n, ix.minRespondents)}
    </p>
  );
  return (
    <div class="cards">
      <section class="box card">
        <h2>{t.ikm}</h2>
        {ix.ikm ? (
          <>
            <p class="big">{n2(ix.ikm.converted)}</p>
            {ix.ikm.sufficient ? (
              <p>
                {t.mutu} {ix.ikm.grade} ({ix.ikm.performance})
              </p>
            ) : (
              insufficient(ix.ikm.n)
            )}
            <p class="hint">
              {t.ci}: {ci(ix.ikm.ci95)} · n = {count(ix.ikm.n)}
            </p>
          </>
        ) : (
          <p>{t.noData}</p>
        )}
      </section>
      {(["ipkp", "ipak"] as const).map((key) => {
        const v = ix[key];
        return (
          <section class="box card" key={key}>
            <h2>{t[key]}</h2>
            {v ? (
              <>
                <p class="big">{n2(v.index4)}</p>
                <p>
                  {t.lke} {n2(v.lke)} · {t.wbk}: {t.verdicts[ix.verdicts.wbk[key]]} · {t.wbbm}:{" "}
                  {t.verdicts[ix.verdicts.wbbm[key]]}
                </p>
                {v.sufficient ? null : insufficient(v.n)}
                <p class="hint">
                  {t.ci}: {ci(v.ci95, 3)} · n = {count(v.n)}
                </p>
              </>
            ) : (
              <p>{t.noData}</p>
            )}
          </section>
        );
      })}
      <section class="box card">
        <h2>{t.respondents}</h2>
        <p class="big">{count(ix.respondents)}</p>
        {ix.sample.required !== null ? (
          <p>
            {t.required} {count(ix.sample.required)}: {ix.sample.adequate ? t.adequate : t.inadequate}
          </p>
        ) : null}
        {ix.steeredShare !== null ? (
          <p class="hint">
            {t.steered}: {formatPercent(ix.steeredShare, lang)}
          </p>
        ) : null}
      </section>
    </div>
  );
}
