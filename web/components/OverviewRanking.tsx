import { adminText } from "../admin-text";
import type { Lang } from "../i18n";
import type { PerceptionFigure, Ranking, TreeRow } from "../overview-types";
import { formatNumber, overviewText } from "../text-overview";
import { FlagList, ciText } from "./OverviewTree";

function Verdict({ lang, ranking, row }: { lang: Lang; ranking: Ranking; row: TreeRow }) {
  const t = adminText[lang];
  if (ranking.by === "ikm") return <>{row.own.ikm?.grade ?? t.verdicts.insufficient_data}</>;
  const f = row.own[ranking.by] as PerceptionFigure | null;
  return <>{f ? `${t.wbk}: ${t.verdicts[f.wbk]} · ${t.wbbm}: ${t.verdicts[f.wbbm]}` : "–"}</>;
}

/** Units by IKM, IPKP or IPAK: ties share a rank and say so; units with too few answers are listed apart. */
export function OverviewRanking({ lang, ranking, unitQuery }: { lang: Lang; ranking: Ranking; unitQuery: string }) {
  const t = adminText[lang];
  const o = overviewText[lang];
  const name = t[ranking.by];
  const link = (r: TreeRow) => <a href={`/admin/units/${r.unitId}?${unitQuery}`}>{r.name}</a>;
  return (
    <>
      {ranking.ranked.length === 0 ? (
        <p class="note">{o.noneRanked}</p>
      ) : (
        <table class="tree ranking">
          <thead>
            <tr>
              <th scope="col">{o.rank}</th>
              <th scope="col">{o.unit}</th>
              <th scope="col">{name}</th>
              <th scope="col">{o.interval}</th>
              <th scope="col">{ranking.by === "ikm" ? o.grade : `${t.wbk} / ${t.wbbm}`}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.ranked.map((x) => (
              <tr key={x.row.unitId}>
                <td class="rank" data-label={o.rank}>
                  {x.rank}
                  {x.tied ? <abbr title={o.tiedHint}>=</abbr> : null}
                </td>
                <th scope="row" class="unit">
                  {link(x.row)}
                  <FlagList lang={lang} row={x.row} />
                </th>
                <td data-label={name}>
                  <strong>{formatNumber(lang, x.value)}</strong>
                </td>
                <td data-label={o.interval}>{ciText(lang, x.row.own[ranking.by]!)}</td>
                <td data-label={ranking.by === "ikm" ? o.grade : `${t.wbk} / ${t.wbbm}`}>
                  <Verdict lang={lang} ranking={ranking} row={x.row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ranking.ranked.some((x) => x.tied) ? <p class="hint">{o.tiedHint}</p> : null}
      {ranking.unranked.length > 0 ? (
        <section class="unranked">
          <h2>{o.unranked}</h2>
          <p class="hint">{o.unrankedHint(ranking.minRespondents)}</p>
          <ul>
            {ranking.unranked.map((r) => {
              const f = r.own[ranking.by];
              return (
                <li key={r.unitId}>
                  {link(r)}: {`n ${formatNumber(lang, f?.n ?? 0, 0)}`}
                  {f ? ` · ${name} ${formatNumber(lang, f.value)} (${t.verdicts.insufficient_data})` : ""}
                  <FlagList lang={lang} row={r} />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
