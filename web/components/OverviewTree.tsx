import { adminText } from "../admin-text";
import type { Lang } from "../i18n";
import type { IndexFigure, Measures, PerceptionFigure, TreeRow } from "../overview-types";
import { flagText } from "../text-flags";
import { formatNumber, overviewText } from "../text-overview";
import { Sparkline } from "./charts";

type Ctx = { lang: Lang; unitQuery: string };

export function ciText(lang: Lang, f: IndexFigure) {
  const n = `n ${formatNumber(lang, f.n, 0)}`;
  return f.ci95 ? `${n} · ${formatNumber(lang, f.ci95[0])}–${formatNumber(lang, f.ci95[1])}` : n;
}

function IkmValue({ lang, f }: { lang: Lang; f: Measures["ikm"] }) {
  if (!f) return <>–</>;
  return (
    <>
      <strong>{formatNumber(lang, f.value)}</strong> {f.grade ?? `(${adminText[lang].verdicts.insufficient_data})`}
    </>
  );
}

function PerceptionValue({ lang, f }: { lang: Lang; f: PerceptionFigure | null }) {
  const t = adminText[lang];
  if (!f) return <>–</>;
  return (
    <>
      <strong>{formatNumber(lang, f.value)}</strong> <span class="hint">LKE {formatNumber(lang, f.lke)}</span>
      <span class="hint block">{`${t.wbk}: ${t.verdicts[f.wbk]} · ${t.wbbm}: ${t.verdicts[f.wbbm]}`}</span>
    </>
  );
}

/** The flags of a unit in words (never a bare mark), and how many units below it carry one. */
export function FlagList({ lang, row }: { lang: Lang; row: TreeRow }) {
  const o = overviewText[lang];
  const flags = [row.flags.noSurvey && o.flagNoSurvey, row.flags.belowSample && o.flagBelowSample].filter(Boolean);
  return (
    <>
      {flags.length > 0 ? (
        <ul class="flags">
          {flags.map((f) => (
            <li key={f as string}>{f}</li>
          ))}
        </ul>
      ) : null}
      {row.flaggedBelow > 0 ? <span class="hint block">{o.flaggedBelow(row.flaggedBelow)}</span> : null}
      {row.attention ? (
        <a class="block" href={`/admin/units/${row.unitId}/perhatian?status=baru`}>
          {flagText[lang].card(formatNumber(lang, row.attention, 0))}
        </a>
      ) : null}
    </>
  );
}

function Combined({ lang, m }: { lang: Lang; m: Measures | null }) {
  const o = overviewText[lang];
  const t = adminText[lang];
  if (!m) return <span class="hint">{o.noneBelow}</span>;
  return (
    <>
      {o.respondents} {formatNumber(lang, m.respondents, 0)}
      <span class="block">
        {t.ikm} <IkmValue lang={lang} f={m.ikm} />
      </span>
      <span class="block">
        {t.ipkp} {m.ipkp ? formatNumber(lang, m.ipkp.value) : "–"} · {t.ipak}{" "}
        {m.ipak ? formatNumber(lang, m.ipak.value) : "–"}
      </span>
    </>
  );
}

function Row({ ctx, row }: { ctx: Ctx; row: TreeRow }) {
  const { lang } = ctx;
  const t = adminText[lang];
  const o = overviewText[lang];
  const label = (s: string) => ({ "data-label": s });
  return (
    <tr class={row.flags.noSurvey || row.flags.belowSample ? "flagged" : undefined}>
      <th scope="row" class={`unit lvl-${Math.min(row.depth, 6)}`} data-depth={row.depth}>
        <a href={`/admin/units/${row.unitId}?${ctx.unitQuery}`}>{row.name}</a>
        <span class="sr">, {o.level(row.depth + 1)}</span>
        {row.path.length > 0 ? <span class="hint block path">{row.path.join(" › ")}</span> : null}
        {row.collects ? null : <span class="hint block">{o.notCollecting}</span>}
        <FlagList lang={lang} row={row} />
        {row.steeredShare !== null ? (
          <span class="warn block">
            {t.steered}: {formatNumber(lang, row.steeredShare * 100, 1)}%
          </span>
        ) : null}
      </th>
      <td {...label(o.respondents)}>
        {formatNumber(lang, row.own.respondents, 0)}
        <span class="hint block">{row.required !== null ? o.minimum(row.required) : o.noPopulation}</span>
      </td>
      <td {...label(t.ikm)}>
        <IkmValue lang={lang} f={row.own.ikm} />
        {row.own.ikm ? <span class="hint block">{ciText(lang, row.own.ikm)}</span> : null}
      </td>
      <td {...label(t.ipkp)}>
        <PerceptionValue lang={lang} f={row.own.ipkp} />
      </td>
      <td {...label(t.ipak)}>
        <PerceptionValue lang={lang} f={row.own.ipak} />
      </td>
      <td {...label(o.combinedShort)}>
        <Combined lang={lang} m={row.subtree} />
      </td>
      <td {...label(t.trend)}>
        <Sparkline points={row.spark} title={`${o.trend}: ${row.name}`} />
      </td>
      <td {...label(o.weakest)}>
        {row.weakest ? (
          <>
            {t.unsur[row.weakest.key] ?? row.weakest.key}
            <span class="hint block">
              {row.weakest.key} · {formatNumber(lang, row.weakest.nrr)}
            </span>
          </>
        ) : (
          "–"
        )}
      </td>
    </tr>
  );
}

/** The unit tree: each unit indented under its parent, its own indices, and those of its subtree. */
export function OverviewTree({ lang, rows, unitQuery }: { lang: Lang; rows: TreeRow[]; unitQuery: string }) {
  const t = adminText[lang];
  const o = overviewText[lang];
  return (
    <table class="tree">
      <thead>
        <tr>
          <th scope="col">{o.unit}</th>
          <th scope="col">{o.respondents}</th>
          <th scope="col">
            {t.ikm} <span class="hint block">{o.ownUnit}</span>
          </th>
          <th scope="col">
            {t.ipkp} <span class="hint block">{o.ownUnit}</span>
          </th>
          <th scope="col">
            {t.ipak} <span class="hint block">{o.ownUnit}</span>
          </th>
          <th scope="col">{o.combined}</th>
          <th scope="col">{t.trend}</th>
          <th scope="col">{o.weakest}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Row key={r.unitId} ctx={{ lang, unitQuery }} row={r} />
        ))}
      </tbody>
    </table>
  );
}
